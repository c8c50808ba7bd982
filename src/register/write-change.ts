import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { PlannedWrite } from './register-change.js';
import { publicationOf } from './publication.js';

/** The file on disk is not what was read: someone else changed it meanwhile. */
export class ChangedOnDiskError extends Error {
  override readonly name = 'ChangedOnDiskError';

  constructor(readonly file: string) {
    super(`changed on disk since it was read: ${file}`);
  }
}

/** A register file resolves (through a symlink) to a place outside the register folder. */
export class OutsideRegisterError extends Error {
  override readonly name = 'OutsideRegisterError';

  constructor(
    readonly file: string,
    readonly target: string,
  ) {
    super(`${file} leads outside the register, to ${target}`);
  }
}

export interface WriteOptions {
  /**
   * Waits this long between writing the temporary file and renaming it: a
   * testing hook (TOEZEGGING_TEST_PAUSE_BEFORE_RENAME_MS) so a test can kill
   * a writer at the one moment that matters.
   */
  pauseBeforeRenameMs?: number;
}

/**
 * Where a register file is really written: through a symlink to its target
 * (so the link stays a link), and only when that target lies inside the
 * register folder. A new file must land in an existing folder inside it.
 */
export function writeTarget(root: string, write: PlannedWrite): string {
  const realRoot = realpathSync(root);
  const target = write.before === undefined ? path.join(realpathSync(path.dirname(write.absolutePath)), path.basename(write.absolutePath)) : realpathSync(write.absolutePath);
  const relative = path.relative(realRoot, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) throw new OutsideRegisterError(write.path, target);
  return target;
}

/**
 * Writes each planned file atomically. Just before each rename the file on
 * disk is compared with what was read (by content hash; a new file must still
 * not exist), so a change made meanwhile by another program is never lost.
 */
export async function writeChange(root: string, writes: readonly PlannedWrite[], options: WriteOptions = {}): Promise<void> {
  const targets = writes.map((write) => writeTarget(root, write));
  const endPublishing = publicationOf(root, writes.length);
  try {
    await writeEach(writes, targets, options);
  } finally {
    endPublishing();
  }
}

async function writeEach(writes: readonly PlannedWrite[], targets: readonly string[], options: WriteOptions): Promise<void> {
  for (const [index, write] of writes.entries()) {
    const target = targets[index]!;
    const expected = write.before === undefined ? undefined : hash(write.before);
    await writeFileAtomic(target, write.after, {
      beforeRename: async () => {
        if (options.pauseBeforeRenameMs) await new Promise((resolve) => setTimeout(resolve, options.pauseBeforeRenameMs));
        if ((await currentHash(target)) !== expected) throw new ChangedOnDiskError(write.path);
      },
    });
  }
}

async function currentHash(file: string): Promise<string | undefined> {
  try {
    await lstat(file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
  return hash(await readFile(file));
}

function hash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
