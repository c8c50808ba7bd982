import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the benchmark, without types.
import { generateRegister } from '../../bench/generate-register.mjs';
import { BIN, looksLikeCrash, NEUTRAL_CWD, runCli } from './run-cli.js';

const COUNT = 3_000;
const work = mkdtempSync(join(tmpdir(), 'toezegging-stream-'));
const data = join(work, 'register');
const env = { TOEZEGGING_CACHE_DIR: join(work, 'cache') };
const at = ['--as-of', '2026-11-28', '--data', data];

/** As runCli, with room for outputs of megabytes. */
function run(args: readonly string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: NEUTRAL_CWD,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Amsterdam', ...env },
    maxBuffer: 1 << 28,
    timeout: 60_000,
  });
  return { stdout: result.stdout, text: result.stdout.toString('utf8'), code: result.status };
}

beforeAll(() => {
  // Large enough that each output is written in many pieces (a megabyte of JSON and more).
  (generateRegister as (dir: string, count: number) => void)(data, COUNT);
  expect(runCli(['check', '--data', data], { env }).code).toBe(0);
});

describe('long output is written as it is made', () => {
  it('status --json, list --json and report --format json are whole JSON documents, piped', () => {
    const status = run(['status', '--json', ...at]);
    expect(status.code).toBe(0);
    expect(status.stdout.length).toBeGreaterThan(1_000_000);
    expect((JSON.parse(status.text) as { commitments: unknown[] }).commitments).toHaveLength(COUNT);
    const list = run(['list', '--json', 'id,state', '--sort', 'id', ...at]);
    const ids = (JSON.parse(list.text) as { commitments: Array<{ id: string }> }).commitments.map((c) => c.id);
    expect(ids).toHaveLength(COUNT);
    expect(ids).toEqual([...ids].sort());
    const report = run(['report', '--format', 'json', ...at]);
    expect((JSON.parse(report.text) as { overdue: unknown[] }).overdue.length).toBeGreaterThan(100);
  });

  it('status --json and report --format json read from the cache are what the register read from its files gives, byte for byte', () => {
    for (const args of [['status', '--json'], ['status', '--json', 'id,state,due,ageDays'], ['status', '--json', '--lang', 'en'], ['report', '--format', 'json'], ['report', '--format', 'json', '--since', '2026-01-01', '--horizon', '30']]) {
      const cached = run([...args, ...at]);
      const uncached = spawnSync(process.execPath, [BIN, ...args, ...at], {
        cwd: NEUTRAL_CWD,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_NO_CACHE: '1' },
        maxBuffer: 1 << 28,
        timeout: 60_000,
      });
      expect(cached.code).toBe(0);
      expect(uncached.status).toBe(0);
      expect(cached.stdout.equals(uncached.stdout)).toBe(true);
    }
  });

  it.each(['json', 'ndjson', 'csv', 'md', 'ics'])('export --format %s: the same bytes to stdout as to a file', (format) => {
    const file = join(work, `export.${format}`);
    const piped = run(['export', '--format', format, ...at]);
    expect(piped.code).toBe(0);
    expect(piped.stdout.length).toBeGreaterThan(200_000);
    expect(run(['export', '--format', format, '-o', file, ...at]).code).toBe(0);
    expect(readFileSync(file).equals(piped.stdout)).toBe(true);
  });

  it('output sent to a file (or /dev/null) is what is sent to a pipe, byte for byte', () => {
    const shell = (command: string) =>
      spawnSync('sh', ['-c', command], { cwd: NEUTRAL_CWD, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Amsterdam', ...env }, encoding: 'utf8', timeout: 60_000 });
    for (const args of [['status', '--json'], ['status'], ['report', '--format', 'json'], ['list']]) {
      const file = join(work, `${args.join('-')}.out`);
      const toFile = shell(`"${process.execPath}" "${BIN}" ${[...args, ...at].join(' ')} > "${file}"`);
      expect(toFile.status).toBe(0);
      expect(toFile.stderr).toBe('');
      expect(readFileSync(file).equals(run([...args, ...at]).stdout)).toBe(true);
      const toNull = shell(`"${process.execPath}" "${BIN}" ${[...args, ...at].join(' ')} > /dev/null`);
      expect([toNull.status, toNull.stderr]).toEqual([0, '']);
    }
  });

  it('a reader that stops early (| head) ends the command quietly, exit 0', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" status --json ${at.join(' ')} | head -c 100`], {
      cwd: NEUTRAL_CWD,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Amsterdam', ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.stdout).toHaveLength(100);
    expect(result.stderr).toBe('');
    expect(looksLikeCrash(result.stderr)).toBe(false);
  });
});
