import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, BUNDLED, NEUTRAL_CWD } from './run-cli.js';

/** util-linux `script` gives the binary a real terminal; elsewhere (macOS, BSD) the flags differ, so skip. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;

/** Runs `status` on a pseudo-terminal of the given height, with a pager that marks every line it shows. */
function onTerminal(rows: number, extraArgs: string[] = [], env: Record<string, string> = {}): string {
  const command = `stty rows ${rows} cols 80; exec "${process.execPath}" "${BIN}" status --as-of 2026-11-28 --data "${BUNDLED}" ${extraArgs.join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: NEUTRAL_CWD,
    env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', PAGER: 'sed s/^/PAGED:/', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return result.stdout.replace(/\r\n/g, '\n');
}

describe.skipIf(!hasScript)('the pager, on a pseudo-terminal', () => {
  it('pages output taller than the terminal through $PAGER', () => {
    const out = onTerminal(8);
    expect(out).toMatch(/^PAGED:Toezeggingen op 28 november 2026/m);
  });

  it('writes output that fits directly', () => {
    const out = onTerminal(100);
    expect(out).toMatch(/^Toezeggingen op 28 november 2026/m);
    expect(out).not.toContain('PAGED:');
  });

  it.each([
    ['--no-pager', ['--no-pager'], {}],
    ['TOEZEGGING_PAGER empty', [], { TOEZEGGING_PAGER: '' }],
    ['PAGER=cat', [], { PAGER: 'cat' }],
  ])('writes directly with %s', (_, args, env) => {
    const out = onTerminal(8, args, env);
    expect(out).toContain('Toezeggingen op 28 november 2026');
    expect(out).not.toContain('PAGED:');
  });

  it('falls back to a plain write when the pager does not exist', () => {
    const out = onTerminal(8, [], { PAGER: 'toezegging-no-such-pager-xyz' });
    expect(out).toMatch(/^Toezeggingen op 28 november 2026/m);
    expect(out).not.toContain('not found');
  });
});
