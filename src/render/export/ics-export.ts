import type { AssessedCommitment, Assessment } from '../../core/assess.js';
import type { Commitment } from '../../core/model.js';
import { addDays, compareDates, type CivilDate } from '../../core/civil-date.js';
import { dateInWords } from '../../core/deadline/describe.js';
import type { Messages } from '../../messages/index.js';
import { ruleText, standing } from '../describe-item.js';
import type { Chunks } from '../chunks.js';
import { contentLine, escapeText, escapeTextList, icsDate, icsLines } from './icalendar.js';
import { PROSE_STYLE } from './prose-style.js';

/** The FPI of this program; its language part names the language of the FPI text, not of the calendar. */
const PRODID = '-//toezegging//toezegging//NL';

interface CalendarEntry {
  item: AssessedCommitment<Commitment>;
  last: CivilDate;
  /** The instance of a recurring deadline this event is for. */
  instance?: number;
}

/**
 * Still to be kept and with a last day: what belongs in a calendar. Delivered,
 * closed, lapsed and ongoing ones do not. A recurring deadline gives one event
 * per undelivered instance from the current one on, as far ahead as the
 * assessment lists them.
 */
function calendarEntry(item: AssessedCommitment<Commitment>): CalendarEntry[] {
  const status = item.commitment.status;
  if (status !== 'open' && status !== 'partial') return [];
  const series = item.recurrence;
  if (series) {
    const delivered = new Set((item.commitment.deliveries ?? []).map((delivery) => delivery.instance));
    return series.instances.filter((each) => each.n >= series.instance && !delivered.has(each.n)).map((each) => ({ item, last: each.to, instance: each.n }));
  }
  const last = item.window?.to;
  return last ? [{ item, last }] : [];
}

/**
 * Stable across exports, machines and renames of the register folder, so a
 * re-import updates events instead of duplicating them: the commitment id is
 * unique in its register, the source id (usually a parliamentary document
 * number) sets registers apart.
 */
export function eventUid(item: AssessedCommitment<Commitment>, instance?: number): string {
  const which = instance === undefined ? '' : `.${instance}`;
  return `${item.commitment.id}${which}.${encodeURIComponent(wellFormed(item.commitment.sourceId))}@toezegging`;
}

/**
 * A YAML escape (`"\ud800"`) can put half a surrogate pair in a source id;
 * encodeURIComponent throws on it. It stands for no character: U+FFFD, as
 * the rest of the output shows it.
 */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * `export --format ics`: one all-day event on the last day of each open
 * window. DTSTAMP is the assessment date, not the clock, so the same register
 * and `--as-of` give the same file byte for byte. The title carries no state:
 * a subscribed calendar outlives the export, and a stale "overdue" would
 * mislead; the state as of the export is in the description, with its date.
 */
export function renderIcsExport(assessment: Assessment<Commitment>, messages: Messages): Chunks {
  return icsLines(calendarLines(assessment, messages));
}

function* calendarLines(assessment: Assessment<Commitment>, messages: Messages): Iterable<string> {
  const stamp = `${icsDate(assessment.asOf)}T000000Z`;
  const entries = assessment.items
    .flatMap(calendarEntry)
    .sort((a, b) => compareDates(a.last, b.last) || (a.item.commitment.id < b.item.commitment.id ? -1 : 1));
  yield* [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', PRODID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(messages.export.calendarName)),
  ];
  for (const entry of entries) yield* eventLines(entry, assessment.asOf, stamp, messages);
  yield 'END:VCALENDAR';
}

function eventLines({ item, last, instance }: CalendarEntry, asOf: CivilDate, stamp: string, messages: Messages): string[] {
  const c = item.commitment;
  const url = item.source?.url;
  return [
    'BEGIN:VEVENT',
    contentLine('UID', eventUid(item, instance)),
    contentLine('DTSTAMP', stamp),
    contentLine('DTSTART', icsDate(last), { VALUE: 'DATE' }),
    contentLine('DTEND', icsDate(addDays(last, 1)), { VALUE: 'DATE' }),
    contentLine('SUMMARY', escapeText(instance === undefined ? c.title : messages.export.ics.instanceTitle(c.title, instance))),
    contentLine('DESCRIPTION', escapeText(description(item, asOf, messages))),
    ...(url ? [contentLine('URL', url)] : []),
    ...(c.tags.length > 0 ? [contentLine('CATEGORIES', escapeTextList(c.tags))] : []),
    // A deadline is a reminder, not time the reader is busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function description(item: AssessedCommitment<Commitment>, asOf: CivilDate, messages: Messages): string {
  const m = messages.export.ics;
  const c = item.commitment;
  const window = item.window;
  const source = item.source ? `${item.source.id}: ${item.source.title}` : c.sourceId;
  return [
    c.quote === undefined ? undefined : `“${c.quote.trim()}”`,
    window ? m.due(ruleText(window, messages)) : undefined,
    m.standing(dateInWords(asOf, messages.deadline), standing(item, messages, PROSE_STYLE)),
    m.source(source),
    c.to.length > 0 ? m.promisedTo(c.to.join(', ')) : undefined,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}
