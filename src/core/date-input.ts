import { isDateInRange, parseCivilDate, type CivilDate } from './civil-date.js';
import { monthNumber } from './deadline/normalize.js';

export type DateInput = { ok: true; date: CivilDate } | { ok: false; problem: 'format' | 'nonexistent' };

const TODAY_WORDS = new Set(['vandaag', 'today']);
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DUTCH_NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const IN_WORDS = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/;

/**
 * A date as people type it on the command line, in the forms a register's
 * deadlines are written in: `2026-11-30`, `30-11-2026` (also with `/` or
 * `.`), `30 november 2026` (Dutch or English month, or its abbreviation),
 * and `vandaag`/`today`. A form it does not know is a `format` problem; a
 * known form naming a day that does not exist (`30-02-2026`) is `nonexistent`.
 */
export function readDateInput(text: string, today: CivilDate): DateInput {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (TODAY_WORDS.has(value)) return { ok: true, date: today };
  let parts: [number, number, number] | undefined;
  const iso = ISO.exec(value);
  const numeric = DUTCH_NUMERIC.exec(value);
  const words = IN_WORDS.exec(value);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  else if (words && monthNumber(words[2]!) !== undefined) parts = [Number(words[3]), monthNumber(words[2]!)!, Number(words[1])];
  if (!parts) return { ok: false, problem: 'format' };
  const [year, month, day] = parts;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseCivilDate(date) ? { ok: true, date } : { ok: false, problem: 'nonexistent' };
}

export type SourceDateInput = { ok: true; date: string; anchor: CivilDate } | { ok: false; problem: 'format' | 'nonexistent' | 'range' };

const MONTH = /^(\d{4})-(\d{1,2})$/;

/**
 * A source's date as typed: a day in any form `readDateInput` reads, or a
 * month (`2026-11`) as a source file may hold it. `date` is what the file
 * holds (`YYYY-MM-DD` or `YYYY-MM`); `anchor` the day relative deadlines count
 * from (a month's first).
 */
export function readSourceDateInput(text: string, today: CivilDate): SourceDateInput {
  const month = MONTH.exec(text.trim());
  if (month) {
    const date = `${month[1]}-${month[2]!.padStart(2, '0')}`;
    const anchor = `${date}-01`;
    if (!parseCivilDate(anchor)) return { ok: false, problem: 'nonexistent' };
    return isDateInRange(anchor) ? { ok: true, date, anchor } : { ok: false, problem: 'range' };
  }
  const read = readDateInput(text, today);
  if (!read.ok) return read;
  return isDateInRange(read.date) ? { ok: true, date: read.date, anchor: read.date } : { ok: false, problem: 'range' };
}
