import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * The oracle for a write planned from the cache: what the write accepts or
 * refuses is what `check` says of the same edit made by hand, and after it
 * `check` and `status` with the warm cache answer as they do with an empty
 * cache. The registers below put a deadline counted from another
 * commitment's delivery (`due: {after, within}`) and that delivery in
 * different files: the check of such a deadline looks at both.
 */

const A = `source:
  id: src-a
  type: brief
  title: A
  date: 2026-01-10
commitments:
  - id: x
    title: X
    due: {after: y, within: "8000 jaar"}
`;

const B = `source:
  id: src-b
  type: brief
  title: B
  date: 2026-01-10
commitments:
  - id: y
    title: Y
    due: zomer 2026
  - id: y2
    title: Y2
    due: Q3 2026
    status: delivered
    delivered: {date_unknown: true}
`;

/** A register of `files` with a cache as a first `status` leaves it (unless not `warm`), and a run of the binary against either that cache or an empty one. */
function warmRegister(files: Record<string, string>, warm = true) {
  const work = mkdtempSync(join(tmpdir(), 'toezegging-cold-read-'));
  const dir = join(work, 'register');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const cache = join(work, 'cache');
  let cold = 0;
  const run = (args: string[], cacheDir = cache) => runCli([...args, '--data', dir, '--lang', 'en'], { env: { TOEZEGGING_CACHE_DIR: cacheDir } });
  const coldRun = (args: string[]) => run(args, join(work, `cold-${cold++}`));
  if (warm) expect(run(['status', '--as-of', '2026-06-01']).code).toBe(0);
  return { dir, run, coldRun };
}

/** `check --json` and `status --json` with the warm cache, and the same with an empty one. */
function warmAndCold({ run, coldRun }: ReturnType<typeof warmRegister>) {
  const asked = [['check', '--json'], ['status', '--json', '--as-of', '2026-06-01']];
  const answer = (result: ReturnType<typeof runCli>) => ({ code: result.code, stdout: result.stdout, stderr: result.stderr });
  return { warm: asked.map((args) => answer(run(args))), cold: asked.map((args) => answer(coldRun(args))) };
}

describe('a write planned from the cache, against a cold read', () => {
  it('refuses a delivery that puts a deadline in another file counted from it out of range, as check of the same edit does', () => {
    const register = warmRegister({ 'a.yaml': A, 'b.yaml': B });
    const byHand = warmRegister({ 'a.yaml': A, 'b.yaml': B.replace('    due: zomer 2026\n', '    due: zomer 2026\n    status: delivered\n    delivered: {on: 2026-03-01}\n') }, false);
    expect(JSON.parse(byHand.coldRun(['check', '--json']).stdout).diagnostics).toMatchObject([{ code: 'E_DEADLINE_RANGE', file: 'a.yaml' }]);
    const delivered = register.run(['deliver', 'y', '--on', '2026-03-01']);
    expect(delivered.code).toBe(3);
    expect(delivered.stderr).toContain('E_DEADLINE_RANGE');
    expect(readFileSync(join(register.dir, 'b.yaml'), 'utf8')).toBe(B);
    const { warm, cold } = warmAndCold(register);
    expect(warm).toEqual(cold);
  });

  it('refuses a new commitment due too long after a delivery in another file', () => {
    const register = warmRegister({ 'a.yaml': A.replace('x', 'x0').replace('{after: y, within: "8000 jaar"}', 'zomer 2026'), 'b.yaml': B.replace('    due: zomer 2026\n', '    due: zomer 2026\n    status: delivered\n    delivered: {on: 2026-03-01}\n') });
    const added = register.run(['add', '--source', 'src-a', '--id', 'z', '--title', 'Z', '--after', 'y', '--within', '8000 jaar']);
    expect(added.code).toBe(3);
    expect(added.stderr).toContain('E_DEADLINE_RANGE');
    const { warm, cold } = warmAndCold(register);
    expect(warm).toEqual(cold);
  });

  it('keeps the warning of a new commitment due after one delivered on a day not recorded, in another file or its own', () => {
    for (const source of ['src-a', 'src-b', 'src-c']) {
      const register = warmRegister({ 'a.yaml': A.replace('8000 jaar', '3 maanden'), 'b.yaml': B });
      const newSource = source === 'src-c' ? ['--source-title', 'C', '--source-date', '2026-01-10'] : [];
      const added = register.run(['add', '--source', source, ...newSource, '--id', 'z', '--title', 'Z', '--after', 'y2', '--within', '3 maanden']);
      expect(added.code).toBe(0);
      const { warm, cold } = warmAndCold(register);
      expect(JSON.parse(cold[0]!.stdout).diagnostics).toMatchObject([{ code: 'W_AFTER_UNDATED_DELIVERY' }]);
      expect(warm).toEqual(cold);
    }
  });

  it('keeps the warning when a file is edited by hand to deliver, on a day not recorded, what another file counts from', () => {
    const register = warmRegister({ 'a.yaml': A.replace('8000 jaar', '3 maanden'), 'b.yaml': B });
    writeFileSync(join(register.dir, 'b.yaml'), B.replace('    due: zomer 2026\n', '    due: zomer 2026\n    status: delivered\n    delivered: {date_unknown: true}\n'));
    const { warm, cold } = warmAndCold(register);
    expect(JSON.parse(cold[0]!.stdout).diagnostics).toMatchObject([{ code: 'W_AFTER_UNDATED_DELIVERY', file: 'a.yaml' }]);
    expect(warm).toEqual(cold);
    // A write after that hand edit reads the register as it is, warning and all.
    expect(register.run(['note', 'y', 'gebeld']).code).toBe(0);
    const after = warmAndCold(register);
    expect(after.warm).toEqual(after.cold);
  });
});
