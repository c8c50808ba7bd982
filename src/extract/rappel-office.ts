import type { Draft } from './model.js';
import { ENTRY_HEADING, RAPPEL_PAGE } from './register-status.js';
import { responsibleNow } from './signed-by.js';

/**
 * On the Eerste Kamer's rappel of a ministry's open entries, each entry's promises bind the office that answers for
 * the entry now, as its "Kerngegevens" name it ("Huidige Verantwoordelijke(n) Staatssecretaris van Infrastructuur en
 * Waterstaat"): the rappel asks that office to deliver. The office its summary names ("De Staatssecretaris van
 * Infrastructuur en Milieu zegt de Kamer … toe …") made the promise, years and cabinets before.
 */
export function withRappelOffices(text: string, draft: Draft): Draft {
  if (!RAPPEL_PAGE.test(text)) return draft;
  const headings = [...text.matchAll(ENTRY_HEADING)].map((match) => match.index);
  const bounds = [0, ...headings.filter((index) => index > 0), text.length];
  const entries: { start: number; end: number; office: string }[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const [start, end] = [bounds[index]!, bounds[index + 1]!];
    const office = responsibleNow(text.slice(start, end));
    if (office !== undefined) entries.push({ start, end, office });
  }
  if (entries.length === 0) return draft;
  return {
    ...draft,
    commitments: draft.commitments.map((commitment) => {
      const entry = entries.find(({ start, end }) => commitment.start >= start && commitment.start < end);
      return entry ? { ...commitment, by: entry.office } : commitment;
    }),
  };
}
