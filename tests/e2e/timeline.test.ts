import { describe, expect, it } from 'vitest';
import { BUNDLED, looksLikeCrash, runCli } from './run-cli.js';

describe('toezegging timeline (built binary, piped)', () => {
  it('draws the bundled register at 80 columns without escape codes', () => {
    const result = runCli(['--data', BUNDLED, 'timeline', '--as-of', '2026-11-28']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    const lines = result.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    expect(lines[1]).toMatch(/^\s+mei jun jul aug\s+sep okt nov dec\s+jan/);
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
