import { existsSync } from 'node:fs';
import path from 'node:path';
import { asDiskError } from './disk-error.js';
import { withRegisterLock } from './lock.js';
import { makeFolder } from './make-folder.js';
import { ChangedOnDiskError, writeChange } from './write-change.js';

/** Files that were to be created are there already; none was written. */
export class ExistingFilesError extends Error {
  override readonly name = 'ExistingFilesError';

  constructor(readonly files: readonly string[]) {
    super(`already there: ${files.join(', ')}`);
  }
}

/**
 * Creates a register's first files (`init`) by the store's write rules: the
 * folder is made if missing, then, under the register's lock, what is there
 * already is looked at, so that two `init`s, or an `init` beside a change,
 * never mix their files; each file is written atomically and only where
 * none is (writeChange checks that again just before each rename). Paths are
 * relative to `root`, with `/`.
 */
export async function createFiles(root: string, files: ReadonlyArray<{ path: string; text: string }>, options: { timeoutMs?: number } = {}): Promise<void> {
  madeFolder(root);
  await withRegisterLock(
    root,
    async () => {
      const existing = files.map((file) => file.path).filter((file) => existsSync(path.join(root, ...file.split('/'))));
      if (existing.length > 0) throw new ExistingFilesError(existing);
      const writes = files.map((file) => {
        const absolutePath = path.join(root, ...file.path.split('/'));
        madeFolder(path.dirname(absolutePath));
        return { path: file.path, absolutePath, after: Buffer.from(file.text), afterText: file.text };
      });
      await writeChange(root, writes).catch((error: unknown) => {
        throw error instanceof ChangedOnDiskError ? new ExistingFilesError([error.file]) : error;
      });
    },
    options,
  );
}

function madeFolder(folder: string): void {
  try {
    makeFolder(folder);
  } catch (error) {
    throw asDiskError(error, folder, 'write');
  }
}
