import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

const AS_OF = ['--as-of', '2026-11-28'];

/** A prerequisite delivered on a day not recorded, as `import tk` writes it, and two commitments counting from it. */
function register(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-undated-'));
  writeFileSync(join(dir, 'toezegging.config.yaml'), 'horizon: 90\n');
  writeFileSync(
    join(dir, 'brief.yaml'),
    [
      'source: {id: S1, type: brief, title: Brief, date: 2026-01-15}',
      'commitments:',
      '  - id: onderzoek',
      '    title: Onderzoek naar de Kamer',
      '    due: voorjaar 2026',
      '    status: delivered',
      '    delivered: {date_unknown: true, ref: "Kamerstuk 12345, nr. 6"}',
      '  - id: plan',
      '    title: Plan van aanpak',
      '    due: {after: onderzoek, within: 3 maanden}',
      '  - id: wet',
      '    title: Wetsvoorstel',
      '    due: {after: plan}',
      '',
    ].join('\n'),
  );
  return dir;
}

interface Item {
  id: string;
  state: string;
  waitingOn: string | null;
  waitingChain: { id: string; state: string; daysLate: number | null; deliveryDateUnknown: boolean }[];
}

describe('a deadline counted from a delivery whose day was not recorded', () => {
  it('check warns at the after: with a stable code and the command that records the day; the exit stays 0', () => {
    const dir = register();
    const result = runCli(['check', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/brief\.yaml:10:18: warning W_AFTER_UNDATED_DELIVERY: .*`onderzoek`.*date_unknown/);
    expect(result.stdout + result.stderr).toContain('toezegging deliver onderzoek --on JJJJ-MM-DD');
    const english = runCli(['check', '--data', dir, '--lang', 'en', ...AS_OF]);
    expect(english.stdout + english.stderr).toContain('toezegging deliver onderzoek --on YYYY-MM-DD');
    const json = runJson<{ diagnostics: { code: string; line: number; args: Record<string, string> }[] }>(['check', '--json', '--data', dir, ...AS_OF]);
    expect(json.diagnostics).toEqual([expect.objectContaining({ code: 'W_AFTER_UNDATED_DELIVERY', line: 10, args: { id: 'plan', after: 'onderzoek' } })]);
  });

  it('status and show say it waits on the delivery date, not on the delivery; JSON marks the link', () => {
    const dir = register();
    const status = runCli(['status', '--data', dir, ...AS_OF]);
    expect(status.stdout).toMatch(/plan .*wacht op de leverdatum van onderzoek \(geleverd, datum onbekend\)/);
    expect(status.stdout).toMatch(/wet .*wacht op plan \(wachtend\) — dat wacht op de leverdatum van onderzoek \(geleverd, datum onbekend\)/);
    expect(runCli(['status', '--data', dir, '--lang', 'en', ...AS_OF]).stdout).toMatch(/plan .*waits on the delivery date of onderzoek \(delivered, date unknown\)/);
    const show = runCli(['show', 'plan', '--data', dir, ...AS_OF]).stdout;
    expect(show).toMatch(/regel +3 maanden na levering van onderzoek; onderzoek is geleverd, maar op een dag die niet is vastgelegd/);
    expect(show).toMatch(/wachtketen +plan → onderzoek \(geleverd, datum onbekend\)/);
    expect(show).not.toContain('nog niet geleverd');
    const items = runJson<{ commitments: Item[] }>(['status', '--json', '--data', dir, ...AS_OF]).commitments;
    const plan = items.find((item) => item.id === 'plan');
    expect(plan).toMatchObject({ state: 'waiting', waitingOn: 'onderzoek' });
    expect(plan?.waitingChain).toEqual([{ id: 'onderzoek', state: 'delivered', daysLate: null, deliveryDateUnknown: true }]);
    expect(items.find((item) => item.id === 'wet')?.waitingChain.map((link) => link.deliveryDateUnknown)).toEqual([false, true]);
  });

  it('the command check names records the day: date_unknown goes, the window opens, the warning ends', () => {
    const dir = register();
    const result = runCli(['deliver', 'onderzoek', '--on', '2026-05-04', '--data', dir, ...AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(join(dir, 'brief.yaml'), 'utf8');
    expect(text).toContain('delivered: {ref: "Kamerstuk 12345, nr. 6", on: 2026-05-04}');
    expect(text).not.toContain('date_unknown');
    expect(runCli(['check', '--data', dir, ...AS_OF])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const plan = runJson<{ commitments: (Item & { due: { from: string; to: string } })[] }>(['status', '--json', '--data', dir, ...AS_OF]).commitments.find((item) => item.id === 'plan');
    expect(plan).toMatchObject({ state: 'overdue', due: { from: '2026-05-04', to: '2026-08-04' } });
  });
});
