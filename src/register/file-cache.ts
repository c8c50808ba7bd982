import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { replaceVerifiedFileSync } from './atomic-write.js';
import { checksummedText, readChecksummedText } from './checksummed-json.js';
import { join } from 'node:path';
import type { FileValidation } from '../core/validate/validate.js';
import type { FileRole } from './load.js';
import { BUILD_ID } from './build-id.js';
import { asciiText, CACHE_FORMAT, cacheFile } from './register-cache.js';
import { makeFolder } from './make-folder.js';

/**
 * Each file's validation on its own, kept by the file's content: when one
 * file of a register changes, only that file is parsed again, and the checks
 * that span files run over the others' entries. One entry per file version,
 * in a folder per register, named by a hash of the build, the file's path,
 * role and content: an entry is never stale. On disk an entry is the
 * SHA-256 of its JSON, a newline, and the JSON; one that does not verify is
 * a miss, and the file is parsed again.
 *
 * The JSON is compact (see `compactJson`): written plainly, every position
 * repeats the file's path and each commitment's due is there twice, which made
 * the entries of a large register twice the size of its whole-register cache.
 */
export function fileCacheFolder(directory: string, root: string): string {
  return cacheFile(directory, root, 'files');
}

/** Raised whenever an entry's form changes, so that an entry in an older form is never read. */
const ENTRY_FORMAT = 2;

export function entryName(path: string, role: FileRole, contentHash: string): string {
  return createHash('sha256').update(`${CACHE_FORMAT}\0${ENTRY_FORMAT}\0${BUILD_ID}\0${role}\0${path}\0${contentHash}`).digest('hex').slice(0, 40);
}

/**
 * A file's `"file":` pairs name the file itself: each is written `"file":0`
 * (no `file` is ever a number, and no string in JSON can hold that text, for
 * its quotes would be escaped). A commitment that checked keeps its due once:
 * `links.due` is the same due, put back on reading. Undefined when the JSON
 * would not read back the same.
 */
function compactJson(validation: FileValidation): string | undefined {
  const commitments = validation.source?.commitments;
  const value = commitments
    ? { ...validation, source: { ...validation.source, commitments: commitments.map((read) => (read.checked && read.links.due === read.checked.commitment.due ? { ...read, links: { refs: read.links.refs, anchor: read.links.anchor } } : read)) } }
    : validation;
  const json = JSON.stringify(value);
  if (json.includes(FILE_ITSELF)) return undefined;
  return asciiText(json.split(`"file":${JSON.stringify(validation.path)}`).join(FILE_ITSELF));
}

const FILE_ITSELF = '"file":0';

function readCompactJson(json: string, path: string): FileValidation {
  const validation = JSON.parse(json.split(FILE_ITSELF).join(`"file":${JSON.stringify(path)}`)) as FileValidation;
  for (const read of validation.source?.commitments ?? []) {
    const due = read.checked?.commitment.due;
    if (due !== undefined && read.links.due === undefined) read.links.due = due;
  }
  return validation;
}

/** Far above the entry of the largest source file; a bigger file is not an entry. */
const MAX_ENTRY_BYTES = 1 << 30;

/** The entry of the file at `path` (relative to the register, as in its name). */
export function readFileValidation(folder: string, name: string, path: string): FileValidation | undefined {
  const json = readChecksummedText(join(folder, name), MAX_ENTRY_BYTES);
  if (json === undefined) return undefined;
  try {
    return readCompactJson(json, path);
  } catch {
    return undefined;
  }
}

/**
 * Best effort, like every cache write. Entries are not flushed to disk: one
 * cut short by a crash does not verify, and costs a parse. With `keep`, the
 * entries of file versions no longer in the register are removed.
 */
export function writeFileValidations(folder: string, entries: ReadonlyMap<string, FileValidation>, keep?: ReadonlySet<string>): void {
  try {
    makeFolder(folder);
    for (const [name, validation] of entries) {
      const json = compactJson(validation);
      if (json !== undefined) replaceVerifiedFileSync(join(folder, name), checksummedText(json));
    }
    if (keep) for (const name of readdirSync(folder)) if (!keep.has(name) && !name.startsWith('.')) rmSync(join(folder, name), { force: true });
  } catch {
    // Read-only or full disk: the next run parses these files again.
  }
}
