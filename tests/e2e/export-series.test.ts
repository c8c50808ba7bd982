import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { copyFixture } from './write-fixtures.js';

/**
 * Exports of an event-bound and a recurring commitment: CSV says which
 * instance of a series its window is and names the event with its date;
 * the calendar lists a series' instances up to `--horizon`.
 */
function setUp(): string {
  const dir = copyFixture('plain');
  const add = (title: string, due: string) => expect(runCli(['add', '--title', title, '--due', due, '--data', dir, '--as-of', '2025-12-20']).code).toBe(0);
  add('Brief voor het commissiedebat', 'voor het commissiedebat Mensenhandel op 16 april 2026');
  add('Brief na de evaluatie', 'zodra de evaluatie gereed is');
  add('Jaarlijkse voortgangsrapportage', 'jaarlijks vóór het zomerreces');
  return dir;
}

const instances = (dir: string, ...extra: string[]) => {
  const ics = new ICAL.Component(ICAL.parse(runCli(['export', '--format', 'ics', '--data', dir, '--as-of', '2026-08-01', ...extra]).stdout));
  return ics
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('summary')))
    .filter((summary) => summary.startsWith('Jaarlijkse voortgangsrapportage'));
};

describe('exports of series and events', () => {
  it('CSV has the instance of a series and the event with its date, in the last columns', () => {
    const dir = setUp();
    const text = runCli(['export', '--format', 'csv', '--data', dir, '--as-of', '2026-08-01']).stdout;
    expect(text.split('\r\n')[0]).toMatch(/,file,line,instance,event,eventDate$/);
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    const byId = (id: string) => rows.find((row) => row.id === id)!;
    expect(byId('jaarlijkse-voortgangsrapportage')).toMatchObject({ instance: '1', from: '2025-12-15', to: '2026-07-02', event: '', eventDate: '' });
    expect(byId('brief-voor-het-commissiedebat')).toMatchObject({ event: 'het commissiedebat Mensenhandel', eventDate: '2026-04-16', to: '2026-04-15', instance: '' });
    expect(byId('brief-na-de-evaluatie')).toMatchObject({ event: 'de evaluatie', eventDate: '', state: 'waiting' });
  });

  it('the calendar lists a series up to --horizon: a span or a date; a year by default', () => {
    const dir = setUp();
    // Instance 2 starts 2026-07-03, 3 on 2027-07-09, 4 on 2028-07-07, 5 in July 2029; instance 1 (overdue) is always listed.
    expect(instances(dir)).toHaveLength(3);
    expect(instances(dir, '--horizon', '90d')).toHaveLength(2);
    expect(instances(dir, '--horizon', '2y')).toHaveLength(4);
    expect(instances(dir, '--horizon', '36m')).toHaveLength(5);
    expect(instances(dir, '--horizon', '2027-07-09')).toHaveLength(3);
    expect(instances(dir, '--horizon', '2027-07-08')).toHaveLength(2);
  });

  it('refuses a horizon that is no span or date, or lies before the as-of date, with exit code 2', () => {
    const dir = setUp();
    for (const bad of ['soon', '2y6m', '2026-07-31', '2026-02-30']) {
      const result = runCli(['export', '--format', 'ics', '--horizon', bad, '--data', dir, '--as-of', '2026-08-01']);
      expect(result.code, bad).toBe(2);
      expect(result.stderr, bad).toContain('--horizon');
    }
  });
});
