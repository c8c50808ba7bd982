import type { Diagnostic } from '../model.js';
import type { CheckedCommitment } from './commitment.js';

/**
 * `W_AFTER_UNDATED_DELIVERY`, at the `after:` of an open commitment due some
 * time after another that was delivered on a day no one recorded
 * (`delivered: {date_unknown: true}`, as the Kamer's register often reports
 * it): its window counts from that day, so it waits until the day is given.
 * Nothing else would ever tell the user why it keeps waiting.
 */
export function undatedPrerequisites(commitments: readonly CheckedCommitment[]): Diagnostic[] {
  // Made for the first commitment due after another: most registers have none.
  let byId: Map<string, CheckedCommitment['commitment']> | undefined;
  const diagnostics: Diagnostic[] = [];
  for (const { commitment, refs } of commitments) {
    const due = commitment.due;
    if (due?.kind !== 'after' || (commitment.status !== 'open' && commitment.status !== 'partial')) continue;
    byId ??= new Map(commitments.map((checked) => [checked.commitment.id, checked.commitment]));
    const before = byId.get(due.after);
    if (before?.status !== 'delivered' || before.delivered?.on !== undefined) continue;
    const ref = refs.find((each) => each.field === 'due.after');
    if (!ref) continue;
    diagnostics.push({ code: 'W_AFTER_UNDATED_DELIVERY', severity: 'warning', ...ref.spot, args: { id: commitment.id, after: due.after } });
  }
  return diagnostics;
}
