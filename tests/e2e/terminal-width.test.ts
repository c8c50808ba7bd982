import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, BUNDLED, NEUTRAL_CWD, runCli } from './run-cli.js';

/** util-linux `script` gives the binary a real terminal; elsewhere (macOS, BSD) the flags differ, so skip. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;

/** Runs the binary on a pseudo-terminal `columns` wide, without pager or colour. */
function onTerminal(columns: number, args: readonly string[]): string {
  const quoted = args.map((arg) => `'${arg}'`).join(' ');
  const command = `stty rows 500 cols ${columns}; exec "${process.execPath}" "${BIN}" ${quoted}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: NEUTRAL_CWD,
    env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_PAGER: '' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return result.stdout.replace(/\r\n/g, '\n');
}

const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));
const DATA = ['--data', BUNDLED, '--as-of', '2026-11-28'];
const IDS = ['spine-eindrapportage', 'wodc-onderzoek', 'motie-ceder-leeftijdsverificatie', 'plan-van-aanpak', 'ambtelijke-werkgroep-verkenning'];

describe.skipIf(!hasScript)('output fits the terminal', () => {
  describe.each([80, 120])('at %i columns', (columns) => {
    it.each([
      ['list', ['list', ...DATA]],
      ['status', ['status', ...DATA]],
      ['report', ['report', ...DATA]],
      ['show', ['show', 'plan-van-aanpak', ...DATA]],
      ['timeline', ['timeline', ...DATA]],
      ['--help', ['--help']],
      ['--help in English', ['--help', '--lang', 'en']],
      ['list --help', ['list', '--help']],
    ])('%s', (_, args) => {
      const out = onTerminal(columns, args);
      expect(out.length).toBeGreaterThan(100);
      expect(widest(out)).toBeLessThanOrEqual(columns);
    });

    it('list keeps every id whole, to copy', () => {
      const out = onTerminal(columns, ['list', ...DATA]);
      for (const id of IDS) expect(out).toMatch(new RegExp(`^${id} `, 'm'));
    });
  });

  it('status at 80: a window that does not fit beside the standing goes under it, at the same column', () => {
    const out = onTerminal(80, ['status', ...DATA]);
    expect(out).toContain('  spine-eindrapportage  151 dagen te laat\n                        eerste helft van 2026 (1 januari 2026 t/m 30 juni 2026)\n');
  });

  it('status: day counts line up', () => {
    const out = onTerminal(120, ['status', ...DATA]);
    expect(out).toContain('  spine-eindrapportage  151 dagen te laat  eerste helft');
    expect(out).toContain('  wodc-onderzoek         89 dagen te laat  zomer 2026');
  });

  it('show at 80 wraps a long value between words, under itself', () => {
    const out = onTerminal(80, ['show', 'plan-van-aanpak', ...DATA]);
    expect(out).toContain('  bron           2025Z19579 (15 december 2025) Antwoorden op vragen van het lid\n                 Bikker (ChristenUnie)');
  });

  it('the top-level --help at 80 wraps descriptions with a hanging indent', () => {
    const out = onTerminal(80, ['--help']);
    expect(out).toMatch(/^ {2}set \[opties\] <id> <veld> <waarde\.\.\.> {2}\S.*\n {40}\S/m);
  });

  it('list at 120 wraps a long standing within its column', () => {
    const out = onTerminal(120, ['list', ...DATA]);
    expect(out).toMatch(/^motie-ceder-leeftijdsverificatie +wachtend +— +wacht op plan-van-aanpak .*\n {64}\S/m);
  });
});

describe('piped output keeps its plain format', () => {
  it('list: one tab-separated line per commitment, titles whole', () => {
    const out = runCli(['list', ...DATA]).stdout;
    expect(out.split('\n').filter(Boolean)).toHaveLength(8);
    expect(out).toContain('spine-eindrapportage\toverdue\t2026-01-01\t2026-06-30\t151\t\tKamer informeren over de resultaten (eindrapportage) van het Online Outreach Programma van Spine\n');
  });

  it('status: each item on its lines in full', () => {
    const out = runCli(['status', ...DATA]).stdout;
    expect(out).toContain('  spine-eindrapportage  151 dagen te laat  eerste helft van 2026 (2026-01-01 t/m 2026-06-30)\n');
  });
});
