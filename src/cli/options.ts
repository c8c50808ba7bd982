import { STATES, STATUSES, type State, type Status } from '../core/model.js';
import { LANGS, messagesFor, type Messages } from '../messages/index.js';
import { statusOf } from '../core/validate/status-alias.js';
import { splitList } from '../core/split-list.js';
import { UsageError } from './errors.js';

/** Spaces, hyphens and underscores alike, any case: `te laat`, `te-laat`, `No_Deadline`. */
const stateKey = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** Each state by its name and by the labels the output shows for it, in either language. */
const STATE_NAMES = new Map<string, State>(
  STATES.flatMap((state) => [state, ...LANGS.map((lang) => messagesFor(lang).cli.stateLabel[state])].map((name): [string, State] => [stateKey(name), state])),
);

/**
 * Tokens as a refusal or a help lists them, each with the words the output uses for it where those differ
 * (`overdue (te laat)` in Dutch; `overdue` alone in English): the tokens are the JSON's, English in every language.
 */
export function glossed<T extends string>(tokens: readonly T[], labels: Readonly<Record<T, string>>): string {
  return tokens.map((token) => (stateKey(labels[token]) === stateKey(token) ? token : `${token} (${labels[token]})`)).join(', ');
}

/** States as typed: `overdue`, or as the output names them, `te laat`, `in termijn`. */
export function parseStates(values: readonly string[] | string | undefined, option: string, messages: Messages): State[] {
  return splitList(values).map((value) => {
    const state = STATE_NAMES.get(stateKey(value));
    if (state) return state;
    throw new UsageError(messages.cli.badChoice(option, value, glossed(STATES, messages.cli.stateLabel)));
  });
}

export function parseStatuses(values: readonly string[] | string | undefined, option: string, messages: Messages): Status[] {
  return splitList(values).map((value) => {
    const status = statusOf(value);
    if (status) return status;
    throw new UsageError(messages.cli.badChoice(option, value, glossed(STATUSES, messages.cli.statusLabel)));
  });
}

export function parsePositiveInt(value: string | undefined, option: string, messages: Messages): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 36_500) throw new UsageError(messages.cli.badNumber(option, value));
  return Number(value);
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
