import { visibleWidth } from '../render/text-width.js';
import type { Io } from './io.js';

/** What `less` gets when the user has no $PAGER: quit if one screen, keep colours, leave the text on screen. */
export const DEFAULT_PAGER = 'less -FRX';

export interface PagerInputs {
  text: string;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
  rows: number | undefined;
  columns: number | undefined;
  /** False with `--no-pager`. */
  enabled: boolean;
}

/**
 * The pager command to send output through, or undefined to write it
 * directly: only on a terminal, only when the output would scroll off it,
 * never with `--no-pager`, TERM=dumb, an empty TOEZEGGING_PAGER or PAGER, or `cat`.
 * TOEZEGGING_PAGER, when set, wins over PAGER, as GIT_PAGER does for git.
 */
export function pagerFor({ text, env, isTTY, rows, columns, enabled }: PagerInputs): string | undefined {
  if (!enabled || !isTTY || env.TERM === 'dumb' || !rows) return undefined;
  const command = (env.TOEZEGGING_PAGER ?? env.PAGER ?? DEFAULT_PAGER).trim();
  if (command === '' || command === 'cat') return undefined;
  // One row stays free for the shell prompt that follows.
  return screenRows(text, columns) < rows ? undefined : command;
}

/** Rows the text fills on a terminal this wide, counting lines that wrap. */
export function screenRows(text: string, columns: number | undefined): number {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const width = columns && columns > 0 ? columns : Infinity;
  return lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(visibleWidth(line) / width)), 0);
}

/** Runs a pager with the text on its stdin; resolves false when it could not start, so the caller writes the text itself. */
export type PagerSpawner = (command: string, text: string, io: Pick<Io, 'env' | 'stderr'>) => Promise<boolean>;

/** Exit statuses of `sh -c` when the command is missing or not executable. */
const NOT_STARTED = new Set([126, 127]);

export const spawnPager: PagerSpawner = (command, text, { env, stderr: errors }) =>
  new Promise((resolve) => {
    // LESS and LV as git sets them, so a plain PAGER=less still shows colours and exits on short output.
    const childEnv = { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' };
    let child;
    try {
      // Loaded only when paging: child_process pulls in much of Node's networking at start-up.
      child = process.getBuiltinModule('node:child_process').spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'pipe'], env: childEnv });
    } catch {
      resolve(false);
      return;
    }
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // Quitting the pager early closes its stdin: not an error.
    child.stdin.on('error', () => {});
    // Ctrl-C is for the pager; toezegging waits for it to exit instead of dying underneath it.
    const ignoreInterrupt = () => {};
    process.on('SIGINT', ignoreInterrupt);
    child.on('error', () => {
      process.off('SIGINT', ignoreInterrupt);
      resolve(false);
    });
    child.on('close', (code) => {
      process.off('SIGINT', ignoreInterrupt);
      if (code !== null && NOT_STARTED.has(code)) {
        resolve(false);
        return;
      }
      if (stderr.length > 0) errors.write(Buffer.concat(stderr).toString());
      resolve(true);
    });
    child.stdin.end(text);
  });

/**
 * Writes a command's output: through the pager when `pagerFor` says so,
 * otherwise (or when the pager cannot start) straight to stdout.
 */
export async function writeThroughPager(text: string, io: Io, enabled: boolean, spawner: PagerSpawner = spawnPager): Promise<void> {
  const command = pagerFor({ text, env: io.env, isTTY: Boolean(io.stdout.isTTY), rows: io.stdout.rows, columns: io.stdout.columns, enabled });
  if (command !== undefined && (await spawner(command, text, io))) return;
  io.stdout.write(text);
}
