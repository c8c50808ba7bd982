import { existsSync, lstatSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
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
 * none is (writeChange checks that again just before each rename). All or
 * nothing: when one cannot be written, those written before it are removed
 * again, so that the folder is as it was and `init` can be run again. Paths
 * are relative to `root`, with `/`.
 */
export async function createFiles(root: string, files: ReadonlyArray<{ path: string; text: string }>, options: { timeoutMs?: number } = {}): Promise<void> {
  madeFolder(root);
  await withRegisterLock(
    root,
    async () => {
      const existing = files.map((file) => file.path).filter((file) => existsSync(path.join(root, ...file.split('/'))));
      if (existing.length > 0) throw new ExistingFilesError(existing);
      const made: Array<{ folder: string; top: string }> = [];
      const writes = files.map((file) => {
        const absolutePath = path.join(root, ...file.path.split('/'));
        const top = madeFolder(path.dirname(absolutePath));
        if (top !== undefined) made.push({ folder: path.dirname(absolutePath), top });
        return { path: file.path, absolutePath, after: Buffer.from(file.text), afterText: file.text };
      });
      await writeChange(root, writes).catch((error: unknown) => {
        for (const write of writes) removeIfOurs(write.absolutePath, write.after);
        // The folders made for them, left empty by that, are taken away again, deepest first.
        for (const { folder, top } of made.reverse()) {
          for (let at = folder; removedIfEmpty(at) && at !== top; at = path.dirname(at));
        }
        throw error instanceof ChangedOnDiskError ? new ExistingFilesError([error.file]) : error;
      });
    },
    options,
  );
}

/** Removes a file this run created, still as it was written; a file that is not (another's, or gone) is left alone. */
function removeIfOurs(file: string, written: Uint8Array): void {
  try {
    if (lstatSync(file).isFile() && readFileSync(file).equals(written)) rmSync(file);
  } catch {
    // Not there, or not readable: not ours to remove.
  }
}

function removedIfEmpty(folder: string): boolean {
  try {
    rmdirSync(folder);
    return true;
  } catch {
    // Not empty: something else is in it, and in the folders above it.
    return false;
  }
}

/** The first folder made for `folder`, if any. */
function madeFolder(folder: string): string | undefined {
  try {
    return makeFolder(folder);
  } catch (error) {
    throw asDiskError(error, folder, 'write');
  }
}
