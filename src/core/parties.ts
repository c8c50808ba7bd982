import type { AssessedCommitment, Assessment } from './assess.js';
import { stateCounts } from './count-once.js';
import type { Commitment } from './model.js';

/** `--to` and `--by`: promises made to a member or party, by a ministry or person; each a case-insensitive part of the name. */
export interface PartyFilter {
  to?: string;
  by?: string;
}

/** `Bikker (ChristenUnie)` → `ChristenUnie`; an addressee without a party in brackets is taken as it is. */
export const partyOf = (entry: string): string => /\(([^()]+)\)\s*$/.exec(entry)?.[1]?.trim() ?? entry.trim();

/** `Bikker (ChristenUnie)` → `Bikker`. */
export const memberOf = (entry: string): string => entry.replace(/\s*\([^()]*\)\s*$/, '').trim();

export const hasPartyFilter = (filter: PartyFilter): boolean => filter.to !== undefined || filter.by !== undefined;

/** Made to this member or party: part of one of its addressees (`to`, from the Kamer's ToegezegdAan). */
function madeTo(item: AssessedCommitment<Commitment>, wanted: string): boolean {
  return item.commitment.to.some((entry) => entry.toLowerCase().includes(wanted));
}

/** Made by this ministry or person: part of the source's `by`, or of the imported ministry or minister. */
function madeBy(item: AssessedCommitment<Commitment>, wanted: string): boolean {
  const { imported } = item.commitment;
  return [item.source?.by, imported?.ministerie, imported?.by].some((name) => name !== undefined && name.toLowerCase().includes(wanted));
}

/** The assessment narrowed to the promises the filter names, its counts made again. Pure. */
export function byParty(assessment: Assessment<Commitment>, filter: PartyFilter): Assessment<Commitment> {
  if (!hasPartyFilter(filter)) return assessment;
  const to = filter.to?.toLowerCase();
  const by = filter.by?.toLowerCase();
  const items = assessment.items.filter((item) => (to === undefined || madeTo(item, to)) && (by === undefined || madeBy(item, by)));
  return { ...assessment, items, summary: stateCounts(items) };
}
