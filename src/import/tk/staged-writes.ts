import { createHash } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { besideName } from '../../register/atomic-write.js';
import { asDiskError } from '../../register/disk-error.js';
import type { PlannedWrite } from '../../register/register-change.js';
import { CONFIG_FILE } from '../../register/load.js';
import { ChangedOnDiskError, writeTarget } from '../../register/write-change.js';
import { TK_FOLDER } from './layout.js';
import { makeFolder } from '../../register/make-folder.js';
import { publicationOf } from '../../register/publication.js';

interface Staged {
  path: string;
  temporary: string;
  target: string;
  /** The SHA-256 of the target as it was read; undefined for a new file, which must still not exist. */
  expected: string | undefined;
  /** The SHA-256 of the staged content. */
  hash: string;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * An import's files, each written in full beside its target under a hidden
 * name (which no register load picks up) as soon as it is made and checked,
 * so that the import holds one month file at a time; renamed over their
 * targets, in order (the config last), only once every file is written and
 * the whole change found valid. Each rename replaces a whole file, so a
 * killed import leaves every file whole, as it was or as the import made it,
 * and the next run finishes the job; a run that stops short of the renames
 * leaves the register as it was.
 */
export class StagedWrites {
  private readonly staged: Staged[] = [];
  private readonly folders: string[] = [];

  /**
   * `pauseBetweenRenamesMs`: a testing hook (TOEZEGGING_TEST_PAUSE_BEFORE_RENAME_MS,
   * as for the other writes) that widens the moment between two renames, so
   * that a test can read the register while some files are renamed and others not.
   */
  constructor(
    private readonly root: string,
    private readonly pauseBetweenRenamesMs = 0,
  ) {}

  /** Writes the file's new bytes beside its target, flushed to disk. */
  stage(write: PlannedWrite): void {
    const created = makeFolder(path.dirname(write.absolutePath));
    if (created !== undefined) this.folders.push(created);
    const target = writeTarget(this.root, write);
    const temporary = besideName(target, 'tmp');
    const mode = write.before === undefined ? 0o644 : statSync(target).mode & 0o7777;
    try {
      const fd = openSync(temporary, 'wx', mode);
      try {
        // open() applies the umask; an existing file's bits are restored exactly, as writeFileAtomic does.
        if (write.before !== undefined) fchmodSync(fd, mode);
        for (let done = 0; done < write.after.length; ) done += writeSync(fd, write.after, done);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      rmSync(temporary, { force: true });
      throw asDiskError(error, write.absolutePath, 'write');
    }
    this.staged.push({ path: write.path, temporary, target, expected: write.before === undefined ? undefined : sha256(write.before), hash: sha256(write.after) });
  }

  /** Each staged file's path in the register, where it is staged and the SHA-256 of its content, in the order staged. */
  get files(): ReadonlyArray<{ path: string; temporary: string; hash: string }> {
    return this.staged;
  }

  /** The text staged for `file`, for the messages of a change refused after all. */
  textOf(file: string): string | undefined {
    const staged = this.staged.find((each) => each.path === file);
    return staged && readFileSync(staged.temporary, 'utf8');
  }

  /**
   * Renames every staged file over its target, in the order staged, each
   * once its target is found as it was read: a file another program changed
   * meanwhile is never overwritten (ChangedOnDiskError, and nothing more is
   * renamed).
   */
  commit(): void {
    const folders = new Set<string>();
    const endPublishing = publicationOf(this.root, this.staged.length);
    try {
      this.renameAll(folders);
    } finally {
      endPublishing();
    }
    this.staged.length = 0;
    for (const folder of folders) syncFolder(folder);
  }

  private renameAll(folders: Set<string>): void {
    for (const [at, staged] of this.staged.entries()) {
      let current: string | undefined;
      try {
        current = lstatSync(staged.target, { throwIfNoEntry: false }) === undefined ? undefined : sha256(readFileSync(staged.target));
        if (current !== staged.expected) {
          this.discard(at);
          throw new ChangedOnDiskError(staged.path);
        }
        if (at > 0 && this.pauseBetweenRenamesMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, this.pauseBetweenRenamesMs);
        renameSync(staged.temporary, staged.target);
      } catch (error) {
        if (error instanceof ChangedOnDiskError) throw error;
        this.discard(at);
        throw asDiskError(error, staged.target, 'write');
      }
      folders.add(path.dirname(staged.target));
    }
  }

  /** Removes the staged files not renamed (from `from` on), and the folders made for them when they are left empty. */
  discard(from = 0): void {
    for (const staged of this.staged.slice(from)) rmSync(staged.temporary, { force: true });
    this.staged.length = 0;
    for (const folder of this.folders.reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty: something of the register's is in it.
      }
    }
  }
}

/** A staged file's name as `besideName` makes it: `.2024-12.yaml.<process id>.<8 hex digits>.tmp`, beside `2024-12.yaml`. */
const STAGED = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes the files an import killed before its renames left staged: the
 * month files (`tk/`) and the config, each a whole month's text, at a first
 * import the whole register's. Only those of a process that has ended; to be
 * called under the register lock, so that no other import is staging.
 */
export function removeLeftStaging(root: string): void {
  const isMonth = (name: string) => /^\d{4}-\d{2}\.yaml$/.test(name);
  for (const [folder, belongs] of [[root, (name: string) => name === CONFIG_FILE], [path.join(root, TK_FOLDER), isMonth]] as const) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const staged = STAGED.exec(name);
      if (!staged || !belongs(staged[1]!) || running(Number(staged[2]))) continue;
      rmSync(path.join(folder, name), { force: true });
    }
  }
}

/** Whether a process with this id runs (one of another user's included). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function syncFolder(folder: string): void {
  // Not every file system lets a folder be opened for fsync; the renames have happened either way.
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // As above.
  }
}
