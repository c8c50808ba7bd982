import { describe, expect, it } from 'vitest';
import { BUNDLED, runCli, runJson } from './run-cli.js';

interface Item {
  id: string;
  state: string;
  daysLate: number | null;
  waitingOn: string | null;
  due: { phrase: string; from: string | null; to: string | null; rule: string } | null;
}
interface StatusJson {
  schemaVersion: number;
  asOf: string;
  summary: Record<string, number>;
  commitments: Item[];
}

const byId = (json: StatusJson) => Object.fromEntries(json.commitments.map((item) => [item.id, item]));

describe('status on the bundled register', () => {
  it('as of 2026-11-28: spine and wodc overdue by 151 and 89 days, the plan waiting, the progress letter delivered', () => {
    const json = runJson<StatusJson>(['--data', BUNDLED, 'status', '--as-of', '2026-11-28', '--json']);
    expect(json.schemaVersion).toBe(1);
    expect(json.asOf).toBe('2026-11-28');
    const items = byId(json);
    expect(items['spine-eindrapportage']).toMatchObject({ state: 'overdue', daysLate: 151 });
    expect(items['spine-eindrapportage']?.due).toMatchObject({ phrase: 'eerste helft van 2026', from: '2026-01-01', to: '2026-06-30' });
    expect(items['wodc-onderzoek']).toMatchObject({ state: 'overdue', daysLate: 89 });
    expect(items['plan-van-aanpak']).toMatchObject({ state: 'waiting', waitingOn: 'wodc-onderzoek' });
    expect(items['motie-ceder-leeftijdsverificatie']).toMatchObject({ state: 'waiting', waitingOn: 'plan-van-aanpak' });
    expect(items['motie-ceder-voortgangsbrief']?.state).toBe('delivered');
    expect(json.summary.overdue).toBe(2);
  });

  it('as of 2026-03-01: spine due, wodc upcoming', () => {
    const items = byId(runJson<StatusJson>(['--data', BUNDLED, 'status', '--as-of', '2026-03-01', '--json']));
    expect(items['spine-eindrapportage']?.state).toBe('due');
    expect(items['wodc-onderzoek']?.state).toBe('upcoming');
  });

  it('takes today from TOEZEGGING_TODAY', () => {
    const json = runJson<StatusJson>(['--data', BUNDLED, 'status', '--json'], { env: { TOEZEGGING_TODAY: '2026-03-01' } });
    expect(json.asOf).toBe('2026-03-01');
  });

  it('gives the same output under any time zone', () => {
    for (const args of [
      ['status', '--as-of', '2026-11-28', '--json'],
      ['status', '--as-of', '2026-11-28'],
      ['list', '--as-of', '2026-11-28'],
      ['show', 'wodc-onderzoek', '--as-of', '2026-11-28'],
      ['explain', 'voor het zomerreces', '--anchor', '2026-02-10', '--json'],
    ]) {
      const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => runCli(args, { env: { TZ: tz } }).stdout);
      expect(outputs[1], args.join(' ')).toBe(outputs[0]);
      expect(outputs[2], args.join(' ')).toBe(outputs[0]);
    }
  });

  it('computes today in Amsterdam whatever the time zone', () => {
    const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => runJson<StatusJson>(['--data', BUNDLED, 'status', '--json'], { env: { TZ: tz } }).asOf);
    expect(new Set(outputs).size).toBe(1);
  });

  it('prints no colour codes when piped, with NO_COLOR, or with --no-color', () => {
    const esc = '\u001b[';
    expect(runCli(['--data', BUNDLED, 'status', '--as-of', '2026-11-28'], { env: { NO_COLOR: '' } }).stdout).not.toContain(esc);
    expect(runCli(['--data', BUNDLED, 'status', '--as-of', '2026-11-28'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(esc);
    expect(runCli(['--data', BUNDLED, 'status', '--as-of', '2026-11-28', '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain(esc);
    expect(runCli(['--data', BUNDLED, 'status', '--as-of', '2026-11-28'], { env: { NO_COLOR: '', FORCE_COLOR: '1', TERM: 'dumb' } }).stdout).toContain(esc);
    expect(runCli(['--data', BUNDLED, 'status', '--as-of', '2026-11-28'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(esc);
  });

  it('keeps JSON keys and state names in English under --lang en and nl', () => {
    const nl = runJson<StatusJson>(['--data', BUNDLED, 'status', '--as-of', '2026-11-28', '--json']);
    const en = runJson<StatusJson>(['--data', BUNDLED, 'status', '--as-of', '2026-11-28', '--json', '--lang', 'en']);
    expect(Object.keys(en)).toEqual(Object.keys(nl));
    expect(en.commitments.map((item) => item.state)).toEqual(nl.commitments.map((item) => item.state));
    expect(Object.keys(en.commitments[0]!)).toEqual(Object.keys(nl.commitments[0]!));
  });

  it('prints the dashboard on stdout and nothing on stderr', () => {
    const result = runCli(['--data', BUNDLED, 'status', '--as-of', '2026-11-28']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/spine-eindrapportage\s+151 dagen te laat/);
    expect(result.stdout).toMatch(/plan-van-aanpak\s+wacht op wodc-onderzoek \(89 dagen te laat\)/);
  });

  it('exits 1 with --fail-on overdue when something is overdue, 0 otherwise', () => {
    expect(runCli(['--data', BUNDLED, 'status', '--as-of', '2026-11-28', '--fail-on', 'overdue']).code).toBe(1);
    expect(runCli(['--data', BUNDLED, 'status', '--as-of', '2026-03-01', '--fail-on', 'overdue']).code).toBe(0);
  });

  it('selects JSON fields like gh, and lists the fields for an unknown one', () => {
    const json = runJson<{ commitments: Record<string, unknown>[] }>(['--data', BUNDLED, 'status', '--as-of', '2026-11-28', '--json', 'id,state,daysLate']);
    expect(Object.keys(json.commitments[0]!)).toEqual(['id', 'state', 'daysLate']);
    const bad = runCli(['--data', BUNDLED, 'status', '--json', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/daysLate/);
  });
});

describe('list and show', () => {
  it('filters by state and sorts by days late; piped output is tab-separated without a header', () => {
    const result = runCli(['--data', BUNDLED, 'list', '--as-of', '2026-11-28', '--state', 'overdue', '--sort', 'late']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n').map((line) => line.split('\t'));
    expect(rows.map((row) => row[0])).toEqual(['spine-eindrapportage', 'wodc-onderzoek']);
    expect(rows[0]?.slice(1, 5)).toEqual(['overdue', '2026-01-01', '2026-06-30', '151']);
  });

  it('filters by the Tweede Kamer status name and by tag', () => {
    const delivered = runJson<StatusJson>(['--data', BUNDLED, 'list', '--status', 'Voldaan', '--json']);
    expect(delivered.commitments.map((item) => item.id)).toEqual(['motie-ceder-voortgangsbrief']);
    const wodc = runJson<StatusJson>(['--data', BUNDLED, 'list', '--tag', 'wodc', '--json']);
    expect(wodc.commitments.map((item) => item.id)).toEqual(['wodc-onderzoek']);
  });

  it('shows one commitment with its quote, window, rule and dependency chain', () => {
    const result = runCli(['--data', BUNDLED, 'show', 'motie-ceder-leeftijdsverificatie', '--as-of', '2026-11-28']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('motie-ceder-leeftijdsverificatie → plan-van-aanpak (wachtend) → wodc-onderzoek (te laat)');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('zal hierin worden meegenomen');
    const wodc = runCli(['--data', BUNDLED, 'show', 'wodc-onderzoek', '--as-of', '2026-11-28', '--lang', 'en']).stdout;
    expect(wodc).toContain('summer 2026');
    expect(wodc).toContain('needed for');
  });

  it('refuses an unknown id with a suggestion (exit 2)', () => {
    const result = runCli(['--data', BUNDLED, 'show', 'wodc-onderzoe']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('wodc-onderzoek');
  });
});
