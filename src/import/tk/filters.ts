import type { Status } from '../../core/model.js';
import { compareInstants } from './instant.js';
import { apiChange, TK_STATUSES, type RecordKeys } from './record.js';

export interface RecordFilter {
  /** Case-insensitive part of `Ministerie`. */
  ministerie?: string;
  /** Our statuses (`open`, `delivered`, …), matched through the mapping of the Kamer's. */
  statuses: readonly Status[];
  /** The Kamer's own status names (`Afgedaan`), matched as written whatever the case. */
  tkStatuses?: readonly string[];
  /** Only records that changed in the API after this instant (ISO, as the source writes them). */
  since?: string;
}

export function hasFilter(filter: RecordFilter): boolean {
  return filter.ministerie !== undefined || filter.statuses.length > 0 || (filter.tkStatuses ?? []).length > 0 || filter.since !== undefined;
}

/** The Kamer's name for a status written in any case or spacing (`deels_afgedaan`), or undefined. */
export function tkStatusName(text: string): string | undefined {
  const wanted = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return [...TK_STATUSES.keys()].find((name) => name.toLowerCase() === wanted);
}

/** The same filter for the live source and for saved responses, so both import the same records. */
export function matchesFilter(record: RecordKeys, filter: RecordFilter): boolean {
  if (filter.ministerie !== undefined && !(record.ministerie ?? '').toLowerCase().includes(filter.ministerie.toLowerCase())) return false;
  const tkStatuses = filter.tkStatuses ?? [];
  if (filter.statuses.length > 0 || tkStatuses.length > 0) {
    const status = record.status === undefined ? undefined : TK_STATUSES.get(record.status);
    const byName = status !== undefined && tkStatuses.includes(tkStatusName(record.status!)!);
    if (!byName && (status === undefined || !filter.statuses.includes(status))) return false;
  }
  if (filter.since !== undefined && compareInstants(apiChange(record), filter.since) <= 0) return false;
  return true;
}
