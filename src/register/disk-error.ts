/**
 * The file system refused what the store asked of it: a full disk, a
 * read-only folder, a folder where the lock file should be, no permission.
 * A condition of the machine, not a bug: the CLI says which file and why, and
 * exits 3.
 */
export class DiskError extends Error {
  override readonly name = 'DiskError';

  constructor(
    readonly path: string,
    /** The system's error code: `ENOSPC`, `EROFS`, `EACCES`, `EISDIR`, … */
    readonly code: string,
    /** `lock`: taking or reading the register's lock; `write`: writing a file; `output`: writing standard output. */
    readonly action: 'lock' | 'write' | 'output',
  ) {
    super(`cannot ${action} ${path}: ${code}`);
  }
}

/** A system error (one with a code, such as ENOSPC) as a DiskError about `path`; anything else unchanged. */
export function asDiskError(error: unknown, path: string, action: DiskError['action']): unknown {
  if (error instanceof DiskError) return error;
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return code === undefined ? error : new DiskError(path, code, action);
}
