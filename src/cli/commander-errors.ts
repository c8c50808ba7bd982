import type { Messages } from '../messages/index.js';
import { localTerm } from './help-words.js';

/** What commander took for an option and that looks like one: "--stat", "-x", "--as-of=2026-01-01". */
const OPTION_LIKE = /^--?[a-z][\w-]*(?:=.*)?$/i;

/** The arguments beyond what a command takes, and the option one of them is a value of (`export csv` for `export --format csv`). */
export interface Surplus {
  words: readonly string[];
  meant?: string;
}

/**
 * commander reports a usage error as a code and an English sentence; this
 * puts it in the user's language from the parts the sentence carries. Every
 * code this program can meet has a pattern (a test runs each one), so a
 * commander upgrade that rewords a sentence fails the tests, not the user.
 */
export function commanderErrorText(code: string, english: string, messages: Messages, surplus: Surplus = { words: [] }): string {
  const m = messages.cli.usage;
  const [sentence = '', hint = ''] = english.replace(/^error: /, '').split('\n');
  const suggestion = /^\(Did you mean (?:one of )?(.*)\?\)$/.exec(hint)?.[1];
  const parts = (pattern: RegExp) => pattern.exec(sentence)?.slice(1);
  switch (code) {
    case 'commander.unknownCommand': {
      const [name] = parts(/^unknown command '(.*)'$/) ?? [];
      if (name !== undefined) return m.unknownCommand(name, suggestion);
      break;
    }
    case 'commander.unknownOption': {
      const [flag] = parts(/^unknown option '(.*)'$/) ?? [];
      // A note or a title that opens with a dash ("- eerst dit", "-5 graden") is text, not a mistyped option.
      if (flag !== undefined && !OPTION_LIKE.test(flag)) return m.textAsOption(flag);
      if (flag !== undefined) return m.unknownOption(flag, suggestion);
      break;
    }
    case 'commander.missingArgument': {
      const [name] = parts(/^missing required argument '(.*)'$/) ?? [];
      if (name !== undefined) return m.missingArgument(messages.cli.help.placeholder[name] ?? name);
      break;
    }
    case 'commander.optionMissingArgument': {
      const [flags] = parts(/^option '(.*)' argument missing$/) ?? [];
      if (flags !== undefined) return m.optionMissingValue(localTerm(flags, messages));
      break;
    }
    case 'commander.missingMandatoryOptionValue': {
      const [flags] = parts(/^required option '(.*)' not specified$/) ?? [];
      if (flags !== undefined) return m.missingOption(localTerm(flags, messages));
      break;
    }
    case 'commander.excessArguments': {
      const [command, expected, got] = parts(/^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/) ?? [];
      if (expected !== undefined && got !== undefined) return m.tooManyArguments(command, Number(expected), Number(got), surplus.words, surplus.meant);
      break;
    }
    case 'commander.invalidArgument': {
      const [flags, value, choices] = parts(/^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/) ?? [];
      if (flags !== undefined && value !== undefined && choices !== undefined) return messages.cli.badChoice(localTerm(flags, messages), value, choices);
      const [argValue, argument, argChoices] = parts(/^command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/) ?? [];
      if (argValue !== undefined && argument !== undefined && argChoices !== undefined) return messages.cli.badChoice(messages.cli.help.placeholder[argument] ?? argument, argValue, argChoices);
      break;
    }
  }
  return m.unexpected(sentence);
}
