import type { Diagnostic } from '../core/model.js';
import { withRegisterLock } from './lock.js';
import { errorsOf, proposeChange, readRegisterState, type FileEdit, type PlannedWrite, type RegisterState } from './register-change.js';
import { shippedCalendar } from './shipped-calendar.js';
import { writeChange, writeTarget } from './write-change.js';

/** The files a change edits, and what the change has to say about itself. */
export interface ChangePlan<R> {
  edits: FileEdit[];
  outcome: R;
}

export type Planner<R> = (state: RegisterState) => ChangePlan<R> | Promise<ChangePlan<R>>;

export interface AppliedChange<R> {
  outcome: R;
  after: RegisterState;
  /** Every file the change alters (none when it alters nothing), written unless `dryRun`. */
  writes: PlannedWrite[];
  written: boolean;
}

/**
 * The register has errors, before the change (`when: 'before'`: nothing is
 * changed in a broken register) or would have them after it.
 */
export class RegisterInvalidError extends Error {
  override readonly name = 'RegisterInvalidError';

  constructor(
    readonly when: 'before' | 'after',
    readonly errors: Diagnostic[],
    /** The register the errors are in: its config, texts and every diagnostic. */
    readonly state: RegisterState,
  ) {
    super(`the register ${when === 'before' ? 'is' : 'would be'} invalid: ${errors.length} errors`);
  }
}

export interface ChangeOptions {
  dryRun: boolean;
  /** How long to wait for another process's lock. */
  timeoutMs: number;
  /** Testing hook: see write-change.ts. */
  pauseBeforeRenameMs?: number;
}

/**
 * Every register change (`add`, `deliver`, `set`, `note`): take the lock,
 * read and check the register, let the planner choose its edits, prove the
 * result valid in memory, then write (unless `dryRun`). Nothing is written
 * unless the whole change is valid.
 */
export async function applyChange<R>(root: string, plan: Planner<R>, options: ChangeOptions): Promise<AppliedChange<R>> {
  const calendar = shippedCalendar();
  return withRegisterLock(
    root,
    async () => {
      const before = await readRegisterState(root, calendar);
      const broken = errorsOf(before);
      if (broken.length > 0) throw new RegisterInvalidError('before', broken, before);
      const planned = await plan(before);
      const proposal = proposeChange(before, planned.edits, calendar);
      const errors = errorsOf(proposal.after);
      if (errors.length > 0) throw new RegisterInvalidError('after', errors, proposal.after);
      for (const write of proposal.writes) await writeTarget(root, write);
      const written = !options.dryRun && proposal.writes.length > 0;
      if (written) await writeChange(root, proposal.writes, { pauseBeforeRenameMs: options.pauseBeforeRenameMs ?? 0 });
      return { outcome: planned.outcome, after: proposal.after, writes: proposal.writes, written };
    },
    { timeoutMs: options.timeoutMs },
  );
}

/** The register read without the lock, for questions asked before a change; refused when it has errors. */
export async function readWritableState(root: string): Promise<RegisterState> {
  const state = await readRegisterState(root, shippedCalendar());
  const broken = errorsOf(state);
  if (broken.length > 0) throw new RegisterInvalidError('before', broken, state);
  return state;
}
