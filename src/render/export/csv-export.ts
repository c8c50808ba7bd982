import type { AssessedCommitment, Assessment } from '../../core/assess.js';
import type { Commitment } from '../../core/model.js';
import { dueOf } from '../describe-item.js';
import { terminalSafe } from '../terminal-safe.js';
import type { Chunks } from '../chunks.js';
import { csvDocument, type CsvValue } from './csv-writer.js';

/**
 * The columns, named like the JSON keys and never translated, so that a
 * script reading the file works whatever `--lang` was; `status` and `state`
 * hold their stable English codes for the same reason.
 */
export const CSV_COLUMNS = [
  'id', 'title', 'source', 'status', 'state', 'due', 'from', 'to',
  'daysLate', 'daysLeft', 'waitingOn', 'deliveredOn', 'tags', 'file', 'line',
  // Last, so that scripts reading the earlier columns by position keep working.
  'instance', 'event', 'eventDate',
] as const;

/**
 * A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` (and, in some,
 * a tab or carriage return) as a formula, so a register title like
 * `=HYPERLINK(...)` could act when the file is opened (CSV injection, see
 * OWASP). Such text gets a leading `'`, which spreadsheets show as text.
 * Numbers are written as numbers and never start that way.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Text from the register, formula-guarded. Control characters (an escape
 * sequence in a title) are shown as `\u{1b}` like in all text output, since
 * the file may well be printed on a terminal; tabs and line breaks are kept.
 */
function text(value: string | null | undefined): CsvValue {
  return value === null || value === undefined ? null : guardFormula(terminalSafe(value));
}

function row(item: AssessedCommitment<Commitment>): CsvValue[] {
  const c = item.commitment;
  const due = dueOf(item);
  return [
    text(c.id),
    text(c.title),
    text(c.sourceId),
    c.status,
    item.state,
    text(due?.phrase),
    due?.from ?? null,
    due?.to ?? null,
    item.daysLate,
    item.daysLeft,
    text(item.waitingOn ?? item.waitingOnEvent),
    c.delivered?.on ?? null,
    text(c.tags.join(';')),
    text(c.position.file),
    c.position.line,
    item.recurrence?.instance ?? null,
    text(item.event?.event),
    item.event?.date ?? null,
  ];
}

/** `export --format csv`: one record per commitment, in register order. */
export function renderCsvExport(assessment: Assessment<Commitment>): Chunks {
  return csvDocument(CSV_COLUMNS, rows(assessment.items));
}

function* rows(items: Iterable<AssessedCommitment<Commitment>>): Iterable<CsvValue[]> {
  for (const item of items) yield row(item);
}
