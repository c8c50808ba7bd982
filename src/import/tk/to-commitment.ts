import type { Calendar } from '../../core/calendar.js';
import type { CivilDate } from '../../core/civil-date.js';
import { findDeadline, prepareText, type PreparedText } from '../../core/deadline/find-in-text.js';
import { LINK_KINDS, type Delivery, type ImportedFrom, type Status } from '../../core/model.js';
import { dayInAmsterdam } from './instant.js';
import { TK_STATUSES, type TkRecord } from './record.js';
import { titleFromText } from './title.js';

/** The fields of a commitment that the Tweede Kamer owns: every import rewrites them. */
export interface OwnedFields {
  id: string;
  title: string;
  quote?: string;
  made?: CivilDate;
  /** A deadline phrase: `uiterlijk <DatumNakoming>`, or one found in the text. */
  due?: string;
  status: Status;
  delivered?: Delivery;
  to: string[];
  imported: ImportedFrom;
}

export type Mapped =
  /** `eventBound`: the deadline found in the text waits on an event without a date. */
  | { ok: true; fields: OwnedFields; month: string; eventBound: boolean }
  | { ok: false; problem: 'unknown-status'; value: string }
  | { ok: false; problem: 'no-date' };

/** `TZ202412-116`: promise 116 of December 2024. */
export const NUMMER = /^TZ(\d{4})(0[1-9]|1[0-2])-(\d+)$/i;

/** The Kamer's own form of a number; lowercasing exactly this form cannot make two numbers one. */
const CANONICAL_NUMMER = /^TZ\d{4}(?:0[1-9]|1[0-2])-\d+$/;

/**
 * `TZ202412-116` → `tz202412-116`: stable across runs, so a re-import finds
 * what it wrote. A number in any other form (`TZ202412_8`, `tz202412-8`)
 * would share an id with the Kamer's form once made an id, so such a record
 * is known by its `Id` instead: `tk-<Id>`.
 */
export function commitmentIdOf(record: Pick<TkRecord, 'id' | 'nummer'>): string {
  if (record.nummer !== undefined && CANONICAL_NUMMER.test(record.nummer)) return record.nummer.toLowerCase();
  const slug = record.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `tk-${slug === '' ? Buffer.from(record.id).toString('hex') : slug}`;
}

/** The month a record is filed under (`2024-12`): that of its number, else of the day it was made. The import groups records by it before mapping them. */
export function monthOf(record: Pick<TkRecord, 'nummer' | 'aanmaakdatum' | 'gewijzigdOp'>, made: CivilDate | undefined = dayInAmsterdam(record.aanmaakdatum)): string | undefined {
  const numbered = record.nummer === undefined ? null : NUMMER.exec(record.nummer);
  if (numbered) return `${numbered[1]}-${numbered[2]}`;
  return (made ?? dayInAmsterdam(record.gewijzigdOp))?.slice(0, 7);
}

function byLine(record: TkRecord): string | undefined {
  if (record.naam && record.functie) return `${record.naam}, ${record.functie}`;
  return record.naam ?? record.functie;
}

/**
 * The earliest letter's day, and every letter's reference. A delivery whose
 * day the source does not give says so (`dateUnknown`) rather than take one.
 */
function deliveryOf(record: TkRecord, status: Status): Delivery | undefined {
  if (status === 'open' || (record.letters.length === 0 && status !== 'delivered')) return undefined;
  const days = record.letters.map((letter) => dayInAmsterdam(letter.date)).filter((day) => day !== undefined).sort();
  const refs = record.letters.map((letter) => letter.ref).filter((ref) => ref !== undefined);
  const ref = refs.length > 0 ? [...new Set(refs)].join('; ') : undefined;
  const on = days[0];
  return on === undefined ? { dateUnknown: true, ref } : { on, ref };
}

/** The linked promises by the ids their commitments have (or would have), each kind sorted; none when there are none. */
function linksOf(record: TkRecord): ImportedFrom['links'] {
  if (record.links.length === 0) return undefined;
  const links: NonNullable<ImportedFrom['links']> = {};
  for (const kind of LINK_KINDS) {
    const ids = [...new Set(record.links.filter((link) => link.kind === kind).map(commitmentIdOf))].sort();
    if (ids.length > 0) links[kind] = ids;
  }
  return links;
}

/** A deadline found in a record's text: the phrase, and whether it waits on an event without a date. */
export interface TextDeadline {
  phrase: string;
  eventBound: boolean;
}

/** The deadline in a text written on a day, if any. */
export type TextDeadlines = (text: string, anchor: CivilDate) => TextDeadline | undefined;

/** Texts whose deadlines are kept at a time: enough for a month's promises, few enough to weigh nothing. */
const TEXTS_KEPT = 4096;

/**
 * Texts kept ready for the finder at a time (`prepareText`: each with its
 * spans and their verdicts, a kilobyte or more), each from the second day it
 * is asked on: texts read once and kept outlived the collector's young
 * generation and raised a first import's peak memory by some 10 MiB with
 * texts that never repeat.
 */
const PREPARED_KEPT = 256;

/**
 * Finds the deadline of each distinct text and day once (the finder is a
 * pure function of both and the calendar): records may share a text (a
 * promise made again, a standing formula), and the finder is most of what
 * mapping a record costs. What of a text does not depend on the day (the
 * spans the finder reads, their clauses' verdicts) is read once while a
 * text asked on several days is kept ready. Texts are kept a bounded number at a time, so a
 * register whose texts never repeat holds no more for it.
 */
export function textDeadlines(calendar: Calendar, kept = TEXTS_KEPT, keptReady = PREPARED_KEPT): TextDeadlines {
  const byText = new Map<string, Map<CivilDate, TextDeadline | null>>();
  const ready = new Map<string, PreparedText>();
  return (text, anchor) => {
    let byDay = byText.get(text);
    if (byDay === undefined) {
      if (byText.size >= kept) byText.clear();
      byText.set(text, (byDay = new Map()));
    }
    let deadline = byDay.get(anchor);
    if (deadline === undefined) {
      // Kept ready from its second day on: a text asked once is let go with its reading, as young as it came.
      let prepared = ready.get(text);
      if (prepared === undefined && byDay.size > 0) {
        if (ready.size >= keptReady) ready.clear();
        ready.set(text, (prepared = prepareText(text)));
      }
      const found = findDeadline(prepared ?? text, anchor, calendar);
      deadline = found && { phrase: found.phrase, eventBound: found.resolution.kind === 'event' && found.resolution.date === null };
      byDay.set(anchor, deadline);
    }
    return deadline ?? undefined;
  };
}

/**
 * Maps one record to the fields the source owns; the deadline comes from
 * `DatumNakoming`, else from a phrase in `Tekst` (found by `deadlines`, which
 * an import shares between its records).
 */
export function toOwnedFields(record: TkRecord, calendar: Calendar, deadlines: TextDeadlines = textDeadlines(calendar)): Mapped {
  const status = record.status === undefined ? undefined : TK_STATUSES.get(record.status);
  if (status === undefined) return { ok: false, problem: 'unknown-status', value: record.status ?? '' };
  const made = dayInAmsterdam(record.aanmaakdatum);
  const month = monthOf(record, made);
  if (month === undefined) return { ok: false, problem: 'no-date' };

  const promisedBy = dayInAmsterdam(record.datumNakoming);
  let due: string | undefined;
  let dueFrom: ImportedFrom['dueFrom'];
  let eventBound = false;
  if (promisedBy !== undefined) {
    due = `uiterlijk ${promisedBy}`;
    dueFrom = 'date';
  } else if (record.tekst !== undefined) {
    const found = deadlines(record.tekst, made ?? `${month}-01`);
    if (found) {
      due = found.phrase;
      dueFrom = 'text';
      eventBound = found.eventBound;
    }
  }

  const fields: OwnedFields = {
    id: commitmentIdOf(record),
    title: record.tekst === undefined ? `Toezegging ${record.nummer ?? record.id}` : titleFromText(record.tekst),
    quote: record.tekst,
    made,
    due,
    status,
    delivered: deliveryOf(record, status),
    to: record.toegezegdAan,
    imported: {
      from: 'tk',
      id: record.id,
      nummer: record.nummer,
      activiteit: record.activiteitNummer,
      by: byLine(record),
      ministerie: record.ministerie,
      status: record.status,
      changed: record.gewijzigdOp,
      dueFrom,
      notes: record.notities,
      links: linksOf(record),
    },
  };
  return { ok: true, fields, month, eventBound };
}
