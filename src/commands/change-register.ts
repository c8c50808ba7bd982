import { stat } from 'node:fs/promises';
import { assess, type AssessedCommitment } from '../core/assess.js';
import type { CivilDate } from '../core/civil-date.js';
import { closest } from '../core/closest.js';
import { resolvePhrase } from '../core/deadline/resolve.js';
import type { Commitment, Resolution } from '../core/model.js';
import { withLang, type Context } from '../cli/context.js';
import { isExample, resolveDataDir } from '../register/data-dir.js';
import { DataError, UsageError } from '../cli/errors.js';
import { lockTimeoutMs } from '../register/lock-timeout.js';
import { shippedCalendar } from './open-register.js';
import type { CommandResult } from '../cli/runner.js';
import { terminalSafe } from '../render/terminal-safe.js';
import { LockTimeoutError, withRegisterLock } from '../register/lock.js';
import { errorsOf, proposeChange, readRegisterState, type FileEdit, type RegisterState } from '../register/register-change.js';
import { paintDiff, unifiedDiff } from '../write/unified-diff.js';
import { ChangedOnDiskError, OutsideRegisterError, writeChange, writeTarget } from '../register/write-change.js';
import { YamlEditError } from '../write/yaml-edit.js';

/**
 * The command side of every register change (`add`, `deliver`, `set`,
 * `note`): find the register, take its lock, read and check it, let the
 * command plan its edits, prove the result valid in memory, then show the
 * diff (`--dry-run`) or write. Every refusal becomes a user error here.
 */

/** Testing hook: milliseconds to pause between writing a file and renaming it into place. */
export const PAUSE_BEFORE_RENAME_ENV = 'TOEZEGGING_TEST_PAUSE_BEFORE_RENAME_MS';

export interface ChangePlan<R> {
  edits: FileEdit[];
  outcome: R;
}

export interface AppliedChange<R> {
  outcome: R;
  /** In the register's language. */
  context: Context;
  after: RegisterState;
  /** Unified diff of every file changed; empty when the change changes nothing. */
  diff: string;
  written: boolean;
}

export type Planner<R> = (state: RegisterState, context: Context) => ChangePlan<R> | Promise<ChangePlan<R>>;

export async function changeRegister<R>(ctx: Context, plan: Planner<R>, options: { dryRun: boolean }): Promise<AppliedChange<R>> {
  const root = await writableRoot(ctx);
  const calendar = shippedCalendar();
  const pause = Number(ctx.io.env[PAUSE_BEFORE_RENAME_ENV] ?? 0);
  const timeoutMs = lockTimeoutMs(ctx.io.env, ctx.messages);
  try {
    return await withRegisterLock(root, async () => {
      const before = await readRegisterState(root, calendar);
      const context = withLang(ctx, before.validated.config.lang);
      const m = context.messages.write;
      const broken = errorsOf(before);
      if (broken.length > 0) throw new DataError(m.alreadyInvalid(broken.length), before.diagnostics, before.texts);
      const planned = await plan(before, context);
      const proposal = proposeChange(before, planned.edits, calendar);
      const errors = errorsOf(proposal.after);
      if (errors.length > 0) throw new DataError(m.wouldBreak(errors.length), errors, proposal.after.texts);
      for (const write of proposal.writes) await writeTarget(root, write);
      const diff = proposal.writes.map((write) => unifiedDiff(write.beforeText, write.afterText, { fromFile: write.path, toFile: write.path })).join('');
      if (!options.dryRun && proposal.writes.length > 0) await writeChange(root, proposal.writes, { pauseBeforeRenameMs: Number.isFinite(pause) ? pause : 0 });
      return { outcome: planned.outcome, context, after: proposal.after, diff, written: !options.dryRun && proposal.writes.length > 0 };
    }, { timeoutMs });
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
  const state = await readRegisterState(await writableRoot(ctx), shippedCalendar());
  const context = withLang(ctx, state.validated.config.lang);
  const broken = errorsOf(state);
  if (broken.length > 0) throw new DataError(context.messages.write.alreadyInvalid(broken.length), state.diagnostics, state.texts);
  return { state, context };
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

function asUserError(error: unknown, ctx: Context): unknown {
  const m = ctx.messages.write;
  if (error instanceof LockTimeoutError) {
    const holder = error.holder;
    return new DataError(m.locked(error.lockPath, holder ? m.lockHolder(holder.pid, holder.host, holder.since) : m.lockHolderUnknown, error.waitedSeconds));
  }
  if (error instanceof ChangedOnDiskError) return new DataError(m.changedOnDisk(error.file));
  if (error instanceof OutsideRegisterError) return new DataError(m.outsideRegister(error.file, error.target));
  if (error instanceof YamlEditError) return new DataError(m.cannotEdit(error.path));
  return error;
}

/** The commitment with this id, or a usage error that suggests the nearest ids. */
export function commitmentOrFail(state: RegisterState, id: string, context: Context): Commitment {
  const commitments = state.validated.register.commitments;
  const found = commitments.find((commitment) => commitment.id === id);
  if (found) return found;
  const ids = commitments.map((commitment) => commitment.id);
  throw new UsageError(context.messages.cli.unknownId(id, closest(id, ids).join(', ')));
}

/** Resolves a `due` phrase as the register will, or refuses it with the nearest known forms (exit 2). */
export function resolveDueOrFail(phrase: string, anchor: CivilDate, state: RegisterState, context: Context): Resolution {
  const outcome = resolvePhrase(phrase, anchor, state.calendar);
  if (outcome.ok) return { ...outcome.resolution, phrase };
  throw new UsageError(context.messages.write.unknownDue(phrase, outcome.suggestions));
}

/** How a commitment stands in the changed register, as of the run's date. */
export function assessedAfter(change: AppliedChange<unknown>, id: string): AssessedCommitment | undefined {
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
export function changeResult(change: AppliedChange<unknown>, summary: readonly string[], dryRun: boolean): CommandResult {
  const m = change.context.messages.write;
  const { paint } = change.context.style;
  const text = `${summary.join('\n')}\n`;
  if (change.diff === '') return { stdout: `${m.unchanged}\n`, exitCode: 0 };
  if (!dryRun) return { stdout: text, exitCode: 0 };
  return { stdout: paintDiff(terminalSafe(change.diff), paint), stderr: `${text}${m.dryRunNothingWritten}`, exitCode: 0 };
}
