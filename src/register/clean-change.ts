import type { Calendar } from '../core/calendar.js';
import { isInRange } from '../core/civil-date.js';
import { addSpan, type Span } from '../core/deadline/span.js';
import type { Commitment, Source } from '../core/model.js';
import { resolveDeadlines, type ResolvedDeadlines } from '../core/resolve-deadlines.js';
import type { FileValidation } from '../core/validate/validate.js';
import { addTo } from '../core/list-map.js';
import { importedKey } from '../core/validate/duplicate-imports.js';

/** What the unchanged files of a clean register hold that the checks spanning files look at. */
export interface KeptFiles {
  /** Asked only of ids the changed files hold or link to: a large register's ids need not be gathered into a set for a change that adds none. */
  ids: { has: (id: string) => boolean };
  sourceIds: { has: (id: string) => boolean };
  /** Every `depends_on` and `due.after`, as [from, to]. */
  links: Iterable<readonly [string, string]>;
  /** The status and delivery of a kept commitment a changed one is due some time after; undefined when it cannot be read. */
  prerequisite: (id: string) => Pick<Commitment, 'status' | 'delivered'> | undefined;
  /** The span of a kept commitment due some time after another (`due: {after, within}`). */
  spanOf: (id: string) => Span | undefined;
  /**
   * The imported records (`importedKey`) the changed files' commitments were
   * made from before the change; undefined when that cannot be read. Asked
   * only when a changed commitment is imported: the kept files' records are
   * not at hand, and a record the changed files did not hold may be one of
   * theirs (`W_DUPLICATE_IMPORTED_ID`).
   */
  importedBefore: () => ReadonlySet<string> | undefined;
  /** Whether a kept file may hold a commitment imported from a record with one of these ids; true when it cannot tell. */
  mayHoldRecords: (recordIds: ReadonlySet<string>) => boolean;
}

/** The changed files' sources and commitments, and the deadlines of those commitments. */
export interface CleanChange {
  sources: Source[];
  commitments: Commitment[];
  deadlines: ResolvedDeadlines;
}

/**
 * Changed source files of a register that was clean, checked against the
 * rest without the rest's YAML: each file clean on its own, no id or source
 * id taken twice, no link to an id that is gone, no cycle, every deadline
 * resolved. A deadline is the commitment's own business (its phrase, its
 * date, the calendar), so the others' deadlines stand as they were. Undefined
 * when anything at all is not plainly clean: the caller then checks the
 * register whole, which reports each problem exactly.
 */
export function checkCleanChange(kept: KeptFiles, changed: readonly FileValidation[], calendar: Calendar): CleanChange | undefined {
  // The changed files' own ids and source ids; the others' are asked of `kept`.
  const ids = new Set<string>();
  const sourceIds = new Set<string>();
  const sources: Source[] = [];
  const commitments: Commitment[] = [];
  const newLinks: [string, string][] = [];
  for (const validation of changed) {
    if (!isCleanSourceFile(validation)) return undefined;
    // A clean source file has its source and every commitment checked.
    const source = validation.source!.source!;
    if (sourceIds.has(source.id) || kept.sourceIds.has(source.id)) return undefined;
    sourceIds.add(source.id);
    sources.push(source);
    for (const { checked } of validation.source!.commitments) {
      const commitment = checked!.commitment;
      if (ids.has(commitment.id) || kept.ids.has(commitment.id)) return undefined;
      ids.add(commitment.id);
      commitments.push(commitment);
      for (const link of linksOf(commitment)) newLinks.push(link);
    }
  }
  if (!sameRecords(kept, commitments)) return undefined;
  const links: (readonly [string, string])[] = [...kept.links, ...newLinks];
  if (links.some(([, target]) => !ids.has(target) && !kept.ids.has(target))) return undefined;
  // Only the changed commitments' links are new: a new cycle runs through one of them.
  if (newLinks.length > 0 && hasCycle(links)) return undefined;
  const deadlines = resolveDeadlines({ sources, commitments }, calendar);
  if (deadlines.diagnostics.length > 0 || !deliveriesFit(kept, commitments, deadlines.spans)) return undefined;
  return { sources, commitments, deadlines };
}

/**
 * Whether the changed commitments are made from no record twice, nor from a
 * record a kept file holds: one the changed files held before is in no kept
 * file (the register was clean), any other is asked of the kept files.
 */
function sameRecords(kept: KeptFiles, changed: readonly Commitment[]): boolean {
  const records = new Map<string, string>();
  for (const commitment of changed) {
    const key = importedKey(commitment);
    if (key === undefined) continue;
    if (records.has(key)) return false;
    records.set(key, commitment.imported!.id!);
  }
  if (records.size === 0) return true;
  const before = kept.importedBefore();
  const fresh = new Set<string>();
  for (const [key, id] of records) if (!before?.has(key)) fresh.add(id);
  return fresh.size === 0 || !kept.mayHoldRecords(fresh);
}

/**
 * Whether every deadline counted from a delivery, where either side is
 * changed, is as the whole check wants it: its window within the dates
 * handled (`E_DEADLINE_RANGE`), and no open commitment counting from a
 * delivery on a day not recorded (`W_AFTER_UNDATED_DELIVERY`). The changed
 * commitments' own deadlines were resolved among themselves only, and the
 * kept ones' not at all.
 */
function deliveriesFit(kept: KeptFiles, changed: readonly Commitment[], spans: ReadonlyMap<string, Span>): boolean {
  let byId: Map<string, Commitment> | undefined;
  const changedOne = (id: string) => (byId ??= new Map(changed.map((commitment) => [commitment.id, commitment]))).get(id);
  for (const commitment of changed) {
    if (commitment.due?.kind !== 'after') continue;
    const before = changedOne(commitment.due.after) ?? kept.prerequisite(commitment.due.after);
    const open = commitment.status === 'open' || commitment.status === 'partial';
    if (!before || !fitsAfter(spans.get(commitment.id), before, open)) return false;
  }
  // A kept commitment due after a changed one: its status is not at hand, so it is taken as open.
  for (const [from, to] of kept.links) {
    const before = changedOne(to);
    const span = before && kept.spanOf(from);
    if (span && !fitsAfter(span, before!, true)) return false;
  }
  return true;
}

export function fitsAfter(span: Span | undefined, before: Pick<Commitment, 'status' | 'delivered'>, open: boolean): boolean {
  if (!span || before.status !== 'delivered') return true;
  const on = before.delivered?.on;
  return on === undefined ? !open : isInRange(addSpan(on, span, 'upper'));
}

/** A source file that read, with a source and every commitment checked, and nothing at all to report. */
export function isCleanSourceFile(validation: FileValidation): boolean {
  const read = validation.source;
  return validation.read && validation.diagnostics.length === 0 && read?.source !== undefined && read.commitments.every((commitment) => commitment.checked !== undefined);
}

/** The imported records (`importedKey`) these commitments are made from. */
export function importedKeys(commitments: Iterable<Pick<Commitment, 'imported'>>): Set<string> {
  const keys = new Set<string>();
  for (const commitment of commitments) {
    const key = importedKey(commitment);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

/** Whether a commitment was imported from a record with one of these ids (whatever register it came from: `KeptFiles.mayHoldRecords` may answer yes too often, never too rarely). */
export function madeFromAny(commitment: Pick<Commitment, 'imported'>, recordIds: ReadonlySet<string>): boolean {
  const id = commitment.imported?.id;
  return id !== undefined && recordIds.has(id);
}

/** A commitment's links to others: `depends_on` and `due.after`, as [from, to]. */
export function linksOf(commitment: Pick<Commitment, 'id' | 'dependsOn' | 'due'>): [string, string][] {
  // Most commitments link to nothing: they cost no list of their own.
  if (commitment.dependsOn.length === 0 && commitment.due?.kind !== 'after') return NO_LINKS;
  const links: [string, string][] = commitment.dependsOn.map((target) => [commitment.id, target]);
  if (commitment.due?.kind === 'after') links.push([commitment.id, commitment.due.after]);
  return links;
}

const NO_LINKS = Object.freeze([]) as unknown as [string, string][];

/** Whether the links, as edges from one id to another, form a cycle. */
export function hasCycle(links: readonly (readonly [string, string])[]): boolean {
  const edges = new Map<string, string[]>();
  for (const [from, to] of links) addTo(edges, from, to);
  // 1 while on the current path, 2 once every path from it is known to end.
  const state = new Map<string, 1 | 2>();
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = edges.get(top.id) ?? [];
      if (top.next === targets.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const target = targets[top.next++]!;
      const seen = state.get(target);
      if (seen === 1) return true;
      if (seen === undefined) {
        state.set(target, 1);
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return false;
}
