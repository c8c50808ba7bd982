import type { Calendar } from './calendar.js';
import type { CivilDate } from './civil-date.js';
import type { Commitment, Diagnostic, DueSpec } from './model.js';
import { resolveDeadlines } from './resolve-deadlines.js';

/** The `due` of a commitment that failed validation, with the day it counts from when known. */
export interface UncheckedDue {
  due: DueSpec;
  anchor: CivilDate | undefined;
}

/**
 * The deadline errors (an unknown phrase, a bad span) of commitments left out
 * of the register for other errors, so that `check` reports them in the same
 * run instead of after the first error is fixed. Each is resolved as a
 * commitment of its own whose `made` is its anchor; its window is dropped.
 */
export function uncheckedDeadlineDiagnostics(unchecked: readonly UncheckedDue[], calendar: Calendar): Diagnostic[] {
  const commitments = unchecked.map(({ due, anchor }, index): Commitment => ({
    id: `\u0000${index}`,
    title: '',
    sourceId: '',
    status: 'open',
    due,
    dependsOn: [],
    to: [],
    tags: [],
    history: [],
    made: anchor,
    file: due.position.file,
    position: due.position,
  }));
  return resolveDeadlines({ sources: [], commitments }, calendar).diagnostics;
}
