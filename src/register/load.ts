import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { readRegularFile, readRegularFileThrough, type NotRead } from './read-regular-file.js';
import { compareText } from '../core/text-order.js';
import { errorCode } from './error-code.js';

/** The settings file; only the one at the top of the register folder counts as config. */
export const CONFIG_FILE = 'toezegging.config.yaml';

/**
 * No register file is larger: the largest source files real registers hold
 * are a few megabytes. Anything bigger is read no further (a link to
 * /dev/zero would otherwise fill the memory).
 */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

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
  /** Why the file was not read at all; the path is never followed or opened. */
  refused?: Refusal;
}

/**
 * A path the readers refuse: a symbolic link leading out of the register
 * (a repository may carry `notes.yaml -> ~/.aws/credentials`), a FIFO, device
 * or socket (a read would never end), a file over MAX_FILE_BYTES. The target's
 * content is never read, so never quoted.
 */
export type Refusal = { kind: 'link-outside'; target: string } | NotRead;

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
    /** The system's error code when the folder is `unreadable` (EACCES, ELOOP, …), for the message to say why. */
    readonly code = 'EIO',
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
  found.sort((a, b) => compareText(a.path, b.path));
  const files: LoadedFile[] = found.map(({ path: relative, readError, refused }) => ({
    path: relative,
    absolutePath: path.join(root, ...relative.split('/')),
    role: relative === CONFIG_FILE ? 'config' : 'source',
    readError,
    refused,
  }));
  return { root, files };
}

/**
 * Reads a listed file's bytes unless already read, refused or unreadable.
 * Opened without blocking and checked on the open descriptor, so a FIFO or
 * device put in place after listing is refused too, never waited on.
 */
export function readBytes(file: LoadedFile): void {
  if (file.bytes || file.readError !== undefined || file.refused) return;
  try {
    const read = readRegularFile(file.absolutePath, MAX_FILE_BYTES);
    if ('bytes' in read) file.bytes = read.bytes;
    else file.refused = read;
  } catch (error) {
    file.readError = errorCode(error) ?? 'EIO';
  }
}

/**
 * Hands a listed file's bytes to `use` a piece at a time, keeping none of
 * them (see `readRegularFileThrough`): for a reader that needs them only
 * once, such as a hash. False, with the reason recorded as `readBytes`
 * records it, when the file is refused or cannot be read (what `use` was
 * given by then is to be dropped).
 */
export function readThrough(file: LoadedFile, use: (piece: Uint8Array) => void): boolean {
  if (file.readError !== undefined || file.refused) return false;
  try {
    const read = readRegularFileThrough(file.absolutePath, MAX_FILE_BYTES, use);
    if ('size' in read) return true;
    file.refused = read;
  } catch (error) {
    file.readError = errorCode(error) ?? 'EIO';
  }
  return false;
}

function assertFolder(root: string): void {
  try {
    if (!statSync(root).isDirectory()) throw new RegisterNotFoundError(root, 'not-a-folder');
  } catch (error) {
    if (error instanceof RegisterNotFoundError) throw error;
    throw new RegisterNotFoundError(root, errorCode(error) === 'ENOENT' ? 'missing' : 'unreadable', errorCode(error));
  }
}

interface Found {
  path: string;
  readError?: string;
  refused?: Refusal;
}

/**
 * Walks the register. Real folders first; then symbolic links, in name order,
 * each followed only when it stays inside the register and leads somewhere
 * not already read (a link to a folder or file of the register does not read
 * it twice, and a loop of links ends). A link leading out is reported, never
 * followed.
 */
function findYamlFiles(root: string): Found[] {
  const found: Found[] = [];
  const realRoot = realpathSync(root);
  /** The folders walked, as walked; their real paths are only needed once a link is followed, and most registers have none. */
  const walkedFolders: string[] = [];
  /** The real paths of the folders walked, made up to date by `walkedReally`. */
  const walked = new Set<string>();
  const walkedReally = (): Set<string> => {
    for (const folder of walkedFolders.splice(0)) {
      try {
        walked.add(realpathSync(folder));
      } catch {
        // Gone since it was listed: no link can lead into it.
      }
    }
    return walked;
  };
  const links: string[] = [];
  const walk = (start: string): void => {
    const pending: string[] = [start];
    for (let relativeDir = pending.pop(); relativeDir !== undefined; relativeDir = pending.pop()) {
      const absoluteDir = path.join(root, ...relativeDir.split('/'));
      let entries;
      try {
        entries = readdirSync(absoluteDir, { withFileTypes: true });
        walkedFolders.push(absoluteDir);
      } catch (error) {
        if (relativeDir === '') throw new RegisterNotFoundError(root, 'unreadable', errorCode(error));
        // A subfolder we may not list must not hide data silently: it is reported like an unreadable file.
        found.push({ path: relativeDir, readError: errorCode(error) ?? 'EIO' });
        continue;
      }
      for (const entry of entries) {
        if (isSkipped(entry.name)) continue;
        const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
        if (entry.isDirectory()) pending.push(relative);
        else if (entry.isSymbolicLink()) links.push(relative);
        else if (isYamlName(entry.name)) found.push(entry.isFile() ? { path: relative } : { path: relative, refused: { kind: 'not-a-file' } });
      }
    }
  };
  walk('');
  // A file of a walked folder that the walk itself read.
  const alreadyRead = (target: string): boolean => walkedReally().has(path.dirname(target)) && isYamlName(target) && !isSkipped(path.basename(target));
  while (links.length > 0) {
    for (const relative of links.splice(0).sort()) {
      const link = followLink(path.join(root, ...relative.split('/')));
      if ('error' in link) {
        // A dangling link, or a loop of links: reported when it looks like data, like any unreadable file.
        if (isYamlName(relative)) found.push({ path: relative, readError: link.error });
      } else if (!link.folder && !isYamlName(relative)) {
        continue;
      } else if (!isInside(realRoot, link.target)) {
        found.push({ path: relative, refused: { kind: 'link-outside', target: link.target } });
      } else if (link.folder) {
        if (!walkedReally().has(link.target)) walk(relative);
      } else if (!alreadyRead(link.target)) {
        found.push(link.file ? { path: relative } : { path: relative, refused: { kind: 'not-a-file' } });
      }
    }
  }
  return found;
}

function followLink(absolute: string): { target: string; folder: boolean; file: boolean } | { error: string } {
  try {
    const target = realpathSync(absolute);
    const info = statSync(target);
    return { target, folder: info.isDirectory(), file: info.isFile() };
  } catch (error) {
    return { error: errorCode(error) ?? 'EIO' };
  }
}

function isInside(realRoot: string, target: string): boolean {
  const relative = path.relative(realRoot, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isSkipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function isYamlName(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}
