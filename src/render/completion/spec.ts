import type { Argument, Command, Option } from 'commander';

/** Words the CLI itself supplies while completing: `toezegging __complete <what>`. */
export const DYNAMIC_WORDS = ['ids', 'tags', 'sources'] as const;
export type DynamicWords = (typeof DYNAMIC_WORDS)[number];

/** What a value can be completed with. */
export type SimpleValue =
  | { kind: 'words'; words: readonly string[] }
  | { kind: 'dynamic'; what: DynamicWords }
  | { kind: 'directory' }
  | { kind: 'file' }
  | { kind: 'commands' }
  /** A free value (a date, a number): nothing to offer, but the next word is taken. */
  | { kind: 'any'; name: string };

/**
 * An argument whose values depend on an earlier one (counted from 0):
 * `set ID status <TAB>` offers statuses, `set ID tags <TAB>` tags.
 */
export interface ByArgument {
  kind: 'by-argument';
  argument: number;
  values: Readonly<Record<string, SimpleValue>>;
}

export type ValueKind = SimpleValue | ByArgument;

export interface ValueHint {
  value: SimpleValue;
  /** Comma-separated values (`--state overdue,due`): complete after the last comma. */
  list?: boolean;
}

export interface OptionSpec {
  /** `-h`, `--help`: short first. */
  flags: string[];
  description: string;
  /** Null for a switch; options with an optional value (`--json [fields]`) count as switches. */
  value: SimpleValue | null;
  list: boolean;
  repeatable: boolean;
}

export interface ArgumentSpec {
  name: string;
  value: ValueKind;
  variadic: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  args: ArgumentSpec[];
}

/** Everything a completion script needs, read from the commander program so it never goes stale. */
export interface CompletionSpec {
  program: string;
  globalOptions: OptionSpec[];
  commands: CommandSpec[];
}

/**
 * Reads the commands and options from the program as `--help` shows them
 * (hidden ones left out). `hints` says what values an option takes when
 * commander cannot know (it has choices only for `--lang`), by `command --flag`
 * or, for every command, by `--flag`.
 * Arguments complete by `argumentHints` (by `command <name>`), else by their
 * name: `<id>` with ids, `[command]` with commands. A command with
 * subcommands (`import tk`) takes their names as its first argument.
 */
export function completionSpec(program: Command, hints: Readonly<Record<string, ValueHint>>, argumentHints: Readonly<Record<string, ValueKind>> = {}): CompletionSpec {
  const help = program.createHelp();
  const option = (candidate: Option, command?: string): OptionSpec => {
    const hint = candidate.long === undefined ? undefined : (hints[`${command} ${candidate.long}`] ?? hints[candidate.long]);
    const takesValue = candidate.required;
    const value = !takesValue ? null : candidate.argChoices ? { kind: 'words' as const, words: candidate.argChoices } : (hint?.value ?? { kind: 'any' as const, name: valueName(candidate) });
    return {
      flags: [candidate.short, candidate.long].filter((flag): flag is string => flag !== undefined),
      description: help.optionDescription(candidate),
      value,
      list: takesValue && hint?.list === true,
      // A custom parser collects repeated values (`--tag a --tag b`); the one behind `choices` does not.
      repeatable: takesValue && (candidate.variadic || (candidate.parseArg !== undefined && candidate.argChoices === undefined)),
    };
  };
  const argument = (candidate: Argument, command: string): ArgumentSpec => ({
    name: candidate.name(),
    value: argumentHints[`${command} <${candidate.name()}>`] ?? (candidate.argChoices
      ? { kind: 'words', words: candidate.argChoices }
      : candidate.name() === 'id'
        ? { kind: 'dynamic', what: 'ids' }
        : candidate.name() === 'command'
          ? { kind: 'commands' }
          : { kind: 'any', name: candidate.name() }),
    variadic: candidate.variadic,
  });
  const subcommands = (command: Command): ArgumentSpec[] =>
    command.commands.length === 0 ? [] : [{ name: 'command', value: { kind: 'words', words: command.commands.map((sub) => sub.name()) }, variadic: false }];
  return {
    program: program.name(),
    globalOptions: help.visibleOptions(program).map((candidate) => option(candidate)),
    commands: help.visibleCommands(program).map((command) => ({
      name: command.name(),
      description: command.description(),
      options: help.visibleOptions(command).map((candidate) => option(candidate, command.name())),
      args: [...subcommands(command), ...command.registeredArguments.map((candidate) => argument(candidate, command.name()))],
    })),
  };
}

function valueName(option: Option): string {
  return /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1] ?? 'value';
}

/** Every flag of a list of options that takes a value, for scripts that must skip those values. */
export function valueFlags(options: readonly OptionSpec[]): string[] {
  return options.filter((option) => option.value !== null).flatMap((option) => option.flags);
}
