import { rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { asDiskError } from './disk-error.js';
import { hasEnded, LOCK_FILE, newHolder, parseHolder } from './lock-holder.js';
import { readRegularFile } from './read-regular-file.js';

/**
 * Present in the register folder while a writer that holds the lock renames
 * several files into place, one after another (an import's month files):
 * a reader that meets it waits, and reads again (see `stillAsListed`). It
 * names its writer as the lock does. Named after the lock file, so that the
 * .gitignore `init` writes covers it.
 */
export const PUBLICATION_FILE = `${LOCK_FILE}.publishing`;

/**
 * How long a reader waits for a publication under way before it reads what
 * there is: as long as a writer waits for the lock by default. A writer on
 * another host, or one stopped, would otherwise hold every reader.
 */
export const PUBLICATION_WAIT_MS = 15_000;

/** A mark that names no writer yet was made this long ago at most by one still writing it; an older one was cut short. */
const UNWRITTEN_MARK_GRACE_MS = 5_000;
const FIRST_WAIT_MS = 5;
const LONGEST_WAIT_MS = 100;

/**
 * Marks a publication under way. To be called holding the register lock: no
 * other publication runs then, so a mark found is one a killed writer left,
 * and it is replaced.
 */
export function beginPublication(root: string): void {
  const mark = path.join(root, PUBLICATION_FILE);
  try {
    rmSync(mark, { force: true });
    writeFileSync(mark, `${JSON.stringify(newHolder())}\n`, { flag: 'wx', mode: 0o644 });
  } catch (error) {
    rmSync(mark, { force: true });
    throw asDiskError(error, mark, 'write');
  }
}

/**
 * Begins the publication of `files` renames, and gives what ends it: one file's rename is seen whole or not at all and
 * is not marked; several are, so that no reader takes some as they were and others as written.
 */
export function publicationOf(root: string, files: number): () => void {
  if (files <= 1) return () => undefined;
  beginPublication(root);
  return () => endPublication(root);
}

/** The publication is over: every file is in place. A mark that cannot go is taken for ended once its writer has. */
export function endPublication(root: string): void {
  try {
    rmSync(path.join(root, PUBLICATION_FILE), { force: true });
  } catch {
    // As said above.
  }
}

/**
 * Whether a publication is under way in the register at `root`: a mark
 * whose writer still runs, or one too young to name its writer yet. A mark
 * that is no regular file is no writer's, and never waited on.
 */
export function publicationUnderWay(root: string): boolean {
  const mark = path.join(root, PUBLICATION_FILE);
  let read;
  try {
    read = readRegularFile(mark, 4096);
  } catch {
    return false;
  }
  if (!('bytes' in read)) return false;
  const holder = parseHolder(read.bytes.toString('utf8'));
  if (holder) return !hasEnded(holder);
  try {
    return Date.now() - statSync(mark).mtimeMs <= UNWRITTEN_MARK_GRACE_MS;
  } catch {
    return false;
  }
}

/** Waits while a publication is under way, until `deadline` (a `Date.now()`) at the latest; whether there was one. */
export async function waitedForPublication(root: string, deadline: number): Promise<boolean> {
  let waited = false;
  for (let wait = FIRST_WAIT_MS; publicationUnderWay(root) && Date.now() < deadline; wait = Math.min(wait * 2, LONGEST_WAIT_MS)) {
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, Math.max(0, deadline - Date.now()))));
  }
  return waited;
}
