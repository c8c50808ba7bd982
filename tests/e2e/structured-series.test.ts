import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';
import { copyFixture } from './write-fixtures.js';

/**
 * A recurring deadline written as its parts, `due: {every, phase}`, beside
 * the phrase: it resolves as the phrase would, and `check` places every
 * mistake in it. The register's source is dated 2025-12-15.
 */
interface Item {
  id: string;
  state: string;
  due: { kind: string; phrase: string; from: string | null; to: string | null } | null;
  recurrence: { every: string; phase: string | null; instance: number | null } | null;
}

function withCommitment(due: string): string {
  const dir = copyFixture('plain');
  appendFileSync(join(dir, '2025Z19579.yaml'), `\n  - id: jaarlijkse-rapportage\n    title: Jaarlijkse rapportage\n    due: ${due}\n`);
  return dir;
}

const item = (dir: string, asOf: string) =>
  runJson<{ commitments: Item[] }>(['status', '--json', '--data', dir, '--as-of', asOf]).commitments.find((c) => c.id === 'jaarlijkse-rapportage')!;

describe('due: {every, phase}', () => {
  it('resolves like the phrase: a name the calendar knows is the window before it', () => {
    const dir = withCommitment('{every: year, phase: zomerreces}');
    expect(runCli(['check', '--data', dir]).code).toBe(0);
    expect(item(dir, '2026-03-01')).toMatchObject({
      state: 'due',
      due: { kind: 'recurring', from: '2025-12-15', to: '2026-07-02' },
      recurrence: { every: 'P1Y', phase: 'voor het zomerreces', instance: 1 },
    });
    const phrase = withCommitment('jaarlijks voor het zomerreces');
    expect(item(phrase, '2026-03-01').due).toEqual(item(dir, '2026-03-01').due && { ...item(dir, '2026-03-01').due, phrase: 'jaarlijks voor het zomerreces' });
    expect(runCli(['show', 'jaarlijkse-rapportage', '--data', dir, '--as-of', '2026-03-01']).stdout).toMatch(/keren\n\s+1 {2}2025-12-15 t\/m 2026-07-02/);
  });

  it('takes a phrase as phase, and a series without one', () => {
    expect(item(withCommitment('{every: year, phase: "voor Prinsjesdag"}'), '2026-03-01').due).toMatchObject({ kind: 'recurring', to: '2026-09-14' });
    expect(item(withCommitment('{every: quarter}'), '2026-03-01')).toMatchObject({ due: { kind: 'recurring', from: '2025-12-15', to: '2026-03-15' }, recurrence: { every: 'P3M', phase: null } });
  });

  it('check places each mistake: an unknown period, a phase with another period, a phase the calendar does not know', () => {
    const cases: [string, RegExp][] = [
      ['{every: week}', /2025Z19579\.yaml:\d+:\d+: error E_BAD_EVERY/],
      ['{every: quarter, phase: zomerreces}', /2025Z19579\.yaml:\d+:\d+: error E_PHASE_NOT_YEARLY/],
      ['{every: year, phase: "na de verkiezingen"}', /2025Z19579\.yaml:\d+:\d+: error E_BAD_PHASE/],
      ['{phase: zomerreces}', /2025Z19579\.yaml:\d+:\d+: error E_DUE_SHAPE/],
    ];
    for (const [due, expected] of cases) {
      const check = runCli(['check', '--data', withCommitment(due)]);
      expect(check.code, due).toBe(1);
      expect(check.stdout + check.stderr, due).toMatch(expected);
    }
  });
});
