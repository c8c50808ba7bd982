import type { AssessedCommitment, WaitLink } from '../core/assess.js';
import { dateInWords, describeRule } from '../core/deadline/describe.js';
import type { DeadlineResolution } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import type { Style } from './style.js';
import { terminalSafeLine } from './terminal-safe.js';

/**
 * The deadline of an assessed commitment as shown to people: its resolved
 * window, or, while it waits on a prerequisite, the dependency as written.
 */
export function dueOf(item: AssessedCommitment): DeadlineResolution | null {
  if (item.window) return item.window;
  if (item.event) return item.event;
  const due = item.commitment.due;
  if (due?.kind !== 'after') return null;
  // Delivered on a day no one recorded: the window is not pending a delivery, it is missing the day one happened.
  const undated = item.waitingChain[0]?.deliveryDateUnknown === true;
  return {
    kind: 'window',
    phrase: due.within === undefined ? `{after: ${due.after}}` : `{after: ${due.after}, within: ${due.within}}`,
    from: null,
    to: null,
    rule: { id: undated ? 'after-undated' : 'after-pending', args: { id: due.after, within: due.within ?? '' } },
    inferred: false,
  };
}

/** Commitments that share a phrase and a date share one resolution; its words are made once per language. */
const ruleWords = new WeakMap<Messages, WeakMap<DeadlineResolution, string>>();

export function ruleText(resolution: DeadlineResolution, messages: Messages): string {
  let words = ruleWords.get(messages);
  if (!words) ruleWords.set(messages, (words = new WeakMap()));
  let text = words.get(resolution);
  if (text === undefined) {
    const { id, args } = resolution.rule;
    text =
      id === 'after-pending'
        ? messages.cli.afterPending(String(args.id), String(args.within))
        : id === 'after-undated'
          ? messages.cli.afterUndated(String(args.id), String(args.within))
          : describeRule(resolution.rule, messages);
    words.set(resolution, text);
  }
  return text;
}

/** A date for people on a terminal, ISO for pipes. */
export function showDate(date: string, messages: Messages, style: Style): string {
  return style.human ? dateInWords(date, messages.deadline) : date;
}

/** The headline of where an item stands: "151 dagen te laat", "nog 12 dagen", "wacht op …". */
export function standing(item: AssessedCommitment, messages: Messages, style: Style): string {
  const { paint } = style;
  const m = messages.cli;
  switch (item.state) {
    case 'overdue':
      return paint.red.bold(m.daysLate(item.daysLate ?? 0));
    case 'due':
      return item.daysLeft === null
        ? paint.yellow(m.openEnded)
        : item.dueSoon
          ? paint.yellow.bold(m.daysLeft(item.daysLeft))
          : paint.yellow(m.daysLeft(item.daysLeft));
    case 'upcoming':
      return paint.cyan(m.startsIn(item.daysUntilStart ?? 0));
    case 'waiting': {
      const link = (at: WaitLink | undefined) => (at?.state === 'overdue' ? m.daysLate(at.daysLate ?? 0) : m.stateLabel[at?.state ?? 'no-deadline']);
      if (item.waitingOnEvent !== null) return paint.dim(m.waitingOnEvent(terminalSafeLine(item.waitingOnEvent)));
      const direct = item.waitingChain[0];
      const root = item.waitingRoot ?? undefined;
      const via = root && root !== direct ? ` ${root.deliveryDateUnknown ? m.waitingViaDeliveryDate(root.id) : m.waitingVia(root.id, link(root))}` : '';
      return paint.dim((direct?.deliveryDateUnknown ? m.waitingOnDeliveryDate(direct.id) : m.waitingOn(item.waitingOn ?? '', link(direct))) + via);
    }
    case 'delivered': {
      // A source may report a delivery without its day (`date_unknown`): no day is shown, and none invented.
      const on = item.commitment.delivered?.on;
      if (item.daysLate !== null) return paint.green(item.daysLate === 0 ? m.deliveredOnTime : m.deliveredLate(item.daysLate));
      return paint.green(on === undefined ? m.deliveredDateUnknown : m.deliveredOn(showDate(on, messages, style)));
    }
    case 'no-deadline':
      return paint.magenta(m.stateLabel['no-deadline']);
    default:
      return paint.dim(m.stateLabel[item.state]);
  }
}

/**
 * `standing` for the items of one list, each distinct text made once: at
 * 100,000 commitments most items share their days late or left with others.
 */
export function standings(messages: Messages, style: Style): (item: AssessedCommitment) => string {
  const made = new Map<number, string>();
  return (item) => {
    // The words of these states depend on their state and one number (and, when due, on dueSoon): 4 × days + which.
    const key =
      item.state === 'overdue' ? 4 * (item.daysLate ?? 0)
      : item.state === 'upcoming' ? 4 * (item.daysUntilStart ?? 0) + 1
      : item.state === 'due' && item.daysLeft !== null ? 4 * item.daysLeft + (item.dueSoon ? 2 : 3)
      : undefined;
    if (key === undefined) return standing(item, messages, style);
    let text = made.get(key);
    if (text === undefined) made.set(key, (text = standing(item, messages, style)));
    return text;
  };
}

/**
 * The deadline as written, for people: a phrase as it stands, a dependency
 * in words ("binnen 3 maanden na levering van wodc-onderzoek") rather than
 * the `{after, within}` of the file, which JSON and CSV keep.
 */
export function duePhrase(item: AssessedCommitment, resolution: Pick<DeadlineResolution, 'phrase'>, messages: Messages): string {
  const due = item.commitment.due;
  return due?.kind === 'after' ? messages.cli.afterPhrase(due.after, due.within ?? '') : resolution.phrase;
}

/**
 * For a commitment delivered in part and still open: that part is in
 * ("deels geleverd op 1 mei 2026"), which its days late alone would hide.
 */
export function partialNote(item: AssessedCommitment, messages: Messages, style: Style): string {
  if (item.commitment.status !== 'partial') return '';
  const on = item.commitment.delivered?.on;
  return style.paint.green(messages.cli.partlyDelivered(on === undefined ? undefined : showDate(on, messages, style)));
}

/**
 * `windowSummary` for many items, made once per window: commitments that
 * share a phrase and a date share their resolution, and so its words. A
 * window counted from a delivery, an event's or a series' instance is its
 * item's own, and its words are made for it alone.
 */
export function windowSummaries(messages: Messages, style: Style, instance = false): (item: AssessedCommitment) => string {
  const made = new Map<DeadlineResolution, string>();
  return (item) => {
    const window = item.window;
    if (!window || item.recurrence || item.event || item.commitment.due?.kind === 'after') return windowSummary(item, messages, style, instance);
    let text = made.get(window);
    if (text === undefined) made.set(window, (text = windowSummary(item, messages, style, instance)));
    return text;
  };
}

/**
 * "eerste helft van 2026 (t/m 30 juni 2026)"; with `instance`, a recurring
 * deadline says which of its instances the window is ("jaarlijks vóór het
 * zomerreces, keer 2 (…)"), as a report that lists each overdue one must.
 */
export function windowSummary(item: AssessedCommitment, messages: Messages, style: Style, instance = false): string {
  const due = item.window;
  if (!due) return '';
  const m = messages.cli;
  const written = duePhrase(item, due, messages);
  const phrase = instance && item.recurrence ? m.instanceOf(written, item.recurrence.instance) : written;
  if (due.from === null && due.to === null) return phrase;
  const bounds =
    due.from !== null && due.to !== null && due.from !== due.to
      ? m.range(showDate(due.from, messages, style), showDate(due.to, messages, style))
      : due.to !== null
        ? m.until(showDate(due.to, messages, style))
        : m.from(showDate(due.from ?? '', messages, style));
  return `${phrase} (${bounds}${due.inferred ? `, ${m.inferredShort}` : ''})`;
}
