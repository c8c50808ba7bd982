import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { Messages } from '../messages/index.js';

/** `--data <dir>` as the user's language writes it: `--data <map>`; `<span|date>`, a choice of two, `<duur|datum>`. */
export function localTerm(text: string, messages: Messages): string {
  const words = messages.cli.help.placeholder;
  return text.replace(/([<[])([a-z|-]+)(\.\.\.)?([>\]])/g, (_, open: string, names: string, more = '', close: string) => `${open}${names.split('|').map((name) => words[name] ?? name).join('|')}${more}${close}`);
}

/**
 * commander's help in the user's language: its headings, the placeholders of
 * options and arguments (`<dir>` is `<map>` in Dutch), and the choices and
 * defaults it appends to descriptions.
 */
export function helpWords(messages: Messages): HelpConfiguration {
  const m = messages.cli.help;
  const word = (name: string) => m.placeholder[name] ?? name;
  const term = (text: string) => localTerm(text, messages);
  const extra = (description: string, choices: readonly string[] | undefined, defaultValue: unknown) => {
    const notes = [choices && m.choices(choices.join(', ')), defaultValue !== undefined && m.defaultValue(String(defaultValue))];
    const said = notes.filter((note): note is string => typeof note === 'string');
    return said.length === 0 ? description : `${description} (${said.join('; ')})`;
  };
  return {
    styleTitle: (title: string) => m.heading[title] ?? title,
    styleUsage: (usage: string) => term(usage),
    optionTerm(this: Help, option: Option) {
      return term(Help.prototype.optionTerm.call(this, option));
    },
    argumentTerm: (argument: Argument) => word(argument.name()),
    subcommandTerm(this: Help, command: Command) {
      return term(Help.prototype.subcommandTerm.call(this, command));
    },
    // commander shows a default only for options that take a value; so do we.
    optionDescription: (option: Option) =>
      extra(option.description, option.argChoices, option.required || option.optional ? (option.defaultValueDescription ?? option.defaultValue) : undefined),
    argumentDescription: (argument: Argument) => extra(argument.description, argument.argChoices, argument.defaultValueDescription ?? argument.defaultValue),
  };
}
