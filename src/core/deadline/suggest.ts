import { daysInMonth, yearOf, type CivilDate } from '../civil-date.js';
import { closest } from '../closest.js';
import { monthNumber, simplify } from './normalize.js';

/**
 * Known forms, one per family and spelling, that a failed phrase is compared
 * with; `{Y}` becomes the year the phrase names (or the anchor's year), so a
 * typo in "zomr 2027" suggests "zomer 2027". Each form resolves (a test holds
 * them to it).
 */
export const KNOWN_FORMS: readonly string[] = [
  '1 maart {Y}', '{Y}-03-01', 'uiterlijk 1 maart {Y}', 'voor 1 maart {Y}',
  'maart {Y}', '{Y}-03', 'begin maart {Y}', 'medio maart {Y}', 'eind maart {Y}', 'uiterlijk maart {Y}',
  'Q3 {Y}', '{Y}-Q3', 'derde kwartaal {Y}', 'eerste helft van {Y}', 'tweede helft van {Y}', 'H1 {Y}', '{Y}-H1',
  '{Y}', 'in {Y}', 'in de loop van {Y}', 'begin {Y}', 'medio {Y}', 'eind {Y}', 'eind van {Y}',
  'voorjaar {Y}', 'zomer {Y}', 'in de zomer van {Y}', 'najaar {Y}', 'herfst {Y}', 'winter {Y}',
  'voor het zomerreces', 'voor het zomerreces {Y}', 'voor de zomer', 'na het zomerreces', 'na de zomer',
  'voor het kerstreces', 'voor het kerstreces {Y}', 'voor Prinsjesdag', 'rond Prinsjesdag', 'rond Prinsjesdag {Y}',
  'bij de Voorjaarsnota', 'bij de Najaarsnota', 'voor Verantwoordingsdag', 'voor de begrotingsbehandeling',
  'op korte termijn', 'zo spoedig mogelijk', 'zo snel mogelijk', 'binnen drie weken', 'binnen 3 maanden',
  'over twee jaar', 'over 2-3 jaar', 'dit jaar', 'volgend jaar', 'dit voorjaar', 'deze zomer', 'dit najaar',
  'doorlopend',
  'summer {Y}', 'first half of {Y}', 'end of {Y}', 'before the summer recess', 'as soon as possible',
  'within 3 months',
];

const REPRESENTATIVE: readonly string[] = ['eerste helft van {Y}', 'voor het zomerreces', 'op korte termijn', '1 maart {Y}'];

/** Recurrence has no single window; a standing promise is the nearest thing the grammar has. */
const RECURRING = /^(?:jaarlijks|elk jaar|ieder jaar|maandelijks|annually|yearly|every year|monthly)\b/;

/** "30 februari 2026" → "28 februari 2026": the last day that month has. */
function lastExistingDay(text: string): string | undefined {
  const named = /\b(\d{1,2}) ([a-z]+) (\d{4})\b/.exec(text);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const found = named
    ? {
        match: named[0],
        day: Number(named[1]),
        month: monthNumber(named[2]!),
        year: Number(named[3]),
        write: (day: number) => `${day} ${named[2]} ${named[3]}`,
      }
    : iso && {
        match: iso[0],
        day: Number(iso[3]),
        month: Number(iso[2]),
        year: Number(iso[1]),
        write: (day: number) => `${iso[1]}-${iso[2]}-${day}`,
      };
  if (!found || found.month === undefined || found.month < 1 || found.month > 12) return undefined;
  const last = daysInMonth(found.year, found.month);
  return found.day > last ? text.replace(found.match, found.write(last)) : undefined;
}

/** Two to four known forms nearest to a phrase that did not resolve; never empty. */
export function suggest(phrase: string, anchor: CivilDate): string[] {
  const text = simplify(phrase);
  const year = /\b(\d{4})\b/.exec(text)?.[1] ?? String(yearOf(anchor));
  const fill = (forms: readonly string[]): string[] => forms.map((form) => form.replaceAll('{Y}', year));
  const representative = fill(REPRESENTATIVE);
  const lead = [lastExistingDay(text), RECURRING.test(text) ? 'doorlopend' : undefined].filter((form) => form !== undefined);
  const near = closest(text, fill(KNOWN_FORMS), 4);
  const found = [...new Set([...lead, ...near])];
  return (found.length >= 2 ? found : [...new Set([...found, ...representative])]).slice(0, 4);
}
