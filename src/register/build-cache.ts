import { withOverrides, type Calendar } from '../core/calendar.js';
import type { Span } from '../core/deadline/span.js';
import type { PhraseOutcome } from '../core/deadline/resolve.js';
import type { Commitment, RegisterConfig, Source } from '../core/model.js';
import { resolveDeadlines } from '../core/resolve-deadlines.js';
import type { FileValidation } from '../core/validate/validate.js';
import type { RegisterKey } from './cache-key.js';
import { fitsAfter, hasCycle, isCleanSourceFile, linksOf } from './clean-change.js';
import { importedKey } from '../core/validate/duplicate-imports.js';
import { fileCacheFolder, writeFileValidations } from './file-cache.js';
import { rebuildsFromCache } from './file-check-from-cache.js';
import type { LoadedFile } from './load.js';
import { cacheFile, detached, SegmentWriter } from './register-cache.js';
import { spooledPieces, type LinePieces } from './line-pieces.js';
import { fileChecker } from './validate-files.js';
import { holdYoungGeneration } from './young-generation.js';
import { makeFolder } from './make-folder.js';

/**
 * The register cache of a clean register made from its files one at a time:
 * each file is checked, its deadlines resolved and its lines made, and its
 * commitments let go before the next file is read. The checks that span
 * files run over what is kept of each (ids, source ids, links), and the
 * caller then reads the register from the cache, as a warm read does. At
 * 50,000 imported commitments, the whole register's objects held at once
 * were most of a first read's memory.
 *
 * True when the cache now holds the register of `key`. False, with no
 * cache written, as soon as anything is not plainly clean (a file with a
 * finding, an id taken twice, a link to nothing, a cycle, a deadline counted
 * from a delivery in another file): the caller then reads the register
 * whole, which reports each problem exactly as it always has.
 */
export function buildCache(directory: string, root: string, files: readonly LoadedFile[], key: RegisterKey, shippedCalendar: Calendar, onFile?: (done: number, total: number) => void): boolean {
  if (files.length !== key.files.length || files.some((file, index) => key.files[index]!.path !== file.path)) return false;
  // Bytes read before are read again as each file is parsed (and checked against the key then): held until then,
  // every file's bytes were a register's size in memory at the start.
  for (const file of files) delete file.bytes;
  // The lines go to disk as each file's are made, and are copied into the cache once its header is known.
  let summaryPieces: LinePieces | undefined;
  let detailsPieces: LinePieces | undefined;
  try {
    makeFolder(directory);
    summaryPieces = spooledPieces(cacheFile(directory, root, 'summary'));
    detailsPieces = spooledPieces(cacheFile(directory, root, 'details'));
  } catch {
    // Read-only home, full disk: no cache to make.
    summaryPieces?.close();
    return false;
  }
  try {
    return writeFromFiles(directory, root, files, key, shippedCalendar, new SegmentWriter(undefined, summaryPieces, detailsPieces), onFile);
  } finally {
    summaryPieces.close();
    detailsPieces.close();
  }
}

/** `buildCache`, its lines going to `writer`. */
function writeFromFiles(directory: string, root: string, files: readonly LoadedFile[], key: RegisterKey, shippedCalendar: Calendar, writer: SegmentWriter, onFile?: (done: number, total: number) => void): boolean {
  const check = fileChecker(directory, root, key);
  const folder = fileCacheFolder(directory, root);
  const names = new Set<string>();
  let parsedAny = false;
  /** Checks a file, keeping its per-file entry when the register cache will not give its check back; undefined for a file edited while it was read. */
  const checked = (file: LoadedFile, index: number): { validation: FileValidation; rebuilds: boolean } | undefined => {
    holdYoungGeneration();
    const result = check(file, index);
    holdYoungGeneration();
    delete file.bytes;
    if (result.unkeyed) return undefined;
    const { validation, name } = result;
    if (name) names.add(name);
    parsedAny ||= result.parsed;
    const rebuilds = result.fromRegisterCache || rebuildsFromCache(validation);
    if (result.parsed && name && !rebuilds) writeFileValidations(folder, new Map([[name, validation]]));
    return { validation, rebuilds };
  };

  // The settings shape every file's deadlines: read first, wherever the file is in the register's order.
  const configIndex = files.findIndex((file) => file.role === 'config');
  let config: RegisterConfig = { recesses: [] };
  let configCheck: { validation: FileValidation; rebuilds: boolean } | undefined;
  if (configIndex >= 0) {
    configCheck = checked(files[configIndex]!, configIndex);
    const validation = configCheck?.validation;
    if (!validation?.read || validation.diagnostics.length > 0 || !validation.config) return false;
    config = validation.config;
  }
  const calendar = withOverrides(shippedCalendar, config.recesses);

  const sources: Source[] = [];
  const sourceIds = new Set<string>();
  const ids = new Set<string>();
  const links: [string, string][] = [];
  const spans: [string, Span][] = [];
  // The imported records, as numbers (see `recordNumber`): two alike send the register to the whole check, which says whether they are one record.
  const records: number[] = [];
  const resolved = new Map<string, PhraseOutcome>();
  for (const [index, file] of files.entries()) {
    const { path, hash } = key.files[index]!;
    const fileCheck = index === configIndex ? configCheck : checked(file, index);
    if (!fileCheck) return false;
    const { validation, rebuilds } = fileCheck;
    if (index === configIndex) {
      writer.make({ path, hash, commitments: [], rebuilds }, new Map(), new Map());
      onFile?.(index + 1, files.length);
      continue;
    }
    if (!isCleanSourceFile(validation)) return false;
    const source = detached(validation.source!.source!);
    if (sourceIds.has(source.id)) return false;
    sourceIds.add(source.id);
    sources.push(source);
    const commitments = validation.source!.commitments.map((read) => read.checked!.commitment);
    const fileIds = new Set<string>();
    for (const commitment of commitments) {
      if (ids.has(commitment.id) || fileIds.has(commitment.id)) return false;
      fileIds.add(commitment.id);
    }
    const deadlines = resolveDeadlines({ sources: [source], commitments }, calendar, resolved);
    if (deadlines.diagnostics.length > 0 || !deliveriesFitWithin(commitments, deadlines.spans)) return false;
    for (const id of writer.make({ path, hash, commitments, rebuilds }, deadlines.windows, new Map([[source.id, source]]))) ids.add(id);
    // What is kept of the file is copied out of its text (see `detached`).
    for (const commitment of commitments) for (const link of linksOf(commitment)) links.push(detached(link));
    for (const commitment of commitments) {
      const record = importedKey(commitment);
      if (record !== undefined) records.push(recordNumber(record));
    }
    for (const [id, span] of deadlines.spans) spans.push(detached([id, span]));
    onFile?.(index + 1, files.length);
  }
  if (links.some(([, target]) => !ids.has(target)) || hasCycle(links) || hasRepeat(records)) return false;

  if (!writer.write(directory, root, { key: key.key, sources, config, calendar, spans })) return false;
  // Entries of file versions no longer in the register go, as a whole read's store of the files it parsed does.
  if (parsedAny) writeFileValidations(folder, new Map(), names);
  return true;
}

/**
 * Whether each deadline counted from a delivery counts from one in the same
 * file, and fits it as the whole check wants (see `fitsAfter`); one counted
 * from another file's is left to the whole check.
 */
function deliveriesFitWithin(commitments: readonly Commitment[], spans: ReadonlyMap<string, Span>): boolean {
  let byId: Map<string, Commitment> | undefined;
  for (const commitment of commitments) {
    if (commitment.due?.kind !== 'after') continue;
    byId ??= new Map(commitments.map((each) => [each.id, each]));
    const before = byId.get(commitment.due.after);
    const open = commitment.status === 'open' || commitment.status === 'partial';
    if (!before || !fitsAfter(spans.get(commitment.id), before, open)) return false;
  }
  return true;
}

/** A 52-bit number for a text (two 32-bit FNV-1a hashes, the second cut to 20 bits): equal texts give equal numbers, and unequal ones almost never do. */
function recordNumber(text: string): number {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    first = Math.imul(first ^ unit, 0x01000193) >>> 0;
    second = Math.imul(second ^ unit, 0x5bd1e995) >>> 0;
  }
  return first * 0x100000 + (second & 0xfffff);
}

/** Whether any number occurs twice; sorts `numbers`. */
function hasRepeat(numbers: number[]): boolean {
  numbers.sort((a, b) => a - b);
  for (let at = 1; at < numbers.length; at++) if (numbers[at] === numbers[at - 1]) return true;
  return false;
}
