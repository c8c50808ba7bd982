import { describe, expect, test } from 'vitest';
import { checkFixture, codes, where } from './helpers.js';

// One small reproducer folder per kind of bad input, under tests/fixtures/bad/.
describe('bad fixtures', () => {
  test('invalid YAML: the parser reason, and the file contributes nothing', async () => {
    const { diagnostics, register } = await checkFixture('bad/invalid-yaml');
    expect(where(diagnostics)).toEqual(['E_YAML@a.yaml:8:12']);
    // its title opens a [ it never closes: reported at that bracket (the parser gives up at 9:5)
    expect(diagnostics[0]!.args.yamlCode).toBe('UNCLOSED_FLOW');
    expect(register.sources).toEqual([]);
  });

  test('tab indentation has its own code', async () => {
    const { diagnostics } = await checkFixture('bad/tab-indent');
    expect(where(diagnostics)).toEqual(['E_TAB_INDENT@a.yaml:8:1']);
  });

  test('duplicate ids across two files: reported at the second, naming the first', async () => {
    const { diagnostics, register } = await checkFixture('bad/duplicate-ids');
    expect(where(diagnostics)).toEqual(['E_DUPLICATE_ID@b.yaml:9:9']);
    expect(diagnostics[0]!.args).toEqual({ id: 'kamer-informeren', firstFile: 'a.yaml', firstLine: 7 });
    expect(register.commitments.map(({ id, file }) => `${id}@${file}`)).toEqual(['kamer-informeren@a.yaml', 'other@b.yaml']);
  });

  test('duplicate key inside one mapping', async () => {
    const { diagnostics } = await checkFixture('bad/duplicate-key');
    expect(where(diagnostics)).toEqual(['E_DUPLICATE_KEY@a.yaml:9:5']);
    expect(diagnostics[0]!.args).toEqual({ key: 'title' });
    expect(diagnostics[0]!.length).toBe(5);
  });

  test('unknown keys carry a did-you-mean, and a misspelt required field is not also "missing"', async () => {
    const { diagnostics } = await checkFixture('bad/unknown-key');
    expect(where(diagnostics)).toEqual([
      'E_UNKNOWN_FIELD@a.yaml:8:5',
      'E_UNKNOWN_FIELD@a.yaml:9:5',
      'E_UNKNOWN_FIELD@a.yaml:10:5',
      'E_UNKNOWN_FIELD@a.yaml:11:5',
    ]);
    expect(diagnostics.map(({ args }) => [args.field, args.suggestion])).toEqual([
      ['titel', 'title'],
      ['stauts', 'status'],
      ['deadline', 'due'],
      ['zzzzzzzzzz', undefined],
    ]);
    expect(diagnostics[3]!.args.allowed).toContain('depends_on');
  });

  test('dates that do not exist, in every kind of date field', async () => {
    const { diagnostics } = await checkFixture('bad/impossible-date');
    expect(where(diagnostics)).toEqual(['E_BAD_DATE@a.yaml:5:9', 'E_BAD_DATE@a.yaml:9:10', 'E_BAD_DATE@a.yaml:11:21']);
    expect(diagnostics.map(({ args }) => `${args.field}=${args.value}`)).toEqual(['source.date=2025-13', 'due=2026-02-30', 'delivered.on=2026-02-29']);
  });

  test('unknown status with a did-you-mean; Dutch names in any case are fine', async () => {
    const { diagnostics, register } = await checkFixture('bad/unknown-status');
    expect(where(diagnostics)).toEqual(['E_UNKNOWN_STATUS@a.yaml:9:13']);
    expect(diagnostics[0]!.args).toEqual({ value: 'voldaaan', suggestion: 'voldaan' });
    expect(register.commitments.map(({ id, status }) => `${id}:${status}`)).toEqual(['b:partial']);
  });

  test('due.after and depends_on naming a missing id', async () => {
    const { diagnostics } = await checkFixture('bad/missing-ref');
    expect(where(diagnostics)).toEqual(['E_UNKNOWN_REF@a.yaml:11:18', 'E_UNKNOWN_REF@a.yaml:12:18']);
    expect(diagnostics.map(({ args }) => args)).toEqual([
      { id: 'wodc-onderzoe', field: 'due.after', suggestion: 'wodc-onderzoek' },
      { id: 'bestaat-niet', field: 'depends_on' },
    ]);
  });

  test('a dependency cycle through depends_on and due.after is reported once', async () => {
    const { diagnostics } = await checkFixture('bad/cycle');
    expect(where(diagnostics)).toEqual(['E_DEPENDENCY_CYCLE@a.yaml:9:18']);
    expect(diagnostics[0]!.args).toEqual({ id: 'a', cycle: 'a → b → a', size: 2 });
  });

  test('an empty file and a file of only comments', async () => {
    expect(where((await checkFixture('bad/empty-file')).diagnostics)).toEqual(['E_EMPTY_FILE@a.yaml:1:1']);
    expect(where((await checkFixture('bad/comments-only')).diagnostics)).toEqual(['E_EMPTY_FILE@a.yaml:1:1']);
  });

  test('a Latin-1 file points at its first non-UTF-8 byte', async () => {
    const { diagnostics, texts, parsed } = await checkFixture('bad/latin1');
    expect(parsed[0]?.text).toBeUndefined();
    expect(where(diagnostics)).toEqual(['E_ENCODING@a.yaml:8:31']);
    expect(diagnostics[0]!.args).toEqual({ byte: '0xE9' });
    // Quoted with U+FFFD for the bad byte, but never as the file's text: nothing to write back corrupted.
    expect(texts.get('a.yaml')).toContain('caf\uFFFD');
  });

  test('binary junk with NUL bytes', async () => {
    const { diagnostics } = await checkFixture('bad/binary');
    expect(codes(diagnostics)).toEqual(['E_BINARY']);
  });

  test('a YAML alias bomb is refused quickly, once per file', async () => {
    // CPU time, which a loaded machine does not stretch as it does the wall clock.
    const started = process.cpuUsage();
    const { diagnostics } = await checkFixture('bad/alias-bomb');
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    const aliases = diagnostics.filter(({ code }) => code === 'E_ALIAS');
    expect(where(aliases)).toEqual(['E_ALIAS@a.yaml:2:10']);
    expect(aliases[0]!.args).toEqual({ alias: 's', count: 99 });
  });

  test('wrong shapes: a list at the top, commitments as a mapping, a number as id or title, a mapping as tags', async () => {
    const { diagnostics } = await checkFixture('bad/wrong-shapes');
    expect(where(diagnostics)).toEqual([
      'E_WRONG_TYPE@commitments-mapping.yaml:7:3',
      'E_WRONG_TYPE@number-id.yaml:7:9',
      'E_WRONG_TYPE@number-id.yaml:8:12',
      'E_WRONG_TYPE@number-id.yaml:9:11',
      'E_ROOT_NOT_MAPPING@top-level-list.yaml:1:1',
    ]);
    expect(diagnostics.map(({ args }) => args)).toEqual([
      { field: 'commitments', expected: 'list', actual: 'mapping' },
      { field: 'id', expected: 'text', actual: 'number' },
      { field: 'title', expected: 'text', actual: 'number' },
      { field: 'tags', expected: 'list', actual: 'mapping' },
      { actual: 'list' },
    ]);
  });

  test('status delivered without delivered.on', async () => {
    const { diagnostics, register } = await checkFixture('bad/delivered-without-date');
    expect(where(diagnostics)).toEqual(['E_DELIVERED_WITHOUT_DATE@a.yaml:9:13']);
    expect(register.commitments).toEqual([]);
  });

  test('several documents in one file', async () => {
    const { diagnostics } = await checkFixture('bad/multiple-documents');
    expect(where(diagnostics)).toEqual(['E_MULTIPLE_DOCUMENTS@a.yaml:6:1']);
  });

  test('config: unknown key, bad horizon, unknown lang, reversed and misspelt recess', async () => {
    const { diagnostics, config } = await checkFixture('bad/config');
    expect(where(diagnostics)).toEqual([
      'E_BAD_HORIZON@toezegging.config.yaml:1:10',
      'E_UNKNOWN_LANG@toezegging.config.yaml:2:7',
      'E_UNKNOWN_FIELD@toezegging.config.yaml:3:1',
      'E_RANGE_REVERSED@toezegging.config.yaml:8:13',
      'W_UNKNOWN_RECESS@toezegging.config.yaml:9:13',
    ]);
    expect(diagnostics[1]!.args.suggestion).toBe('nl');
    expect(diagnostics[4]!.severity).toBe('warning');
    expect(diagnostics[4]!.args.suggestion).toBe('zomerreces');
    // The misspelt recess is a warning only: its dates still apply under the name written.
    expect(config).toEqual({ recesses: [{ name: 'zomereces', first: '2026-07-03', last: '2026-08-31', note: undefined }], horizon: undefined, lang: undefined });
  });
});

describe('good fixtures', () => {
  test('a clean register yields no diagnostics and every entry', async () => {
    const { diagnostics, register, config } = await checkFixture('good');
    expect(diagnostics).toEqual([]);
    expect(register.sources.map(({ id, file, date }) => [id, file, date.anchor, date.precision])).toEqual([
      ['2025Z19579', '2025Z19579.yaml', '2025-12-01', 'month'],
      ['36200-VI-12', 'brieven/voortgangsbrief.yml', '2025-12-15', 'day'],
    ]);
    expect(register.commitments.map(({ id, status, sourceId }) => `${sourceId}/${id}:${status}`)).toEqual([
      '2025Z19579/wodc-onderzoek:open',
      '2025Z19579/plan-van-aanpak:open',
      '2025Z19579/spine-kamer-informeren:partial',
      '2025Z19579/jaarlijkse-monitor:ongoing',
      '36200-VI-12/voortgangsbrief-motie:delivered',
      '36200-VI-12/evaluatie-wet:open',
    ]);
    expect(config).toEqual({
      recesses: [{ name: 'zomerreces', first: '2026-07-03', last: '2026-08-31', note: 'Vastgesteld door het Presidium' }],
      horizon: 60,
      lang: 'nl',
    });
  });

  test('due shapes, numbers and single values are read as written', async () => {
    const { register } = await checkFixture('good');
    const byId = new Map(register.commitments.map((commitment) => [commitment.id, commitment]));
    expect(byId.get('wodc-onderzoek')).toMatchObject({
      question: 3,
      tags: ['mensenhandel', 'wodc', '2026'],
      due: { kind: 'phrase', phrase: 'zomer 2026', position: { file: '2025Z19579.yaml', line: 15, col: 10 } },
      position: { file: '2025Z19579.yaml', line: 11, col: 9 },
    });
    expect(byId.get('plan-van-aanpak')).toMatchObject({
      question: '3a',
      due: { kind: 'after', after: 'wodc-onderzoek', within: '3 maanden' },
      dependsOn: ['wodc-onderzoek', 'voortgangsbrief-motie'],
    });
    expect(byId.get('spine-kamer-informeren')).toMatchObject({
      delivered: { on: '2026-03-01', ref: '250' },
      history: [{ on: '2026-02-01', note: 'uitstelbericht' }],
    });
    expect(byId.get('jaarlijkse-monitor')?.tags).toEqual(['mensenhandel']);
    expect(byId.get('evaluatie-wet')?.due).toMatchObject({ kind: 'range', from: '2026-09-01', to: '2026-12-31' });
  });

  test('a UTF-8 BOM is dropped and positions are unaffected on later lines', async () => {
    const { diagnostics, register, texts } = await checkFixture('bom');
    expect(diagnostics).toEqual([]);
    expect(register.commitments[0]?.position).toEqual({ file: 'a.yaml', line: 7, col: 9 });
    expect(texts.get('a.yaml')?.startsWith('source:')).toBe(true);
  });
});
