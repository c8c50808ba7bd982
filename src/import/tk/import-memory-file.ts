import { writeFileAtomic } from '../../register/atomic-write.js';
import { checksummedJson, readChecksummedJson } from '../../register/checksummed-json.js';
import { cacheFile } from '../../register/register-cache.js';
import { DUE_FROM, type ImportMemory } from './import-memory.js';
import { makeFolder } from '../../register/make-folder.js';

/** Far above the memory of the whole Kamer register (about 60 bytes a record). */
const MAX_BYTES = 1 << 28;

/**
 * The memory kept beside the register's cache; on disk its SHA-256, a newline
 * and its JSON. Anything that does not verify, or has not its shape, is no
 * memory (every record is then mapped), never a failure.
 */
export function readImportMemory(directory: string, root: string): ImportMemory | undefined {
  const memory = readChecksummedJson(cacheFile(directory, root, 'imports'), MAX_BYTES) as ImportMemory | undefined;
  return memory !== undefined && isMemory(memory) ? memory : undefined;
}

function isMemory(value: ImportMemory): boolean {
  if (typeof value !== 'object' || value === null || typeof value.context !== 'string' || typeof value.files !== 'object' || value.files === null) return false;
  return Object.values(value.files).every(
    (group) =>
      typeof group === 'object' &&
      group !== null &&
      typeof group.hash === 'string' &&
      typeof group.records === 'object' &&
      group.records !== null &&
      Object.values(group.records).every(
        (entry) =>
          Array.isArray(entry) &&
          typeof entry[0] === 'string' &&
          (entry[1] === 0 || entry[1] === 1) &&
          (entry[2] === 0 || DUE_FROM.includes(entry[2])) &&
          (entry.length === 3 || (entry.length === 4 && typeof entry[3] === 'string')),
      ),
  );
}

/** The text of the memory's file. */
export const importMemoryText = (memory: ImportMemory): string => checksummedJson(memory);

/** Best effort, like the cache: a memory that cannot be written costs the next import time, never correctness. `text`: the file's text, or its bytes in pieces. */
export async function writeImportMemory(directory: string, root: string, text: string | Iterable<Uint8Array>): Promise<void> {
  try {
    makeFolder(directory);
    await writeFileAtomic(cacheFile(directory, root, 'imports'), text);
  } catch {
    // As for the cache files.
  }
}
