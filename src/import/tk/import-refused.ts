import type { Diagnostic } from '../../core/model.js';

/** The import cannot go ahead: the register is unusable or invalid, or would be made invalid. The message is in the user's words. */
export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';

  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
    readonly texts: ReadonlyMap<string, string> = new Map(),
  ) {
    super(message);
  }
}
