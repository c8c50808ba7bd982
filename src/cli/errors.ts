import type { Diagnostic } from '../core/model.js';
import type { Messages } from '../messages/index.js';

/** The user called the program wrongly: bad option value, unknown id, unknown phrase. Exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The user pressed Ctrl-C in a prompt: 128 + SIGINT, as a shell reports a program stopped by Ctrl-C. */
export class InterruptedError extends Error {
  readonly exitCode = 130;
}

/**
 * The register cannot be read or is invalid: every diagnostic goes to stderr. Exit 3.
 * `messages` is the language `message` was written in (a register's own `lang`), so that its diagnostics are printed in it too.
 */
export class DataError extends Error {
  readonly exitCode = 3;
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
    readonly texts: ReadonlyMap<string, string> = new Map(),
    readonly messages?: Messages,
  ) {
    super(message);
  }
}
