import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NEUTRAL_CWD, runCli, runJson } from '../e2e/run-cli.js';
import { copyFixture } from '../e2e/write-fixtures.js';

/** How many processes run at once; `npm run fuzz` raises it (FAULT_PROCESSES=50). */
const PROCESSES = Number(process.env.FAULT_PROCESSES ?? 16);

interface Outcome {
  kind: 'writer' | 'reader';
  note: string;
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
}

const IDS = ['wodc-onderzoek', 'spine-eindrapportage', 'plan-van-aanpak', 'motie-ceder-leeftijdsverificatie'];

function start(kind: Outcome['kind'], args: string[], note: string, env: Record<string, string>, killAfterMs: number | undefined): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: NEUTRAL_CWD, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_LOCK_TIMEOUT: '60', ...env } });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => (killed = child.kill('SIGKILL')), killAfterMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ kind, note, code, killed, stdout, stderr });
    });
  });
}

describe('readers and writers together, some killed at random', () => {
  it(`${PROCESSES} processes: every read a whole register, every reported write kept, the register valid after`, async () => {
    const dir = copyFixture('plain');
    const cache = mkdtempSync(join(tmpdir(), 'toezegging-faults-cache-'));
    const common = ['--data', dir, '--as-of', '2026-11-28'];
    const before = runJson<{ commitments: unknown[] }>(['list', '--json', ...common]).commitments.length;
    const outcomes = await Promise.all(
      Array.from({ length: PROCESSES }, (_, index) => {
        const killAfter = Math.random() < 0.25 ? Math.floor(Math.random() * 1500) : undefined;
        const note = `fout-${index}-${Math.random().toString(36).slice(2, 8)}`;
        return index % 2 === 0
          ? start('writer', ['note', IDS[index % IDS.length]!, note, ...common], note, {}, killAfter)
          : start('reader', ['list', '--json', ...common], note, index % 4 === 1 ? { TOEZEGGING_CACHE_DIR: cache } : { TOEZEGGING_NO_CACHE: '1' }, killAfter);
      }),
    );

    const text = readFileSync(join(dir, '2025Z19579.yaml'), 'utf8');
    for (const outcome of outcomes) {
      if (outcome.killed) continue;
      expect([0, 3], outcome.stderr).toContain(outcome.code);
      expect(outcome.stderr).not.toMatch(/interne fout|internal error|\n\s+at /);
      if (outcome.kind === 'writer' && outcome.code === 0) expect(text).toContain(`note: ${outcome.note}`);
      if (outcome.kind === 'reader') {
        expect(outcome.code).toBe(0);
        expect((JSON.parse(outcome.stdout) as { commitments: unknown[] }).commitments).toHaveLength(before);
      }
    }
    // A writer killed while holding the lock leaves it behind; the next one breaks it, and the register is as valid as before.
    expect(runCli(['note', IDS[0]!, 'daarna', ...common], { env: { TOEZEGGING_LOCK_TIMEOUT: '30' } }).code).toBe(0);
    expect(runCli(['check', ...common])).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(dir, '2025Z19579.yaml'), 'utf8')).toContain('note: daarna');
  }, 300_000);
});
