import { STATES, STATUSES, type State, type Status } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { statusOf } from '../core/validate/status-alias.js';
import { splitList } from '../core/split-list.js';
import { UsageError } from './errors.js';

export function parseStates(values: readonly string[] | string | undefined, option: string, messages: Messages): State[] {
  return splitList(values).map((value) => {
    const state = value.toLowerCase();
    if ((STATES as readonly string[]).includes(state)) return state as State;
    throw new UsageError(messages.cli.badChoice(option, value, STATES.join(', ')));
  });
}

export function parseStatuses(values: readonly string[] | string | undefined, option: string, messages: Messages): Status[] {
  return splitList(values).map((value) => {
    const status = statusOf(value);
    if (status) return status;
    throw new UsageError(messages.cli.badChoice(option, value, STATUSES.join(', ')));
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
