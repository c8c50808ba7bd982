import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';
import { copyFixture } from './write-fixtures.js';

/**
 * An event-bound and a recurring commitment, end to end: add, status, show,
 * deliver, set event-date, report, export (json, csv, ics) and check, in a
 * private copy of a register whose source is dated 2025-12-15.
 */
interface Item {
  id: string;
  state: string;
  due: { kind: string; phrase: string; from: string | null; to: string | null; ruleId: string } | null;
  event: { name: string; relation: string; date: string | null } | null;
  recurrence: { every: string; phase: string | null; instance: number | null; deliveries: { instance: number; on: string }[] } | null;
}
interface Status {
  summary: Record<string, number>;
  commitments: Item[];
}

const FILE = '2025Z19579.yaml';

function setUp(): string {
  const dir = copyFixture('plain');
  const add = (title: string, due: string) => {
    const result = runCli(['add', '--title', title, '--due', due, '--data', dir, '--as-of', '2025-12-20']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout;
  };
  expect(add('Brief voor het commissiedebat', 'voor het commissiedebat Mensenhandel')).toContain('gebonden aan een gebeurtenis');
  expect(add('Jaarlijkse voortgangsrapportage', 'jaarlijks vóór het zomerreces')).toContain('terugkerend');
  return dir;
}

const item = (status: Status, id: string): Item => status.commitments.find((c) => c.id === id)!;
const status = (dir: string, asOf: string) => runJson<Status>(['status', '--json', '--data', dir, '--as-of', asOf]);

describe('an event-bound commitment', () => {
  it('waits on its event until the date is given, then has the window up to the day before', () => {
    const dir = setUp();
    const before = item(status(dir, '2026-01-10'), 'brief-voor-het-commissiedebat');
    expect(before).toMatchObject({
      state: 'waiting',
      due: { kind: 'event', from: null, to: null, ruleId: 'event' },
      event: { name: 'het commissiedebat Mensenhandel', relation: 'before', date: null },
    });
    const text = runCli(['status', '--data', dir, '--as-of', '2026-01-10']).stdout;
    expect(text).toContain('wacht op het commissiedebat Mensenhandel');
    expect(runCli(['show', 'brief-voor-het-commissiedebat', '--data', dir, '--as-of', '2026-01-10']).stdout).toMatch(/gebeurtenis\s+het commissiedebat Mensenhandel \(nog niet bekend\)/);

    const dry = runCli(['set', 'brief-voor-het-commissiedebat', 'event-date', '2026-04-16', '--dry-run', '--data', dir, '--as-of', '2026-01-10']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+    due:\n+      event: voor het commissiedebat Mensenhandel\n+      date: 2026-04-16\n');
    expect(readFileSync(join(dir, FILE), 'utf8')).toContain('due: voor het commissiedebat Mensenhandel');

    expect(runCli(['set', 'brief-voor-het-commissiedebat', 'event-date', '2026-04-16', '--data', dir, '--as-of', '2026-01-10']).code).toBe(0);
    expect(runCli(['check', '--data', dir]).code).toBe(0);
    const after = item(status(dir, '2026-04-20'), 'brief-voor-het-commissiedebat');
    expect(after).toMatchObject({ state: 'overdue', due: { kind: 'event', from: '2025-12-15', to: '2026-04-15', ruleId: 'event-dated' }, event: { date: '2026-04-16' } });
  });

  it('refuses an event date for a commitment not tied to an event, and a day that does not exist', () => {
    const dir = setUp();
    expect(runCli(['set', 'jaarlijkse-voortgangsrapportage', 'event-date', '2026-04-16', '--data', dir]).code).toBe(2);
    expect(runCli(['set', 'brief-voor-het-commissiedebat', 'event-date', '2026-02-30', '--data', dir]).code).toBe(2);
  });

  it('takes the event date in the forms the date flags take, writes it as YYYY-MM-DD, and says a wrong form is one', () => {
    const dir = setUp();
    for (const form of ['16-04-2026', '16 april 2026']) {
      const dry = runCli(['set', 'brief-voor-het-commissiedebat', 'event-date', form, '--dry-run', '--data', dir, '--as-of', '2026-01-10']);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('+      date: 2026-04-16\n');
    }
    const wrong = runCli(['set', 'brief-voor-het-commissiedebat', 'event-date', '16/04/26', '--data', dir, '--as-of', '2026-01-10']);
    expect(wrong).toMatchObject({ code: 2, stderr: 'toezegging: event-date: "16/04/26" heeft niet de vorm van een datum; schrijf bijvoorbeeld 2026-11-28, 28-11-2026, 28 november 2026 of vandaag.\n' });
  });

  it('refuses an event date that would close the window before the promise was made (exit 2, nothing written); check flags one written by hand', () => {
    const dir = setUp();
    const before = readFileSync(join(dir, FILE), 'utf8');
    // The source is dated 2025-12-15: a letter "before the debate" of 20 November 2025 was due the day before that debate.
    const result = runCli(['set', 'brief-voor-het-commissiedebat', 'event-date', '2025-11-20', '--data', dir, '--as-of', '2026-01-10']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'toezegging: event-date 2025-11-20 ligt vóór de dag waarop brief-voor-het-commissiedebat werd toegezegd (2025-12-15): de termijn zou op 2025-11-19 zijn verstreken, voordat de toezegging bestond. Er is niets geschreven; controleer de datum (een tikfout in jaar of maand?).\n',
    );
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(before);
    expect(runCli(['set', 'brief-voor-het-commissiedebat', 'event-date', '2025-11-20', '--lang', 'en', '--data', dir]).stderr).toContain('before the day brief-voor-het-commissiedebat was promised (2025-12-15)');

    writeFileSync(join(dir, FILE), before.replace('due: voor het commissiedebat Mensenhandel', 'due: {event: het commissiedebat Mensenhandel, date: 2025-11-20}'));
    const check = runCli(['check', '--data', dir]);
    expect(check.code).toBe(0);
    expect(check.stdout + check.stderr).toMatch(/^2025Z19579\.yaml:\d+:\d+: warning W_EVENT_BEFORE_MADE: de gebeurtenis is gedateerd op 2025-11-20, vóór de toezegging werd gedaan \(2025-12-15, `source\.date`\)$/m);
  });

  it('writes an event date before the promise when the window after it still reaches past the promise, and warns', () => {
    const dir = setUp();
    expect(runCli(['add', '--title', 'Reactie na het debat', '--due', 'na het commissiedebat Mensenhandel', '--data', dir, '--as-of', '2025-12-20']).code).toBe(0);
    const result = runCli(['set', 'reactie-na-het-debat', 'event-date', '2025-12-01', '--data', dir, '--as-of', '2026-01-10']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning W_EVENT_BEFORE_MADE: de gebeurtenis is gedateerd op 2025-12-01, vóór de toezegging werd gedaan \(2025-12-15/);
    expect(readFileSync(join(dir, FILE), 'utf8')).toContain('date: 2025-12-01');
  });
});

describe('a recurring commitment', () => {
  it('stands on its oldest undelivered instance; deliver delivers that instance', () => {
    const dir = setUp();
    // Instance 1 is 2025-12-15 … 2026-07-02 (the day before zomerreces 2026).
    expect(item(status(dir, '2026-03-01'), 'jaarlijkse-voortgangsrapportage')).toMatchObject({
      state: 'due',
      due: { kind: 'recurring', from: '2025-12-15', to: '2026-07-02' },
      recurrence: { every: 'P1Y', phase: 'voor het zomerreces', instance: 1, deliveries: [] },
    });
    expect(item(status(dir, '2026-08-01'), 'jaarlijkse-voortgangsrapportage')).toMatchObject({ state: 'overdue', recurrence: { instance: 1 } });

    const delivered = runCli(['deliver', 'jaarlijkse-voortgangsrapportage', '--on', '2026-06-30', '--ref', 'Kamerstuk 28638, nr. 260', '--data', dir, '--as-of', '2026-08-01']);
    expect(delivered.code).toBe(0);
    expect(delivered.stdout).toContain('keer 1 van de reeks geleverd op 2026-06-30');
    expect(readFileSync(join(dir, FILE), 'utf8')).toContain('    deliveries:\n      - instance: 1\n        on: 2026-06-30\n        ref: Kamerstuk 28638, nr. 260\n');
    expect(runCli(['check', '--data', dir]).code).toBe(0);

    // Instance 2 runs from the day after instance 1 to the day before zomerreces 2027.
    const next = item(status(dir, '2026-08-01'), 'jaarlijkse-voortgangsrapportage');
    expect(next).toMatchObject({ state: 'due', due: { from: '2026-07-03', to: '2027-07-08' }, recurrence: { instance: 2, deliveries: [{ instance: 1, on: '2026-06-30' }] } });

    const show = runCli(['show', 'jaarlijkse-voortgangsrapportage', '--data', dir, '--as-of', '2026-08-01']).stdout;
    expect(show).toMatch(/keren\n\s+1 {2}2025-12-15 t\/m 2026-07-02 {2}geleverd op 2026-06-30 · Kamerstuk 28638, nr\. 260\n\s+2 {2}2026-07-03 t\/m 2027-07-08 {2}nog \d+ dagen/);

    const late = runCli(['deliver', 'jaarlijkse-voortgangsrapportage', '--on', '2027-07-20', '--data', dir, '--as-of', '2027-07-20']);
    expect(late.stdout).toContain('keer 2 van de reeks');
    expect(runCli(['deliver', 'jaarlijkse-voortgangsrapportage', '--partial', '--data', dir, '--as-of', '2027-07-20']).code).toBe(2);
  });

  it('report nags about the overdue instance; exports carry the current instance', () => {
    const dir = setUp();
    const report = runJson<{ overdue: { id: string }[] }>(['report', '--format', 'json', '--data', dir, '--as-of', '2026-08-01']);
    expect(JSON.stringify(report)).toContain('jaarlijkse-voortgangsrapportage');

    const json = runJson<{ commitments: Item[] }>(['export', '--format', 'json', '--data', dir, '--as-of', '2026-08-01']);
    expect(item(json as Status, 'jaarlijkse-voortgangsrapportage')).toMatchObject({ recurrence: { every: 'P1Y', instance: 1 } });
    expect(item(json as Status, 'brief-voor-het-commissiedebat')).toMatchObject({ state: 'waiting', event: { name: 'het commissiedebat Mensenhandel' } });

    const csv = parse(runCli(['export', '--format', 'csv', '--data', dir, '--as-of', '2026-08-01']).stdout, { columns: true, bom: true }) as Record<string, string>[];
    const row = csv.find((r) => r.id === 'jaarlijkse-voortgangsrapportage')!;
    expect(row).toMatchObject({ state: 'overdue', to: '2026-07-02' });
    expect(csv.find((r) => r.id === 'brief-voor-het-commissiedebat')).toMatchObject({ state: 'waiting', waitingOn: 'het commissiedebat Mensenhandel' });

    const ics = new ICAL.Component(ICAL.parse(runCli(['export', '--format', 'ics', '--data', dir, '--as-of', '2026-08-01']).stdout));
    const summaries = ics.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
    // One event per undelivered instance: the overdue first one, the current second, and the third, which starts (2027-07-09) within a year.
    expect(summaries.filter((summary) => summary.startsWith('Jaarlijkse voortgangsrapportage'))).toEqual([
      'Jaarlijkse voortgangsrapportage (keer 1)',
      'Jaarlijkse voortgangsrapportage (keer 2)',
      'Jaarlijkse voortgangsrapportage (keer 3)',
    ]);
    expect(summaries.some((summary) => summary.includes('Brief voor het commissiedebat'))).toBe(false);
  });

  it('report nags once per overdue instance, in text, Markdown and JSON', () => {
    const dir = setUp();
    // On 2027-08-01 instance 1 (… 2026-07-02) and instance 2 (… 2027-07-08) are both past and undelivered.
    const report = runJson<{ overdue: Item[] }>(['report', '--format', 'json', '--data', dir, '--as-of', '2027-08-01']);
    const late = report.overdue.filter((entry) => entry.id === 'jaarlijkse-voortgangsrapportage');
    expect(late.map((entry) => [entry.recurrence?.instance, entry.due?.to])).toEqual([
      [1, '2026-07-02'],
      [2, '2027-07-08'],
    ]);
    const text = runCli(['report', '--data', dir, '--as-of', '2027-08-01']).stdout;
    expect(text).toMatch(/jaarlijks vóór het zomerreces, keer 1 \(2025-12-15 t\/m 2026-07-02/);
    expect(text).toMatch(/jaarlijks vóór het zomerreces, keer 2 \(2026-07-03 t\/m 2027-07-08/);
    const md = runCli(['report', '--format', 'md', '--lang', 'en', '--data', dir, '--as-of', '2027-08-01']).stdout;
    expect(md.match(/`jaarlijkse-voortgangsrapportage`/g)).toHaveLength(2);
    expect(md).toContain('instance 1');
    expect(md).toContain('instance 2');

    // Once instance 1 is delivered, only instance 2 is nagged about.
    runCli(['deliver', 'jaarlijkse-voortgangsrapportage', '--on', '2026-06-30', '--data', dir, '--as-of', '2026-08-01']);
    const after = runJson<{ overdue: Item[] }>(['report', '--format', 'json', '--data', dir, '--as-of', '2027-08-01']);
    expect(after.overdue.filter((entry) => entry.id === 'jaarlijkse-voortgangsrapportage').map((entry) => entry.recurrence?.instance)).toEqual([2]);
  });

  it('check reports a broken deliveries entry with its place', () => {
    const dir = setUp();
    runCli(['deliver', 'jaarlijkse-voortgangsrapportage', '--on', '2026-06-30', '--data', dir, '--as-of', '2026-08-01']);
    const file = join(dir, FILE);
    const text = readFileSync(file, 'utf8').replace('- instance: 1', '- instance: 0');
    writeFileSync(file, text);
    const check = runCli(['check', '--data', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toMatch(/2025Z19579\.yaml:\d+:\d+: error E_BAD_INSTANCE/);
  });
});
