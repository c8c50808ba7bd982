import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DATA = mkdtempSync(join(tmpdir(), 'toezegging-details-'));
writeFileSync(
  join(DATA, 'brief.yaml'),
  `source:
  id: 2025Z1
  type: brief
  title: Brief
  date: 2025-12-15
commitments:
  - id: onderzoek
    title: Onderzoek laten doen
    due: voor de zomer van 2026
    status: delivered
    delivered: {on: 2026-05-01}
  - id: reactie
    title: Beleidsreactie op het onderzoek
    due: {after: onderzoek, within: 6 maanden}
  - id: plan
    title: Plan van aanpak sturen
    due: {after: reactie}
  - id: rapportage
    title: Rapportage in delen
    due: eerste helft van 2026
    status: partial
    delivered: {on: 2026-04-10}
`,
);
const ARGS = ['--data', DATA, '--as-of', '2026-11-28'];

describe('status output details', () => {
  it('a deadline after another commitment is said in words, not as YAML', () => {
    const status = runCli(['status', ...ARGS]).stdout;
    expect(status).toContain('binnen 6 maanden na levering van onderzoek (2026-05-01 t/m 2026-11-01)');
    expect(status).not.toMatch(/after:|within:/);
    expect(runCli(['show', 'plan', ...ARGS]).stdout).toMatch(/^ {2}termijn +na levering van reactie$/m);
    expect(runCli(['show', 'reactie', '--lang', 'en', ...ARGS]).stdout).toMatch(/^ {2}deadline +within 6 maanden of the delivery of onderzoek$/m);
  });

  it('a partial commitment shows that part was delivered', () => {
    expect(runCli(['status', ...ARGS]).stdout).toContain('  rapportage  151 dagen te laat  eerste helft van 2026 (2026-01-01 t/m 2026-06-30)  deels geleverd op 2026-04-10\n');
    expect(runCli(['report', '--lang', 'en', ...ARGS]).stdout).toContain('partly delivered on 2026-04-10');
  });

  it('day counts line up', () => {
    const lines = runCli(['status', ...ARGS]).stdout.split('\n').filter((line) => / dagen te laat {2}/.test(line));
    expect(lines).toHaveLength(2);
    expect(new Set(lines.map((line) => line.indexOf(' dagen te laat')))).toHaveProperty('size', 1);
  });
});
