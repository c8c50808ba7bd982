import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { run } from '../../src/cli/run.js';
import { BIN, NEUTRAL_CWD } from '../e2e/run-cli.js';
import { memoryBoundKb, PEAK_RSS_PRELOAD, peakRss } from './peak-rss.js';
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

/** One invocation of the built program in a child of its own, whose peak memory can be told apart from the fuzzer's. */
function invokeChild(argv: string[], env: Record<string, string>): Promise<Outcome & { peakKb: number | undefined }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', PEAK_RSS_PRELOAD, BIN, ...argv], {
      cwd: NEUTRAL_CWD,
      env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = peakRss(stderr);
      resolve({ code: code ?? -1, stdout, stderr: peak.stderr, ms: performance.now() - started, peakKb: peak.kb });
    });
  });
}

/** What a run went through, printed with FUZZ_REPORT=1 (the README's figures). */
const tally = { registers: 0, commandRuns: 0, valid: 0, refused: 0, childPeakRssMaxKb: 0 };

const STACK = /\n\s+at .+:\d+:\d+\)?/;
const LIMIT_MS = 20_000;

/**
 * The invariants, for one register: no internal error and no stack trace;
 * every run within LIMIT_MS; `check` exits 0 exactly when `status` reads the
 * register (and 1 exactly when it refuses it, exit 3); what `status --json`
 * and `export --format ics` print is the same read from the cache (twice:
 * written, then read) as without it; the built program, in a child of its
 * own, prints the same and stays within a memory bound proportional to the
 * register's size.
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
    const child = await invokeChild(['status', '--json', ...base], { TOEZEGGING_NO_CACHE: '1' });
    outcomes.push(child);
    for (const outcome of outcomes) {
      if (outcome.code === 70 || STACK.test(outcome.stderr)) throw new Error(`internal error: ${outcome.stderr}`);
      if (outcome.ms > LIMIT_MS) throw new Error(`took ${Math.round(outcome.ms)} ms`);
    }
    if ((check.code === 0) !== (plain.code === 0) || (check.code === 1) !== (plain.code === 3)) {
      throw new Error(`check exits ${check.code} but status exits ${plain.code}: ${check.stdout}${plain.stderr}`);
    }
    for (const outcome of cached) if (outcome.code !== plain.code || outcome.stdout !== plain.stdout) throw new Error('status --json differs with the cache');
    if (child.code !== plain.code || child.stdout !== plain.stdout) throw new Error(`the built program's status --json differs: ${child.stderr}`);
    const bound = memoryBoundKb(Object.values(register.files).reduce((total, text) => total + Buffer.byteLength(text), 0));
    if (child.peakKb === undefined || child.peakKb > bound) throw new Error(`status took ${child.peakKb ?? '?'} KiB at its peak; the bound is ${bound} KiB`);
    tally.registers += 1;
    tally.commandRuns += outcomes.length;
    tally[check.code === 0 ? 'valid' : 'refused'] += 1;
    tally.childPeakRssMaxKb = Math.max(tally.childPeakRssMaxKb, child.peakKb);
    if (cachedIcs.code !== ics.code || cachedIcs.stdout.replace(/DTSTAMP:.*/g, '') !== ics.stdout.replace(/DTSTAMP:.*/g, '')) throw new Error('the calendar differs with the cache');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}

/** Runs the property `runs` times; a failure is shrunk to the smallest register that still breaks an invariant. */
export async function fuzz(arbitrary: fc.Arbitrary<FuzzRegister>, runs: number, seed?: number): Promise<void> {
  const started = performance.now();
  await fc.assert(fc.asyncProperty(arbitrary, holdsFor), { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: false });
  if (process.env.FUZZ_REPORT) console.log(JSON.stringify({ ...tally, seconds: Math.round((performance.now() - started) / 1000) }));
}
