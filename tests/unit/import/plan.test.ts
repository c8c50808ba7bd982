import { describe, expect, test } from 'vitest';
import { planImport, storedCommitments, type ImportPlan } from '../../../src/import/tk/plan.js';
import type { RecordFilter } from '../../../src/import/tk/filters.js';
import type { TkRecord } from '../../../src/import/tk/record.js';
import { calendar } from '../deadline/fixture.js';
import { checkTexts, codes } from '../validate/helpers.js';
import { records } from './helpers.js';
import { recallFrom } from '../../../src/import/tk/import-memory.js';

const NO_FILTER: RecordFilter = { statuses: [] };

/** Plans against in-memory files, then applies the plan to them, as the command does on disk. */
function run(files: Record<string, string>, input: readonly TkRecord[], filter = NO_FILTER): { plan: ImportPlan; files: Record<string, string> } {
  const checked = checkTexts(files);
  expect(codes(checked.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
  const plan = planImport({ stored: storedCommitments(checked.register), text: (path) => checked.texts.get(path), records: input, filter, calendar });
  const after = { ...files };
  for (const write of plan.writes) after[write.path] = write.text;
  expect(codes(checkTexts(after).diagnostics)).toEqual([]);
  return { plan, files: after };
}

describe('planImport', () => {
  test('a first import adds every record with a known status, filed by month', () => {
    const { plan } = run({}, records('v1'));
    expect(plan.writes.map((write) => [write.path, write.created])).toEqual([
      ['tk/2024-12.yaml', true],
      ['tk/2025-01.yaml', true],
    ]);
    expect(plan.summary).toMatchObject({ records: 10, considered: 10, added: 9, updated: 0, unchanged: 0, removed: 0, dueFromDate: 2, dueFromText: 5, noDue: 2 });
    expect(plan.summary.unknownStatuses).toEqual([{ nummer: 'TZ202501-005', value: 'In behandeling' }]);
    expect(plan.lastChange).toBe('2025-03-20T07:30:07.7231780Z');
  });

  test('a text that names an undated event imports an event-bound deadline, counted as such', () => {
    const [first] = records('v1');
    const record = { ...first!, datumNakoming: undefined, tekst: 'De minister informeert de Kamer voor het commissiedebat Visserij over de uitkomsten.' };
    const { plan, files } = run({}, [record]);
    expect(plan.summary).toMatchObject({ dueFromText: 1, dueEventBound: 1 });
    expect(Object.values(files).join('')).toContain('due: voor het commissiedebat Visserij');
  });

  test('importing the same records again changes nothing', () => {
    const first = run({}, records('v1'));
    const second = run(first.files, records('v1'));
    expect(second.plan.writes).toEqual([]);
    expect(second.plan.summary).toMatchObject({ added: 0, updated: 0, unchanged: 9, removed: 0 });
  });

  test('one record changed: only its month is built and written, and only its lines differ', () => {
    const first = run({}, records('v1'));
    const changed = records('v1').map((record) => (record.nummer === 'TZ202501-004' ? { ...record, status: 'Vervallen', apiGewijzigdOp: '2025-04-01T10:00:00Z' } : record));
    const second = run(first.files, changed);
    expect(second.plan.writes.map((write) => write.path)).toEqual(['tk/2025-01.yaml']);
    expect(second.plan.summary).toMatchObject({ added: 0, updated: 1, unchanged: 8 });
    const before = first.files['tk/2025-01.yaml']!.split('\n');
    const after = second.files['tk/2025-01.yaml']!.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, index) => line !== before[index])).toEqual(['    status: lapsed', '      status: Vervallen']);
  });

  test('commitments are sorted by number in their file, whatever the order of the records', () => {
    const { files } = run({}, [...records('v1')].reverse());
    const ids = [...files['tk/2024-12.yaml']!.matchAll(/^ {2}- id: (\S+)$/gm)].map((match) => match[1]);
    expect(ids).toEqual(['tz202412-116', 'tz202412-117', 'tz202412-118', 'tz202412-119', 'tz202412-120']);
  });

  test('local tags, notes and history survive; a changed status upstream is updated; a deletion is kept as lapsed', () => {
    const first = run({}, records('v1'));
    const edited = first.files['tk/2024-12.yaml']!.replace(
      '  - id: tz202412-116\n',
      '  - id: tz202412-116\n    tags: [stikstof]\n    notes: Navragen bij de griffie.\n    history:\n      - {on: 2025-01-15, note: uitstelbericht}\n',
    );
    const second = run({ ...first.files, 'tk/2024-12.yaml': edited }, records('v2'));
    expect(second.plan.summary).toMatchObject({ updated: 1, removed: 1, unchanged: 7, added: 0 });
    const register = checkTexts(second.files).register;
    const promise = register.commitments.find((c) => c.id === 'tz202412-116')!;
    expect(promise).toMatchObject({ status: 'delivered', delivered: { on: '2025-03-28', ref: '2025D14000' }, tags: ['stikstof'], notes: 'Navragen bij de griffie.' });
    expect(promise.history).toEqual([{ on: '2025-01-15', note: 'uitstelbericht' }]);
    const removed = register.commitments.find((c) => c.id === 'tz202501-006')!;
    expect(removed).toMatchObject({ status: 'lapsed', imported: { removed: true } });
  });

  test('a deadline corrected locally is kept', () => {
    const first = run({}, records('v1'));
    const edited = first.files['tk/2024-12.yaml']!.replace('due: in maart 2025\n', 'due: eind april 2025\n').replace(
      'due_from: text\n',
      'due_from: local\n',
    );
    const second = run({ ...first.files, 'tk/2024-12.yaml': edited }, records('v1'));
    expect(second.plan.writes).toEqual([]);
    expect(second.plan.summary.dueKept).toBe(1);
  });

  test('filters: ministry contains, case-insensitive; status by either name', () => {
    expect(run({}, records('v1'), { ministerie: 'JUSTITIE', statuses: [] }).plan.summary).toMatchObject({ considered: 4, added: 3 });
    expect(run({}, records('v1'), { statuses: ['partial'] }).plan.summary).toMatchObject({ considered: 2, added: 2 });
    expect(run({}, records('v1'), { statuses: [], since: '2025-02-01T00:00:00Z' }).plan.summary).toMatchObject({ considered: 3 });
  });

  test('a record that lives outside tk/ is left alone and reported', () => {
    const moved = `source: {id: eigen, type: brief, title: Eigen, date: 2024-12}
commitments:
  - {id: tz202412-116, title: Eigen kopie, imported: {from: tk}}
`;
    const { plan, files } = run({ 'eigen.yaml': moved }, records('v1'));
    expect(plan.summary.elsewhere).toEqual([{ nummer: 'TZ202412-116', file: 'eigen.yaml' }]);
    expect(files['eigen.yaml']).toBe(moved);
  });

  test('records mapped a month at a time: each write handed over in path order as its month is done, lists in the records order', () => {
    // Months interleaved, and records the summary lists (an unknown status, no date at all, one filed elsewhere) among them.
    const input = records('v1').flatMap((record, index) => [record, { ...record, id: `extra-${index}`, nummer: `TZ20${index % 2 ? '2412' : '2501'}-${900 + index}`, status: index % 3 ? 'Openstaand' : 'Onbekend' }]);
    input.splice(3, 0, { ...input[0]!, id: 'undated', nummer: undefined, aanmaakdatum: undefined, gewijzigdOp: undefined });
    const moved = `source: {id: eigen, type: brief, title: Eigen, date: 2024-12}
commitments:
  - {id: tz202412-901, title: Eigen kopie, imported: {from: tk}}
`;
    const checked = checkTexts({ 'eigen.yaml': moved });
    const plan = (emit?: (write: { path: string; text: string }) => void) =>
      planImport({ stored: storedCommitments(checked.register), text: (path) => checked.texts.get(path), records: input, filter: NO_FILTER, calendar, emit });
    const whole = plan();
    const emitted: Array<{ path: string; text: string }> = [];
    const streamed = plan((write) => emitted.push({ path: write.path, text: write.text }));
    expect(streamed.writes).toEqual([]);
    expect(emitted).toEqual(whole.writes.map((write) => ({ path: write.path, text: write.text })));
    expect(emitted.map((write) => write.path)).toEqual(['tk/2024-12.yaml', 'tk/2025-01.yaml']);
    expect(streamed.summary).toEqual(whole.summary);
    expect(whole.summary.unknownStatuses.map((each) => each.nummer)).toEqual(['TZ202501-900', 'TZ202412-903', 'TZ202501-906', 'TZ202412-909', 'TZ202501-005']
      .sort((a, b) => input.findIndex((record) => record.nummer === a) - input.findIndex((record) => record.nummer === b)));
    expect(whole.summary.undated).toEqual(['undated']);
    expect(whole.summary.elsewhere).toEqual([{ nummer: 'TZ202412-901', file: 'eigen.yaml' }]);
    expect(whole.remembered).toEqual([]);
  });

  test('letGo: the records handed over are let go once grouped, and the plan is the same, what the memory learns in the records order', () => {
    const input = records('v1').flatMap((record, index) => [record, { ...record, id: `extra-${index}`, nummer: `TZ20${index % 2 ? '2412' : '2501'}-${900 + index}` }]);
    const checked = checkTexts({});
    const memory = recallFrom(undefined, 'context', new Map());
    const plan = (given: TkRecord[], letGo: boolean) =>
      planImport({ stored: storedCommitments(checked.register), text: (path) => checked.texts.get(path), records: given, letGo, filter: NO_FILTER, calendar, memory });
    const kept = [...input];
    const whole = plan(kept, false);
    const given = [...input];
    const emptied = plan(given, true);
    expect(kept).toEqual(input);
    expect(given).toEqual([]);
    expect(emptied.writes.map((write) => [write.path, write.text])).toEqual(whole.writes.map((write) => [write.path, write.text]));
    expect(emptied.summary).toEqual(whole.summary);
    expect(emptied.remembered).toEqual(whole.remembered);
    const places = whole.remembered.map((each) => input.findIndex((record) => record.id === each.recordId));
    expect(places.length).toBeGreaterThan(10);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(places).not.toContain(-1);
  });
});
