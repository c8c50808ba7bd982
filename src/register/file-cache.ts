import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { replaceVerifiedFileSync } from './atomic-write.js';
import { checksummedJson, readChecksummedJson } from './checksummed-json.js';
import { join } from 'node:path';
import type { FileValidation } from '../core/validate/validate.js';
import type { FileRole } from './load.js';
import { BUILD_ID } from './build-id.js';
import { CACHE_FORMAT, cacheFile } from './register-cache.js';

/**
 * Each file's validation on its own, kept by the file's content: when one
 * file of a register changes, only that file is parsed again, and the checks
 * that span files run over the others' entries. One entry per file version,
 * in a folder per register, named by a hash of the build, the file's path,
 * role and content: an entry is never stale. On disk an entry is the
 * SHA-256 of its JSON, a newline, and the JSON; one that does not verify is
 * a miss, and the file is parsed again.
 */
export function fileCacheFolder(directory: string, root: string): string {
  return cacheFile(directory, root, 'files');
}

export function entryName(path: string, role: FileRole, contentHash: string): string {
  return createHash('sha256').update(`${CACHE_FORMAT}\0${BUILD_ID}\0${role}\0${path}\0${contentHash}`).digest('hex').slice(0, 40);
}

/** Far above the entry of the largest source file; a bigger file is not an entry. */
const MAX_ENTRY_BYTES = 1 << 30;

export function readFileValidation(folder: string, name: string): FileValidation | undefined {
  return readChecksummedJson(join(folder, name), MAX_ENTRY_BYTES) as FileValidation | undefined;
}

/**
 * Best effort, like every cache write. Entries are not flushed to disk: one
 * cut short by a crash does not verify, and costs a parse. With `keep`, the
 * entries of file versions no longer in the register are removed.
 */
export function writeFileValidations(folder: string, entries: ReadonlyMap<string, FileValidation>, keep?: ReadonlySet<string>): void {
  try {
    mkdirSync(folder, { recursive: true });
    for (const [name, validation] of entries) replaceVerifiedFileSync(join(folder, name), checksummedJson(validation));
    if (keep) for (const name of readdirSync(folder)) if (!keep.has(name) && !name.startsWith('.')) rmSync(join(folder, name), { force: true });
  } catch {
    // Read-only or full disk: the next run parses these files again.
  }
}
