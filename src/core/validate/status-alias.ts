import type { Status } from '../model.js';

/** The Tweede Kamer's name for each status (and the Eerste Kamer's `doorlopend`). */
export const DUTCH_STATUS: Readonly<Record<Status, string>> = {
  open: 'openstaand',
  delivered: 'voldaan',
  partial: 'deels voldaan',
  closed: 'afgedaan',
  lapsed: 'vervallen',
  ongoing: 'doorlopend',
};

/**
 * Every accepted spelling of a status, normalised: ours, the Dutch register
 * names, and `deels afgedaan`, which the Tweede Kamer also uses for partial,
 * so that rows copied from it need no translation.
 */
const SPELLINGS: ReadonlyMap<string, Status> = new Map<string, Status>([
  ...(Object.keys(DUTCH_STATUS) as Status[]).map((status): [string, Status] => [status, status]),
  ...(Object.entries(DUTCH_STATUS) as [Status, string][]).map(([status, dutch]): [string, Status] => [dutch, status]),
  ['deels afgedaan', 'partial'],
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
