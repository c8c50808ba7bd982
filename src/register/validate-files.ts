import type { Calendar } from '../core/calendar.js';
import { buildFromValidations, type BuiltRegister } from '../core/build-register.js';
import type { Diagnostic } from '../core/model.js';
import { parseFile, textsOf } from '../core/parse-yaml.js';
import { validateFile, type FileValidation } from '../core/validate/validate.js';
import type { Source } from '../core/model.js';
import { isKeyedContent, type RegisterKey } from './cache-key.js';
import { entryName, fileCacheFolder, readFileValidation, writeFileValidations } from './file-cache.js';
import { checkFromCache } from './file-check-from-cache.js';
import { readBytes, type LoadedFile } from './load.js';
import { readPreviousCache, rebuildingSegment, sourcesByFile, type PreviousCache } from './register-cache.js';

/** Every file's validation, from the per-file cache where the file is unchanged, else parsed now. */
export interface FileValidations {
  validations: FileValidation[];
  /** Entries to add to the per-file cache: the files parsed in this run. */
  fresh: Map<string, FileValidation>;
  /** The entry of every file, for pruning the others. */
  names: Set<string>;
  /**
   * Files parsed from other bytes than the key's hash names (edited since
   * the key was made, see `isKeyedContent`): nothing is cached of them, and
   * no cache is to be made under the key.
   */
  unkeyed: string[];
}

/** Parses and checks one file on its own. */
export function validateLoadedFile(file: LoadedFile): FileValidation {
  readBytes(file);
  return validateFile(parseFile(file));
}

/**
 * Each file checked on its own, reusing the cached check of every file whose
 * content is unchanged (`key` holds every file's content hash, in the same
 * order as `files`): from the register cache when it holds that file version
 * and gives its check back (see file-check-from-cache.ts), else from the
 * file's own entry. Without a cache every file is parsed. Unless `keepBytes`,
 * each file's bytes go once it is checked: a reader that only reports needs
 * them no more (the texts diagnostics quote are read again), and the whole
 * register's bytes held to the end raised its peak memory.
 */
export function validateFiles(files: readonly LoadedFile[], cacheDir: string | undefined, root: string, key: RegisterKey | undefined, onFile?: (done: number, total: number) => void, keepBytes = true): FileValidations {
  const validations: FileValidation[] = [];
  const fresh = new Map<string, FileValidation>();
  const names = new Set<string>();
  const unkeyed: string[] = [];
  const check = fileChecker(cacheDir, root, key);
  files.forEach((file, index) => {
    const checked = check(file, index);
    const { validation, name } = checked;
    if (checked.unkeyed) unkeyed.push(file.path);
    else if (checked.parsed && name) fresh.set(name, validation);
    if (name) names.add(name);
    if (!keepBytes) delete file.bytes;
    validations.push(validation);
    onFile?.(index + 1, files.length);
  });
  return { validations, fresh, names, unkeyed };
}

/** One file's own check, and where it came from. */
export interface FileCheck {
  validation: FileValidation;
  /** The file's per-file cache entry, when its content hash is known. */
  name?: string;
  /** Parsed now, rather than given back by a cache. */
  parsed: boolean;
  /** Parsed from other bytes than the key names: nothing is to be cached of it (see `FileValidations.unkeyed`). */
  unkeyed: boolean;
  /** Given back by the register cache, whose segment of this file said the check rebuilds from it. */
  fromRegisterCache: boolean;
}

/** Checks the files of `key` one at a time (the file at `index` of its list), as `validateFiles` does. */
export function fileChecker(cacheDir: string | undefined, root: string, key: RegisterKey | undefined): (file: LoadedFile, index: number) => FileCheck {
  const folder = cacheDir === undefined ? undefined : fileCacheFolder(cacheDir, root);
  const fromCache = folder === undefined ? undefined : registerCacheChecks(cacheDir!, root);
  return (file, index) => {
    const hash = key?.files[index]?.path === file.path ? key.files[index]!.hash : undefined;
    const name = hash === undefined ? undefined : entryName(file.path, file.role, hash);
    let validation = hash === undefined ? undefined : fromCache?.(file.path, hash);
    const fromRegisterCache = validation !== undefined;
    if (!validation && folder && name) validation = readFileValidation(folder, name, file.path);
    if (validation && (validation.path !== file.path || validation.role !== file.role)) validation = undefined;
    if (validation) return { validation, name, parsed: false, unkeyed: false, fromRegisterCache };
    validation = validateLoadedFile(file);
    const unkeyed = hash !== undefined && !(file.bytes && isKeyedContent(file.bytes, hash));
    return { validation, name, parsed: true, unkeyed, fromRegisterCache: false };
  };
}

/**
 * The checks the register cache gives back, by path and content hash: the
 * cache's headers are read when first asked, and only that once; each
 * file's segment when its check is asked for.
 */
function registerCacheChecks(cacheDir: string, root: string): (path: string, hash: string) => FileValidation | undefined {
  let previous: PreviousCache | undefined | null = null;
  let sources: Map<string, Source[]> | undefined;
  return (path, hash) => {
    if (previous === null) previous = readPreviousCache(cacheDir, root);
    const index = previous?.byFile.get(`${path}\0${hash}`);
    if (index === undefined) return undefined;
    const commitments = rebuildingSegment(previous!, index);
    if (!commitments) return undefined;
    sources ??= sourcesByFile(previous!);
    return checkFromCache(path, previous!.header.config, sources.get(path) ?? [], commitments);
  };
}

/**
 * Stores what `validateFiles` parsed, and forgets entries of file versions
 * no longer in the register. `leaveOut`: checks not to store, for the
 * register cache written with them gives them back.
 */
export function storeFileValidations(cacheDir: string | undefined, root: string, result: FileValidations, leaveOut?: (validation: FileValidation) => boolean): void {
  if (cacheDir === undefined || result.fresh.size === 0) return;
  const fresh = leaveOut ? new Map([...result.fresh].filter(([, validation]) => !leaveOut(validation))) : result.fresh;
  writeFileValidations(fileCacheFolder(cacheDir, root), fresh, result.names);
}

/**
 * The texts that diagnostics quote, of every file a diagnostic names: files
 * whose check came from the cache are read for it now.
 */
export function textsFor(files: readonly LoadedFile[], diagnostics: readonly Diagnostic[], known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const texts = new Map<string, string>();
  const wanted = new Set(diagnostics.map((diagnostic) => diagnostic.file));
  for (const file of files) {
    if (!wanted.has(file.path)) continue;
    const text = known.get(file.path);
    if (text !== undefined) {
      texts.set(file.path, text);
      continue;
    }
    readBytes(file);
    for (const [path, read] of textsOf([parseFile(file)])) texts.set(path, read);
  }
  return texts;
}

/** The whole register from its files, each parsed only when its cached check is missing. */
export function buildFromFiles(files: readonly LoadedFile[], shippedCalendar: Calendar, cacheDir: string | undefined, root: string, key: RegisterKey | undefined, onFile?: (done: number, total: number) => void): { built: BuiltRegister; files: FileValidations } {
  const validated = validateFiles(files, cacheDir, root, key, onFile, false);
  const built = buildFromValidations(validated.validations, shippedCalendar);
  return { built: { ...built, texts: textsFor(files, built.diagnostics) }, files: validated };
}
