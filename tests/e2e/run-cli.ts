import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The binary under test: this checkout's build, or the one TOEZEGGING_TEST_BIN
 * names. That is how to check that a test reproduces a defect: build the
 * commit before the fix in a scratch folder and run the test against it,
 *   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npm run build)
 *   TOEZEGGING_TEST_BIN=/tmp/before/bin/toezegging.cjs npx vitest run tests/e2e/<file>
 * where it must fail, for the defect's own reason (not an unknown option).
 */
export const BIN = process.env.TOEZEGGING_TEST_BIN ? resolve(process.env.TOEZEGGING_TEST_BIN) : join(ROOT, 'bin', 'toezegging.cjs');
export const BUNDLED = join(ROOT, 'data');

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** A folder outside the repository, so that no `toezegging.config.yaml` is found by walking up. */
export const NEUTRAL_CWD = mkdtempSync(join(tmpdir(), 'toezegging-e2e-'));

/**
 * Runs the built binary with a minimal, fixed environment: no colour, a fixed
 * time zone, no inherited TOEZEGGING_* settings.
 */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? NEUTRAL_CWD,
    env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 20_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

export function runJson<T = unknown>(args: readonly string[], options: Parameters<typeof runCli>[1] = {}): T {
  const result = runCli(args, options);
  if (result.code !== 0 && result.code !== 1) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** No stack trace, no internal error: what a user must never see. */
export function looksLikeCrash(text: string): boolean {
  return /\n\s+at .+:\d+:\d+\)?/.test(text) || /interne fout|internal error/.test(text);
}

/** util-linux `script` gives the binary a real terminal; elsewhere (macOS, BSD) its flags differ, so tests that need one skip. */
export const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;

/**
 * Runs the built binary on a pseudo-terminal of the given size, without a
 * pager. The terminal merges stdout and stderr into `output`, unless
 * `stdoutFile` names a file that stdout is redirected to (then `output` is
 * stderr alone). `input` is typed after `inputDelayMs` (keys such as Ctrl-C as
 * their control characters).
 */
export function runOnTerminal(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; cols?: number; rows?: number; input?: string; inputDelayMs?: number; stdoutFile?: string } = {},
): { output: string; code: number | null } {
  const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
  const redirect = options.stdoutFile === undefined ? '' : ` > ${quote(options.stdoutFile)}`;
  const command = `stty rows ${options.rows ?? 500} cols ${options.cols ?? 100}; exec ${[process.execPath, BIN, ...args].map(quote).join(' ')}${redirect}`;
  const octal = (text: string) => [...Buffer.from(text)].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('');
  const typed = options.input === undefined ? '' : `(sleep ${(options.inputDelayMs ?? 1000) / 1000}; printf '${octal(options.input)}') | `;
  const result = spawnSync('sh', ['-c', `${typed}script -qec ${quote(command)} /dev/null`], {
    cwd: options.cwd ?? NEUTRAL_CWD,
    env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_PAGER: '', ...options.env },
    encoding: 'utf8',
    // Generous: a first read of a large register took over 20 s on a loaded two-core machine.
    timeout: 90_000,
  });
  return { output: result.stdout.replace(/\r\n/g, '\n'), code: result.status };
}
