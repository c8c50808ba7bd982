import type { Messages } from '../../messages/index.js';
import { SCHEMA_VERSION } from '../../render/commitment-json.js';
import { terminalSafe } from '../../render/terminal-safe.js';
import type { ImportOutcome } from './apply-import.js';

export interface SummaryContext {
  /** The address read, or the saved file. */
  origin: string;
  /** Pages read from the live source; absent for saved responses. */
  pages?: number;
  /** Items of the responses that were not records (no `Id`). */
  ignored: number;
  dryRun: boolean;
  /** The stored sync point predated `ApiGewijzigdOp`, so this run read everything. */
  migrated?: boolean;
}

/** The import's summary as words, for stdout. Pure. */
export function importSummaryText(outcome: ImportOutcome, context: SummaryContext, messages: Messages): string {
  const m = messages.import;
  const s = outcome.plan.summary;
  const lines = [
    m.read(terminalSafe(context.origin), s.records, context.pages, s.considered),
    `  ${m.counts(s.added, s.updated, s.unchanged, s.removed)}`,
    `  ${m.deadlines(s.dueFromDate, s.dueFromText, s.dueKept, s.noDue, s.dueEventBound)}`,
  ];
  if (context.ignored > 0) lines.push(`  ${m.ignored(context.ignored)}`);
  for (const { nummer, value } of s.unknownStatuses) lines.push(`  ${m.unknownStatus(terminalSafe(nummer), terminalSafe(value))}`);
  for (const nummer of s.undated) lines.push(`  ${m.undated(terminalSafe(nummer))}`);
  for (const { nummer, file } of s.elsewhere) lines.push(`  ${m.elsewhere(terminalSafe(nummer), terminalSafe(file))}`);
  for (const { id, records, file } of s.collisions) {
    const names = terminalSafe(records.join(', '));
    lines.push(`  ${file === undefined ? m.collision(id, names) : m.collisionHeld(id, names, terminalSafe(file))}`);
  }
  const files = outcome.files.map(({ path, created }) => (created ? m.newFile(path) : path));
  if (files.length === 0) lines.push(m.nothingChanged);
  else lines.push(context.dryRun ? m.wouldWrite(files.join(', ')) : m.wrote(files.join(', ')));
  if (context.migrated) lines.push(m.migrated);
  if (outcome.lastSync !== undefined) lines.push(context.dryRun ? m.wouldRemember(outcome.lastSync) : m.remembered(outcome.lastSync));
  return `${lines.join('\n')}\n`;
}

/** The same summary as one JSON object, for scripts. */
export function importSummaryJson(outcome: ImportOutcome, context: SummaryContext): string {
  const { summary } = outcome.plan;
  return `${JSON.stringify(
    {
      schemaVersion: SCHEMA_VERSION,
      origin: context.origin,
      pages: context.pages ?? null,
      ignored: context.ignored,
      dryRun: context.dryRun,
      migrated: context.migrated ?? false,
      ...summary,
      files: outcome.files,
      lastSync: outcome.lastSync ?? null,
    },
    null,
    2,
  )}\n`;
}
