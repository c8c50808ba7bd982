import type { Status } from '../core/model.js';
import { DUTCH_STATUS, normaliseStatusText, statusOf } from '../core/validate/status-alias.js';

function isDutch(text: string): boolean {
  const status = statusOf(text);
  return status !== undefined && normaliseStatusText(text) !== status;
}

/**
 * How to write `status` so that it reads like the file around it: in Dutch
 * when the commitment's current status is Dutch, or, when that says nothing
 * (`open` is the same word in both), when most statuses in the file are.
 */
export function spellStatus(status: Status, current: string | undefined, others: readonly string[]): string {
  const telling = current !== undefined && normaliseStatusText(current) !== 'open' ? [current] : others.filter((text) => normaliseStatusText(text) !== 'open');
  const dutch = telling.filter(isDutch).length;
  return dutch > 0 && dutch * 2 >= telling.length ? DUTCH_STATUS[status] : status;
}
