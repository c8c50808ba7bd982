import type { Status } from '../../core/model.js';
import { parseInstant } from './instant.js';
import { TK_STATUSES, type TkRecord } from './record.js';

export interface RecordFilter {
  /** Case-insensitive part of `Ministerie`. */
  ministerie?: string;
  statuses: readonly Status[];
  /** Only records changed after this instant (ISO, as the source writes them). */
  since?: string;
}

export function hasFilter(filter: RecordFilter): boolean {
  return filter.ministerie !== undefined || filter.statuses.length > 0 || filter.since !== undefined;
}

/** The same filter for the live source and for saved responses, so both import the same records. */
export function matchesFilter(record: TkRecord, filter: RecordFilter): boolean {
  if (filter.ministerie !== undefined && !(record.ministerie ?? '').toLowerCase().includes(filter.ministerie.toLowerCase())) return false;
  if (filter.statuses.length > 0) {
    const status = record.status === undefined ? undefined : TK_STATUSES.get(record.status);
    if (status === undefined || !filter.statuses.includes(status)) return false;
  }
  if (filter.since !== undefined) {
    const changed = parseInstant(record.gewijzigdOp);
    const since = parseInstant(filter.since);
    if (changed === undefined || since === undefined || changed <= since) return false;
  }
  return true;
}
