import type { Status } from '../model.js';

/**
 * Every accepted spelling of a status, normalised. The Dutch names are those of
 * the Tweede Kamer register (and the Eerste Kamer's `doorlopend`), so that rows
 * copied from it need no translation.
 */
const SPELLINGS: ReadonlyMap<string, Status> = new Map<string, Status>([
  ['open', 'open'],
  ['openstaand', 'open'],
  ['delivered', 'delivered'],
  ['voldaan', 'delivered'],
  ['partial', 'partial'],
  ['deels voldaan', 'partial'],
  ['deels afgedaan', 'partial'],
  ['closed', 'closed'],
  ['afgedaan', 'closed'],
  ['lapsed', 'lapsed'],
  ['vervallen', 'lapsed'],
  ['ongoing', 'ongoing'],
  ['doorlopend', 'ongoing'],
]);

/** All spellings, as candidates for a did-you-mean. */
export const STATUS_SPELLINGS: readonly string[] = [...SPELLINGS.keys()];

/** `Deels  Voldaan`, `deels_voldaan` and `deels-voldaan` all mean `deels voldaan`. */
export function normaliseStatusText(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

export function statusOf(text: string): Status | undefined {
  return SPELLINGS.get(normaliseStatusText(text));
}
