import type { AssessedCommitment } from '../core/assess.js';
import { unmatchedFilters, type Filter } from '../core/select.js';
import type { Messages } from '../messages/index.js';
import type { Context } from '../cli/context.js';

/** On stderr, for each filter value no commitment has: so an empty result from a typo is not taken for "nothing to report". */
export function sayUnmatched(ctx: Context, items: readonly AssessedCommitment[], filter: Filter, messages: Messages): void {
  for (const { option, value, suggestions } of unmatchedFilters(items, filter)) ctx.notices.push(`toezegging: ${messages.cli.filterMatchesNothing(option, value, suggestions)}`);
}
