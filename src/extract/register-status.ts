import { statusOf } from '../core/validate/status-alias.js';
import type { Draft } from './model.js';
import { skipDrafted } from './skip-drafted.js';

/** A register entry's own status line, as its "Kerngegevens" give it: "Status voldaan", "Status | deels voldaan". */
const STATUS_LINE = /^[ \t]*Status[ \t]*\|?[ \t]*(\p{L}+(?:[ \t]\p{L}+)?)[ \t|]*$/gimu;
/** An entry's heading ("Toezegging Tussentijdse evaluaties (33.506) (T02589)"): where the next entry of a register's overview starts. */
export const ENTRY_HEADING = /^[ \t]*Toezegging[ \t]+\S/gm;
/** The Eerste Kamer's rappel or overview of a ministry's entries ("Rappelabele toezeggingen Justitie en Veiligheid (Totaaloverzicht februari 2022)"). */
export const RAPPEL_PAGE = /^\s*Rappelabele toezeggingen\b/;

/**
 * A status where the text reports it (issue 11): the promises drafted from a
 * register entry take the status its "Kerngegevens" give, from its heading
 * (or the page's start) to the next entry's heading. The register names no
 * day of delivery: a promise "voldaan" is delivered on a day unknown. A
 * status the sentence itself gave (a standing promise, a delivery with its
 * day) stays. On a rappel, an entry reported as kept is not drafted at all.
 */
export function withRegisterStatus(text: string, draft: Draft): Draft {
  const headings = [...text.matchAll(ENTRY_HEADING)].map((match) => match.index);
  const bounds = [0, ...headings.filter((index) => index > 0), text.length];
  const entries: { start: number; end: number; status: NonNullable<ReturnType<typeof statusOf>> }[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const [start, end] = [bounds[index]!, bounds[index + 1]!];
    const statuses = [...text.slice(start, end).matchAll(STATUS_LINE)].map((match) => statusOf(match[1]!)).filter((status) => status !== undefined);
    if (statuses.length === 1) entries.push({ start, end, status: statuses[0]! });
  }
  if (entries.length === 0) return draft;
  // A rappel reporting an entry as kept reports a kept promise (GUIDE §1, the lead's D9); the entry's own page still records it, delivered.
  if (RAPPEL_PAGE.test(text)) {
    const kept = draft.commitments.filter((commitment) => entries.some(({ start, end, status }) => status === 'delivered' && commitment.start >= start && commitment.start < end));
    draft = skipDrafted(text, draft, new Set(kept.map((commitment) => commitment.id)), 'past');
  }
  return {
    ...draft,
    commitments: draft.commitments.map((commitment) => {
      const entry = entries.find(({ start, end }) => commitment.start >= start && commitment.start < end);
      if (!entry || commitment.status !== 'open' || entry.status === 'open') return commitment;
      return { ...commitment, status: entry.status, delivered: entry.status === 'delivered' ? { dateUnknown: true } : undefined };
    }),
  };
}
