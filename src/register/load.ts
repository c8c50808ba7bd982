import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The settings file; only the one at the top of the register folder counts as config. */
export const CONFIG_FILE = 'toezegging.config.yaml';

export type FileRole = 'config' | 'source';

/** One YAML file of a register, read but not yet decoded. */
export interface LoadedFile {
  /** Relative to the register folder, with `/` separators: what messages show. */
  path: string;
  absolutePath: string;
  role: FileRole;
  /** The raw bytes; absent when the file could not be read (see `readError`). */
  bytes?: Uint8Array;
  /** The system error code (`EACCES`, `EISDIR`, ...) when the file could not be read. */
  readError?: string;
}

export interface LoadedFiles {
  /** The register folder, absolute. */
  root: string;
  /** Sorted by `path` so that every later step sees the files in the same order on every machine. */
  files: LoadedFile[];
}

export type RegisterFolderProblem = 'missing' | 'not-a-folder' | 'unreadable';

/**
 * The register folder itself cannot be read. A user error, not a bug: the CLI
 * turns `reason` and `dir` into one line and exits 3.
 */
export class RegisterNotFoundError extends Error {
  override readonly name = 'RegisterNotFoundError';

  constructor(
    readonly dir: string,
    readonly reason: RegisterFolderProblem,
  ) {
    super(`register folder ${reason}: ${dir}`);
  }
}

/** Finds and reads every `*.yaml`/`*.yml` file under `dir`, skipping hidden entries and `node_modules`. */
export async function loadFiles(dir: string): Promise<LoadedFiles> {
  const listed = listFiles(dir);
  // Synchronous on purpose: on a local disk it is as fast as overlapping reads, and it keeps
  // fs/promises (and the streams it loads) out of the start-up of every command.
  for (const file of listed.files) readBytes(file);
  return listed;
}

/** Finds the register's files without reading them; `readBytes` reads one when it is needed. */
export function listFiles(dir: string): LoadedFiles {
  const root = path.resolve(dir);
  assertFolder(root);
  const found = findYamlFiles(root);
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: LoadedFile[] = found.map(({ path: relative, readError }) => ({
    path: relative,
    absolutePath: path.join(root, ...relative.split('/')),
    role: relative === CONFIG_FILE ? 'config' : 'source',
    readError,
  }));
  return { root, files };
}

/** Reads a listed file's bytes unless already read (or unreadable, which `readError` then says). */
export function readBytes(file: LoadedFile): void {
  if (file.bytes || file.readError !== undefined) return;
  try {
    file.bytes = readFileSync(file.absolutePath);
  } catch (error) {
    file.readError = errorCode(error) ?? 'EIO';
  }
}

function assertFolder(root: string): void {
  try {
    if (!statSync(root).isDirectory()) throw new RegisterNotFoundError(root, 'not-a-folder');
  } catch (error) {
    if (error instanceof RegisterNotFoundError) throw error;
    throw new RegisterNotFoundError(root, errorCode(error) === 'ENOENT' ? 'missing' : 'unreadable');
  }
}

function findYamlFiles(root: string): Array<{ path: string; readError?: string }> {
  const found: Array<{ path: string; readError?: string }> = [];
  const pending: string[] = [''];
  for (let relativeDir = pending.pop(); relativeDir !== undefined; relativeDir = pending.pop()) {
    const absoluteDir = path.join(root, ...relativeDir.split('/'));
    let entries;
    try {
      entries = readdirSync(absoluteDir, { withFileTypes: true });
    } catch (error) {
      if (relativeDir === '') throw new RegisterNotFoundError(root, 'unreadable');
      // A subfolder we may not list must not hide data silently: it is reported like an unreadable file.
      found.push({ path: relativeDir, readError: errorCode(error) ?? 'EIO' });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      // Symlinked folders are not followed: they can loop back into the register.
      if (entry.isDirectory()) pending.push(relative);
      else if (isYamlName(entry.name) && (entry.isFile() || entry.isSymbolicLink())) found.push({ path: relative });
    }
  }
  return found;
}

function isYamlName(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
