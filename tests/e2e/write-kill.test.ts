import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NEUTRAL_CWD, runCli } from './run-cli.js';
import { copyFixture } from './write-fixtures.js';

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a writer killed between write and rename', () => {
  it('leaves the old file intact and nothing that check picks up', async () => {
    const dir = copyFixture('plain');
    const file = join(dir, '2025Z19579.yaml');
    const before = readFileSync(file);
    const child = spawn(process.execPath, [BIN, 'deliver', 'wodc-onderzoek', '--on', '2026-09-15', '--data', dir, '--as-of', '2026-11-28'], {
      cwd: NEUTRAL_CWD,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_TEST_PAUSE_BEFORE_RENAME_MS: '20000' },
    });
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const temporary = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    await until(() => temporary().length > 0, 15_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect(readFileSync(file).equals(before)).toBe(true);
    expect(temporary()[0]).toMatch(/^\.2025Z19579\.yaml\.\d+\.[0-9a-f]+\.tmp$/);
    const check = runCli(['check', '--data', dir]);
    expect(check.stdout).toBe('');
    expect(check.code).toBe(0);

    // The dead writer's lock is broken by the next one.
    const next = runCli(['note', 'wodc-onderzoek', 'na de crash', '--data', dir, '--as-of', '2026-11-28']);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
  }, 40_000);
});
