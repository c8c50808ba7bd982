import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorCode } from './error-code.js';

/**
 * `mkdirSync(folder, { recursive: true })`, returning the first folder it made (or undefined when the folder was there).
 * Node's own recursive mkdir loops for ever where a parent exists but a folder in it can never be made: under `/proc`
 * it answers ENOENT to every try, so `status` with its cache folder there spun at full CPU. Here each level is tried
 * once and a folder that still cannot be made after its parent exists is an error.
 */
export function makeFolder(folder: string): string | undefined {
  try {
    mkdirSync(folder);
    return folder;
  } catch (error) {
    if (errorCode(error) === 'EEXIST' && isFolder(folder)) return undefined;
    const parent = dirname(folder);
    if (errorCode(error) !== 'ENOENT' || parent === folder) throw error;
  }
  const first = makeFolder(dirname(folder));
  try {
    mkdirSync(folder);
  } catch (error) {
    // Another process may have made it meanwhile.
    if (!(errorCode(error) === 'EEXIST' && isFolder(folder))) throw error;
  }
  return first ?? folder;
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}
