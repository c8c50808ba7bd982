import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, BUNDLED, looksLikeCrash, runCli } from './run-cli.js';

describe('toezegging timeline (built binary, piped)', () => {
  it('draws the bundled register at 80 columns without escape codes', () => {
    const result = runCli(['--data', BUNDLED, 'timeline', '--as-of', '2026-11-28']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    const lines = result.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    expect(lines[1]).toMatch(/^\s+mei\s+jul\s+sep\s+nov\s+jan/);
    expect(lines.find((line) => line.startsWith('spine-eindrapportage'))).toMatch(/◀▓+/);
    expect(lines.find((line) => line.startsWith('plan-van-aanpak'))).toContain('wacht op wodc-onderzoek');
    expect(result.stdout).toContain('vandaag (2026-11-28)');
  });

  it('keeps colour off when piped, even with a wide terminal in COLUMNS', () => {
    const result = runCli(['--data', BUNDLED, 'timeline', '--as-of', '2026-11-28'], { env: { COLUMNS: '200', NO_COLOR: '' } });
    expect(result.stdout).not.toContain('\u001b');
    expect(Math.max(...result.stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it('filters by state and tag, and honours --from/--to', () => {
    const result = runCli(['--data', BUNDLED, 'timeline', '--as-of', '2026-03-01', '--state', 'upcoming', '--tag', 'wodc', '--from', '2026-01-01', '--to', '2026-12-31', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wodc-onderzoek');
    expect(result.stdout).not.toContain('spine-eindrapportage');
    expect(result.stdout).toMatch(/Jan\s+Feb.*Dec/);
  });

  it.each([
    [['--from', '2026-02-30'], /--from: "2026-02-30"/],
    [['--from', '2026-12-01', '--to', '2026-01-01'], /--from 2026-12-01 ligt na --to 2026-01-01/],
    [['--state', 'ongoing'], /--state: onbekende waarde "ongoing"|--state.*ongoing/],
  ])('rejects %j with exit 2 and a clear message', (args, message) => {
    const result = runCli(['--data', BUNDLED, 'timeline', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(looksLikeCrash(result.stderr)).toBe(false);
  });

  it('has help with examples', () => {
    const result = runCli(['--data', BUNDLED, 'timeline', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$ toezegging timeline --as-of 2026-03-01');
  });
});

describe('toezegging timeline without colour', () => {
  const register = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-timeline-'));
    writeFileSync(
      join(dir, 'brief.yaml'),
      `source:\n  id: 2025Z1\n  type: brief\n  title: Brief\n  date: 2025-12-15\ncommitments:\n  - {id: lopend, title: Loopt, due: eerste helft van 2026}\n  - {id: komend, title: Komt, due: najaar 2026}\n  - {id: te-laat, title: Te laat, due: januari 2026}\n  - {id: een-toezegging-met-een-lange-id-van-woorden, title: Lang, due: zomer 2026}\n`,
    );
    return dir;
  };

  it('gives each state a glyph of its own', () => {
    const lines = runCli(['--data', register(), 'timeline', '--as-of', '2026-03-01']).stdout.split('\n');
    const glyphs = (id: string) => new Set([...(lines.find((line) => line.startsWith(`${id} `)) ?? '').slice(id.length)].filter((char) => /[█▓▒░]/.test(char)));
    expect(glyphs('lopend')).toEqual(new Set(['█']));
    expect(glyphs('komend')).toEqual(new Set(['▒']));
    expect(glyphs('te-laat')).toEqual(new Set(['▓']));
    expect(lines.join('\n')).toContain('█ in termijn  ▒ komend');
  });

  it('shows every id whole while the chart keeps room, else numbers it with a key under the chart', () => {
    const dir = register();
    const wide = runCli(['--data', dir, 'timeline', '--as-of', '2026-03-01']).stdout;
    expect(wide).toMatch(/^een-toezegging-met-een-lange-id-van-woorden +[▒ ]/m);
    const bundled = runCli(['--data', BUNDLED, 'timeline', '--as-of', '2026-11-28']).stdout;
    expect(bundled).toMatch(/^motie-ceder-leeftijdsverificatie +wacht op/m);
    const narrow = onTerminal(60, ['--data', dir, 'timeline', '--as-of', '2026-03-01']);
    expect(narrow).toMatch(/^een-toezegging-met-een-\S*… \[1\] /m);
    expect(narrow).toMatch(/^\[1\] een-toezegging-met-een-lange-id-van-woorden$/m);
    expect(Math.max(...narrow.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(60);
  });
});

/** The binary on a pseudo-terminal `columns` wide (util-linux `script`). */
function onTerminal(columns: number, args: readonly string[]): string {
  const command = `stty cols ${columns}; exec "${process.execPath}" "${BIN}" ${args.map((arg) => `'${arg}'`).join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_PAGER: '' },
    encoding: 'utf8',
  });
  return result.stdout.replace(/\r\n/g, '\n');
}
