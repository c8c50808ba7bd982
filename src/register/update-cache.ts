import type { Commitment, Source } from '../core/model.js';
import type { Span } from '../core/deadline/span.js';
import type { FileValidation } from '../core/validate/validate.js';
import { isKeyedContent, type RegisterKey } from './cache-key.js';
import { checkCleanChange, importedKeys, isCleanSourceFile, linksOf } from './clean-change.js';
import { entryName, fileCacheFolder, writeFileValidations } from './file-cache.js';
import { rebuildsFromCache } from './file-check-from-cache.js';
import { CONFIG_FILE, type LoadedFile } from './load.js';
import { readPreviousCache, rebuildingSegment, segmentsMayHoldRecords, sourcesByFile, summaryIn, writeCacheSegments, type SegmentPlan } from './register-cache.js';
import { validateLoadedFile } from './validate-files.js';

/**
 * Brings the cache up to date after some files changed, by parsing only
 * those. What the cache holds is a clean register; the changed files must
 * then check clean on their own, and against the others: no id or source id
 * taken twice, no link to an id that is gone, no cycle through a changed
 * commitment. Those checks run over the previous cache's header (every
 * file's ids and links), never over its lines, which are copied as bytes.
 * True when the cache now holds the register of `key`. False whenever
 * anything is not plainly clean (or there is no cache to start from): the
 * caller then checks the register whole, which reports each problem exactly
 * as it always has.
 */
export function updateCachedRegister(directory: string, root: string, files: readonly LoadedFile[], key: RegisterKey): boolean {
  const previous = readPreviousCache(directory, root);
  if (!previous || files.length !== key.files.length) return false;
  const { header } = previous;
  const plans: SegmentPlan[] = [];
  const kept = new Set<number>();
  const changed: { index: number; validation: FileValidation }[] = [];
  for (const [index, file] of files.entries()) {
    const { path, hash } = key.files[index]!;
    if (path !== file.path) return false;
    const copy = previous.byFile.get(`${path}\0${hash}`);
    if (copy !== undefined) {
      kept.add(copy);
      plans.push({ path, hash, copy });
      continue;
    }
    // The settings shape every file's deadlines: a change to them is a change to everything.
    if (file.role === 'config') return false;
    const validation = validateLoadedFile(file);
    // A file the key trusted by its stamp is read only now: edited since, it is not the file the key names.
    if (!isCleanSourceFile(validation) || !file.bytes || !isKeyedContent(file.bytes, hash)) return false;
    changed.push({ index, validation });
    plans.push({ path, hash, commitments: validation.source!.commitments.map((read) => read.checked!.commitment), rebuilds: rebuildsFromCache(validation) });
  }
  if (header.segments.some((segment, index) => segment[0] === CONFIG_FILE && !kept.has(index))) return false;

  const links: [string, string][] = [];
  const oldSources = sourcesByFile(previous);
  const sourceIds = new Set<string>();
  // The check asks of the kept ids only whether they hold a changed commitment's id or a link's target: those are
  // looked for among them, rather than every kept id put in a set (300,000 of them for an edit of one file).
  const asked = new Set<string>();
  for (const { validation } of changed) {
    for (const read of validation.source!.commitments) {
      const commitment = read.checked!.commitment;
      asked.add(commitment.id);
      for (const [, target] of linksOf(commitment)) asked.add(target);
    }
  }
  for (const index of kept) {
    const segment = header.segments[index]!;
    if (segment[3]) for (const link of segment[3]) links.push(link);
    for (const source of oldSources.get(segment[0]) ?? []) sourceIds.add(source.id);
  }
  for (const [, target] of links) asked.add(target);
  const ids = new Set<string>();
  for (const index of kept) for (const id of header.segments[index]![2]) if (asked.has(id)) ids.add(id);
  const oldSpans = new Map(header.spans);
  const prerequisite = (id: string) => {
    for (const index of kept) {
      const found = summaryIn(previous, index, id);
      if (found) return found;
    }
    return undefined;
  };
  const importedBefore = () => {
    const before: Commitment[] = [];
    for (const { index } of changed) {
      const at = header.segments.findIndex((segment) => segment[0] === files[index]!.path);
      if (at < 0) continue;
      const held = rebuildingSegment(previous, at);
      if (!held) return undefined;
      before.push(...held);
    }
    return importedKeys(before);
  };
  const mayHoldRecords = (recordIds: ReadonlySet<string>) => segmentsMayHoldRecords(previous, kept, recordIds);
  const change = checkCleanChange({ ids, sourceIds, links, prerequisite, spanOf: (id) => oldSpans.get(id), importedBefore, mayHoldRecords }, changed.map(({ validation }) => validation), header.calendar);
  if (!change) return false;
  const { deadlines } = change;

  const sources: Source[] = [];
  const spans: [string, Span][] = [];
  let next = 0;
  for (const plan of plans) {
    if ('copy' in plan) {
      for (const source of oldSources.get(plan.path) ?? []) sources.push(source);
      for (const id of header.segments[plan.copy]![2]) {
        const span = oldSpans.get(id);
        if (span) spans.push([id, span]);
      }
      continue;
    }
    sources.push(changed[next++]!.validation.source!.source!);
    for (const commitment of plan.commitments) {
      const span = deadlines.spans.get(commitment.id);
      if (span) spans.push([commitment.id, span]);
    }
  }
  // A copied segment that does not check leaves the cache as it was: the register is then checked whole.
  if (writeCacheSegments(directory, root, { key: key.key, segments: plans, sources, config: header.config, calendar: header.calendar, windows: deadlines.windows, spans }, previous) === 'stale') return false;

  const names = new Set(files.map((file, index) => entryName(file.path, file.role, key.files[index]!.hash)));
  // The cache just written gives back the checks that rebuild from it.
  const fresh = new Map(changed.filter(({ validation }) => !rebuildsFromCache(validation)).map(({ index, validation }) => [entryName(files[index]!.path, files[index]!.role, key.files[index]!.hash), validation]));
  writeFileValidations(fileCacheFolder(directory, root), fresh, names);
  return true;
}

