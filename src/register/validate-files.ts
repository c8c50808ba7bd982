import type { Calendar } from '../core/calendar.js';
import { buildFromValidations, type BuiltRegister } from '../core/build-register.js';
import type { Diagnostic } from '../core/model.js';
import { parseFile, textsOf } from '../core/parse-yaml.js';
import { validateFile, type FileValidation } from '../core/validate/validate.js';
import type { RegisterKey } from './cache-key.js';
import { entryName, fileCacheFolder, readFileValidation, writeFileValidations } from './file-cache.js';
import { readBytes, type LoadedFile } from './load.js';

/** Every file's validation, from the per-file cache where the file is unchanged, else parsed now. */
export interface FileValidations {
  validations: FileValidation[];
  /** Entries to add to the per-file cache: the files parsed in this run. */
  fresh: Map<string, FileValidation>;
  /** The entry of every file, for pruning the others. */
  names: Set<string>;
}

/** Parses and checks one file on its own. */
export function validateLoadedFile(file: LoadedFile): FileValidation {
  readBytes(file);
  return validateFile(parseFile(file));
}

/**
 * Each file checked on its own, reusing the cached check of every file whose
 * content is unchanged (`key` holds every file's content hash, in the same
 * order as `files`). Without a cache every file is parsed. Unless `keepBytes`,
 * each file's bytes go once it is checked: a reader that only reports needs
 * them no more (the texts diagnostics quote are read again), and the whole
 * register's bytes held to the end raised its peak memory.
 */
export function validateFiles(files: readonly LoadedFile[], cacheDir: string | undefined, root: string, key: RegisterKey | undefined, onFile?: (done: number, total: number) => void, keepBytes = true): FileValidations {
  const folder = cacheDir === undefined ? undefined : fileCacheFolder(cacheDir, root);
  const validations: FileValidation[] = [];
  const fresh = new Map<string, FileValidation>();
  const names = new Set<string>();
  files.forEach((file, index) => {
    const hash = key?.files[index]?.path === file.path ? key.files[index]!.hash : undefined;
    const name = hash === undefined ? undefined : entryName(file.path, file.role, hash);
    let validation = folder && name ? readFileValidation(folder, name, file.path) : undefined;
    if (validation && (validation.path !== file.path || validation.role !== file.role)) validation = undefined;
    if (!validation) {
      validation = validateLoadedFile(file);
      if (name) fresh.set(name, validation);
    }
    if (name) names.add(name);
    if (!keepBytes) delete file.bytes;
    validations.push(validation);
    onFile?.(index + 1, files.length);
  });
  return { validations, fresh, names };
}

/** Stores what `validateFiles` parsed, and forgets entries of file versions no longer in the register. */
export function storeFileValidations(cacheDir: string | undefined, root: string, result: FileValidations): void {
  if (cacheDir === undefined || result.fresh.size === 0) return;
  writeFileValidations(fileCacheFolder(cacheDir, root), result.fresh, result.names);
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
