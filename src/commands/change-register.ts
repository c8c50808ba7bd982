import { stat } from 'node:fs/promises';
import { assess, assessorOf, type AssessedCommitment } from '../core/assess.js';
import { suggestions } from '../core/closest.js';
import type { Commitment } from '../core/model.js';
import { withLang, type Context } from '../cli/context.js';
import { DataError, UsageError } from '../cli/errors.js';
import { fileProgress } from '../cli/progress.js';
import type { CommandResult } from '../cli/runner.js';
import { terminalSafe, terminalSafeLine } from '../render/terminal-safe.js';
import { applyChange, readWritableState as readWritable, RegisterInvalidError, type ChangePlan } from '../register/apply-change.js';
import { isExample, resolveDataDir } from '../register/data-dir.js';
import { cacheDirectory } from '../register/register-cache.js';
import { BadLockTimeoutError, lockTimeoutMs } from '../register/lock-timeout.js';
import { LockTimeoutError } from '../register/lock.js';
import { findCommitment, indexedCommitment, registerConfig, registerIds, type RegisterState } from '../register/register-change.js';
import { ChangedOnDiskError, OutsideRegisterError } from '../register/write-change.js';
import { RefusedChangeError } from '../write/refused-change.js';
import { paintDiff, unifiedDiff } from '../write/unified-diff.js';
import { YamlEditError } from '../write/yaml-edit.js';

/**
 * The command side of every register change (`add`, `deliver`, `set`,
 * `note`): find the register, let the store apply the command's plan, then
 * show the diff (`--dry-run`) or what was written. Every refusal of the
 * store and the writers becomes a user error here.
 */

/** Testing hook: milliseconds to pause between writing a file and renaming it into place. */
export const PAUSE_BEFORE_RENAME_ENV = 'TOEZEGGING_TEST_PAUSE_BEFORE_RENAME_MS';

export interface CommandChange<R> {
  outcome: R;
  /** In the register's language. */
  context: Context;
  after: RegisterState;
  /** Unified diff of every file changed; empty when the change changes nothing. */
  diff: string;
  written: boolean;
}

export type Planner<R> = (state: RegisterState, context: Context) => ChangePlan<R> | Promise<ChangePlan<R>>;

export async function changeRegister<R>(ctx: Context, plan: Planner<R>, options: { dryRun: boolean }): Promise<CommandChange<R>> {
  try {
    const root = await writableRoot(ctx);
    const pause = Number(ctx.io.env[PAUSE_BEFORE_RENAME_ENV] ?? 0);
    let context = ctx;
    const progress = fileProgress(ctx.io, ctx.messages);
    const applied = await applyChange(
      root,
      (state) => {
        progress?.end();
        context = withLang(ctx, registerConfig(state).lang);
        return plan(state, context);
      },
      {
        dryRun: options.dryRun,
        timeoutMs: lockTimeoutMs(ctx.io.env),
        cacheDir: cacheDirectory(ctx.io.env),
        pauseBeforeRenameMs: Number.isFinite(pause) ? pause : 0,
        onFile: progress?.onFile,
      },
    ).finally(() => progress?.end());
    const diff = applied.writes.map((write) => unifiedDiff(write.beforeText, write.afterText, { fromFile: write.path, toFile: write.path })).join('');
    return { outcome: applied.outcome, context, after: applied.after, diff, written: applied.written };
  } catch (error) {
    throw asUserError(error, ctx);
  }
}

/**
 * The register read without the lock, for questions asked before a change
 * (`add` on a terminal); refused like `changeRegister` refuses it. The change
 * itself reads the register again, under the lock.
 */
export async function readWritableState(ctx: Context): Promise<{ state: RegisterState; context: Context }> {
  try {
    const root = await writableRoot(ctx);
    const progress = fileProgress(ctx.io, ctx.messages);
    let state: RegisterState;
    try {
      state = readWritable(root, cacheDirectory(ctx.io.env), progress?.onFile);
    } finally {
      progress?.end();
    }
    return { state, context: withLang(ctx, registerConfig(state).lang) };
  } catch (error) {
    throw asUserError(error, ctx);
  }
}

async function writableRoot(ctx: Context): Promise<string> {
  const { dir, origin } = resolveDataDir(ctx.dataOption, ctx.io.env, ctx.io.cwd, ctx.example);
  // The example register ships inside the program; changing it would change every user's example.
  if (isExample(origin)) throw new DataError(ctx.messages.write.noRegister);
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new DataError(ctx.messages.cli.dataDirMissing(dir));
  if (!info.isDirectory()) throw new DataError(ctx.messages.cli.dataDirNotFolder(dir));
  return dir;
}

/** A refusal of the store or the writers as the user error it is; anything else unchanged. */
export function asUserError(error: unknown, ctx: Context): unknown {
  const m = ctx.messages.write;
  if (error instanceof RegisterInvalidError) {
    const { messages } = withLang(ctx, registerConfig(error.state).lang);
    if (error.when === 'before') return new DataError(messages.write.alreadyInvalid(error.errors.length), error.state.diagnostics, error.state.texts, messages);
    return new DataError(messages.write.wouldBreak(error.errors.length), error.errors, error.state.texts, messages);
  }
  if (error instanceof RefusedChangeError) return new UsageError(error.message);
  if (error instanceof BadLockTimeoutError) return new UsageError(ctx.messages.cli.badLockTimeout(error.value));
  if (error instanceof LockTimeoutError) {
    const holder = error.holder;
    return new DataError(m.locked(error.lockPath, holder ? m.lockHolder(holder.pid, terminalSafeLine(holder.host), terminalSafeLine(holder.since)) : m.lockHolderUnknown, error.waitedSeconds));
  }
  if (error instanceof ChangedOnDiskError) return new DataError(m.changedOnDisk(error.file));
  if (error instanceof OutsideRegisterError) return new DataError(m.outsideRegister(error.file, error.target));
  if (error instanceof YamlEditError) return new DataError(m.cannotEdit(error.path));
  return error;
}

/** The commitment with this id, or a usage error that suggests the nearest ids. */
export function commitmentOrFail(state: RegisterState, id: string, context: Context): Commitment {
  const found = findCommitment(state, id);
  if (found) return found;
  const ids = registerIds(state);
  throw new UsageError(context.messages.cli.unknownId(id, suggestions(id, ids).join(', ')));
}

/**
 * How a commitment stands in the changed register, as of the run's date. A
 * commitment not due after another stands on its own: in a register known
 * by its index it is assessed alone, as `assess` would within the register.
 */
export function assessedAfter(change: CommandChange<unknown>, id: string): AssessedCommitment | undefined {
  const { index } = change.after;
  const found = index && indexedCommitment(index, id);
  if (index && found && found.commitment.due?.kind !== 'after') {
    const sources = new Map(index.sources.map((source) => [source.id, source]));
    return assessorOf(sources, { calendar: change.after.calendar, spans: new Map(found.deadlines.spans) }, change.context.asOf)(found.commitment, found.deadlines.windows.get(id));
  }
  const { register } = change.after.validated;
  return assess(register, change.after.deadlines, change.context.asOf).items.find((item) => item.commitment.id === id);
}

/** The `commitments` item of `id` in its file, for yaml-edit paths. */
export function commitmentPath(id: string): ['commitments', { id: string }] {
  return ['commitments', { id }];
}

/**
 * What a change command prints: the summary on stdout; with `--dry-run` the
 * diff on stdout (so it can be piped to `git apply`) and the summary on stderr.
 */
export function changeResult(change: CommandChange<unknown>, summary: readonly string[], dryRun: boolean): CommandResult {
  const m = change.context.messages.write;
  const { paint } = change.context.style;
  const text = `${summary.join('\n')}\n`;
  if (change.diff === '') return { stdout: `${m.unchanged}\n`, exitCode: 0 };
  if (!dryRun) return { stdout: text, exitCode: 0 };
  return { stdout: paintDiff(terminalSafe(change.diff), paint), stderr: `${text}${m.dryRunNothingWritten}`, exitCode: 0 };
}
