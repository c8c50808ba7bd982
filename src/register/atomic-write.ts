import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { asDiskError } from './disk-error.js';

/**
 * Replaces a file so that a reader, or a crash, sees either the old content
 * or the new, never half of it: write a temporary file in the same folder
 * (hidden, so a register load never picks it up), flush it to disk, then
 * rename it over the target and flush the folder entry.
 * The file's permission bits are kept; a new file gets `mode` (default 0o644).
 * `beforeRename` runs once the new content is safely on disk and may veto the
 * replacement by throwing (the temporary file is then removed).
 * `data` may come in pieces, written one after another as they are made
 * (a large export is never held whole).
 * A system error (a full disk, a read-only folder) is thrown as a DiskError.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array>,
  options: { mode?: number; beforeRename?: () => Promise<void> } = {},
): Promise<void> {
  const folder = dirname(path);
  const temporary = besideName(path, 'tmp');
  const existingMode = await stat(path).then(
    (info) => info.mode & 0o7777,
    () => undefined,
  );
  const handle = await open(temporary, 'wx', existingMode ?? options.mode ?? 0o644).catch((error: unknown) => {
    throw asDiskError(error, path, 'write');
  });
  try {
    // open() applies the umask; an existing file's bits are restored exactly.
    if (existingMode !== undefined) await handle.chmod(existingMode);
    if (typeof data === 'string' || data instanceof Uint8Array) {
      await handle.writeFile(data);
    } else {
      // Pieces of a larger file (slices of another file read earlier, or an export as it is made), written in turn rather than joined into one.
      for (const each of data) {
        const piece = typeof each === 'string' ? Buffer.from(each) : each;
        for (let done = 0; done < piece.length; ) done += (await handle.write(piece, done)).bytesWritten;
      }
    }
    await handle.sync();
    await handle.close();
    await options.beforeRename?.();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    // On a failing disk the removal may fail too; the error worth reporting is the first.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw asDiskError(error, path, 'write');
  }
  await syncFolder(folder);
}

/**
 * A hidden name beside `path` for a file written before it takes `path`'s
 * place (or, for a spool, never does): `.name.<process id>.<8 hex digits>.<suffix>`.
 * Hidden, so that no register load picks it up; the process id tells whose it
 * is, for a clean-up of what a killed process left.
 */
export function besideName(path: string, suffix: 'tmp' | 'spool'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.${suffix}`);
}

async function syncFolder(folder: string): Promise<void> {
  // Not every file system lets a folder be opened for fsync; the rename has happened either way.
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Replaces a file that proves itself when read (a cache file ending in, or
 * starting with, the checksum of its content), as a whole, like
 * writeFileAtomic but neither flushed to disk nor asynchronous: a file cut
 * short by a crash does not verify and is a miss, so waiting on the disk
 * buys nothing, and on a loaded machine every hop through the thread pool
 * of fs/promises costs the reading command a wait for a core. Throws the
 * system error; the temporary file is then removed.
 */
export function replaceVerifiedFileSync(path: string, data: string | Iterable<Uint8Array>): void {
  const temporary = besideName(path, 'tmp');
  const fd = openSync(temporary, 'wx', 0o644);
  try {
    try {
      for (const piece of typeof data === 'string' ? [Buffer.from(data, 'latin1')] : data) {
        for (let done = 0; done < piece.length; ) done += writeSync(fd, piece, done);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
