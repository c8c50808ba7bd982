import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NEUTRAL_CWD, runCli, runJson } from './run-cli.js';
import { copyFixture } from './write-fixtures.js';

interface Outcome {
  args: string[];
  code: number | null;
  stderr: string;
}

function start(args: string[], env: Record<string, string> = {}): Promise<Outcome & { stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: NEUTRAL_CWD, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Amsterdam', ...env } });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ args, code, stderr, stdout }));
  });
}

const IDS = ['wodc-onderzoek', 'spine-eindrapportage', 'plan-van-aanpak', 'motie-ceder-leeftijdsverificatie'];

describe('concurrent writers', () => {
  it('lose no change: every success is in the file, and the register stays valid', async () => {
    const dir = copyFixture('plain');
    const common = ['--data', dir, '--as-of', '2026-11-28'];
    const jobs = Array.from({ length: 20 }, (_, index) =>
      index % 5 === 0 ? ['deliver', IDS[index / 5]!, '--on', '2026-11-0' + String(1 + index / 5), ...common] : ['note', IDS[index % IDS.length]!, `gelijktijdig-${index}`, ...common],
    );
    const outcomes = await Promise.all(jobs.map((job) => start(job)));

    const text = readFileSync(join(dir, '2025Z19579.yaml'), 'utf8');
    const succeeded = outcomes.filter((outcome) => outcome.code === 0);
    // Fifteen seconds of patience is far more than twenty short writes need: all of them get through.
    expect(succeeded.map((outcome) => outcome.args.slice(0, 3).join(' '))).toHaveLength(20);
    for (const outcome of outcomes) expect([0, 3], outcome.stderr).toContain(outcome.code);
    const shown = runJson<{ commitments: Array<{ id: string; status: string; delivered: { on: string } | null }> }>(['list', '--json', ...common]);
    for (const { args } of succeeded) {
      if (args[0] === 'note') expect(text).toContain(`note: ${args[2]}`);
      else expect(shown.commitments.find((c) => c.id === args[1])?.delivered?.on).toBe(args[3]);
    }
    expect(runCli(['check', '--data', dir]).code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 60_000);

  it('and readers: every read is a whole register, before or after each write, and the cache ends as the files are', async () => {
    const dir = copyFixture('plain');
    const cache = join(dir, '..', `${basename(dir)}-cache`);
    const common = ['--data', dir, '--as-of', '2026-11-28'];
    const count = runJson<{ commitments: unknown[] }>(['list', '--json', ...common], { env: { TOEZEGGING_NO_CACHE: '1' } }).commitments.length;
    const jobs = Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? ['note', IDS[index % IDS.length]!, `samen-${index}`, ...common] : ['status', '--json', ...common]));
    const outcomes = await Promise.all(jobs.map((job) => start(job, { TOEZEGGING_CACHE_DIR: cache })));
    for (const outcome of outcomes) {
      expect(outcome.code, outcome.stderr).toBe(0);
      if (outcome.args[0] !== 'status') continue;
      const read = JSON.parse(outcome.stdout) as { summary: Record<string, number> };
      expect(Object.values(read.summary).reduce((sum, n) => sum + n, 0)).toBe(count);
    }
    for (const args of [['list', '--json'], ...IDS.map((id) => ['show', id])]) {
      expect(runCli([...args, ...common], { env: { TOEZEGGING_CACHE_DIR: cache } }).stdout).toBe(runCli([...args, ...common], { env: { TOEZEGGING_NO_CACHE: '1' } }).stdout);
    }
    const text = readFileSync(join(dir, '2025Z19579.yaml'), 'utf8');
    for (const { args } of outcomes.filter((outcome) => outcome.args[0] === 'note')) expect(text).toContain(`note: ${args[2]}`);
  }, 60_000);
});
