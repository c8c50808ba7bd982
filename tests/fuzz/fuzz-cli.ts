import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { run } from '../../src/cli/run.js';
import type { FuzzRegister } from './register-arbitrary.js';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** One invocation, in this process (a spawned process per run would make the fuzzing a hundred times slower). */
export async function invoke(argv: string[], env: Record<string, string> = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = await run({
    argv,
    env: { NO_COLOR: '1', TZ: 'Europe/Amsterdam', ...env },
    cwd: tmpdir(),
    now: new Date('2026-01-01T12:00:00Z'),
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
  });
  return { code, stdout, stderr, ms: performance.now() - started };
}

const STACK = /\n\s+at .+:\d+:\d+\)?/;
const LIMIT_MS = 20_000;

/**
 * The invariants, for one register: no internal error and no stack trace;
 * every run within LIMIT_MS; `check` exits 0 exactly when `status` reads the
 * register (and 1 exactly when it refuses it, exit 3); what `status --json`
 * and `export --format ics` print is the same read from the cache (twice:
 * written, then read) as without it.
 */
export async function holdsFor(register: FuzzRegister): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-fuzz-'));
  const cache = mkdtempSync(join(tmpdir(), 'toezegging-fuzz-cache-'));
  try {
    for (const [name, text] of Object.entries(register.files)) writeFileSync(join(dir, name), text);
    const base = ['--data', dir, '--as-of', '2026-01-01'];
    const outcomes: Outcome[] = [];
    const call = async (argv: string[], env: Record<string, string>) => {
      const outcome = await invoke([...argv, ...base], env);
      outcomes.push(outcome);
      return outcome;
    };
    const check = await call(['check'], { TOEZEGGING_NO_CACHE: '1' });
    const plain = await call(['status', '--json'], { TOEZEGGING_NO_CACHE: '1' });
    const ics = await call(['export', '--format', 'ics'], { TOEZEGGING_NO_CACHE: '1' });
    const cached = [await call(['status', '--json'], { TOEZEGGING_CACHE_DIR: cache }), await call(['status', '--json'], { TOEZEGGING_CACHE_DIR: cache })];
    const cachedIcs = await call(['export', '--format', 'ics'], { TOEZEGGING_CACHE_DIR: cache });
    for (const outcome of outcomes) {
      if (outcome.code === 70 || STACK.test(outcome.stderr)) throw new Error(`internal error: ${outcome.stderr}`);
      if (outcome.ms > LIMIT_MS) throw new Error(`took ${Math.round(outcome.ms)} ms`);
    }
    if ((check.code === 0) !== (plain.code === 0) || (check.code === 1) !== (plain.code === 3)) {
      throw new Error(`check exits ${check.code} but status exits ${plain.code}: ${check.stdout}${plain.stderr}`);
    }
    for (const outcome of cached) if (outcome.code !== plain.code || outcome.stdout !== plain.stdout) throw new Error('status --json differs with the cache');
    if (cachedIcs.code !== ics.code || cachedIcs.stdout.replace(/DTSTAMP:.*/g, '') !== ics.stdout.replace(/DTSTAMP:.*/g, '')) throw new Error('the calendar differs with the cache');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}

/** Runs the property `runs` times; a failure is shrunk to the smallest register that still breaks an invariant. */
export async function fuzz(arbitrary: fc.Arbitrary<FuzzRegister>, runs: number, seed?: number): Promise<void> {
  await fc.assert(fc.asyncProperty(arbitrary, holdsFor), { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: false });
}
