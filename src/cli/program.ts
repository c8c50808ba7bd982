import type { Command } from 'commander';
import { helpCommand } from '../commands/help.js';
import type { Messages } from '../messages/index.js';
import { fitHelp } from './fit-help.js';
import { helpWords } from './help-words.js';
import type { Io } from './io.js';
import { LocalizedCommand } from './localized-command.js';
import type { Runner } from './runner.js';
import { VERSION } from './version.js';

type RegisterCommand = (program: Command, runner: Runner, messages: Messages) => void;

/**
 * The commands, in the order `--help` lists them: the word that runs each,
 * and its module, loaded only when it is registered. A run registers only the
 * command it runs (see `commandsFor`), so `status` never loads the deadline
 * finder, extract or the importer, whose modules are most of the program.
 */
const COMMANDS: readonly { word: string; load: () => Promise<RegisterCommand> }[] = [
  { word: 'status', load: async () => (await import('../commands/status.js')).statusCommand },
  { word: 'list', load: async () => (await import('../commands/list.js')).listCommand },
  { word: 'show', load: async () => (await import('../commands/show.js')).showCommand },
  { word: 'report', load: async () => (await import('../commands/report.js')).reportCommand },
  { word: 'export', load: async () => (await import('../commands/export.js')).exportCommand },
  { word: 'explain', load: async () => (await import('../commands/explain.js')).explainCommand },
  { word: 'timeline', load: async () => (await import('../commands/timeline.js')).timelineCommand },
  { word: 'check', load: async () => (await import('../commands/check.js')).checkCommand },
  { word: 'init', load: async () => (await import('../commands/init.js')).initCommand },
  { word: 'add', load: async () => (await import('../commands/add.js')).addCommand },
  { word: 'deliver', load: async () => (await import('../commands/deliver.js')).deliverCommand },
  { word: 'set', load: async () => (await import('../commands/set.js')).setCommand },
  { word: 'note', load: async () => (await import('../commands/note.js')).noteCommand },
  { word: 'import', load: async () => (await import('../commands/import.js')).importCommand },
  { word: 'extract', load: async () => (await import('../commands/extract.js')).extractCommand },
  // `completion SHELL` describes every command; the hidden `__complete`, run at each Tab, only reads the register.
  { word: '__complete', load: async () => (await import('../commands/completion.js')).completionCommand },
];

/**
 * The commands a run registers: the one its first operand names, or all of
 * them when it names none of them (help, `completion`, a typo that commander
 * answers with the nearest names, no command at all), so that every answer
 * is the one the whole program gives. The operand is found as commander
 * finds it: global options before it are skipped, with the value of those
 * that take one.
 */
function commandsFor(program: Command, argv: readonly string[]): readonly (typeof COMMANDS)[number][] {
  const takesValue = new Set(program.options.filter((option) => option.required || option.optional).flatMap((option) => [option.long, option.short]));
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    if (takesValue.has(arg)) index += 1;
    else if (!arg.startsWith('-')) {
      const named = COMMANDS.filter((command) => command.word === arg);
      return named.length > 0 ? named : COMMANDS;
    }
  }
  return COMMANDS;
}

/**
 * The width help is fitted to: the terminal's; when piped, `COLUMNS` if set
 * (as `man` and `git` do, so `COLUMNS=60 toezegging --help | less` works),
 * else 80. Never under 40, where nothing reads well.
 */
function helpColumns(io: Io): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS);
  return columns !== undefined && Number.isInteger(columns) && columns > 0 ? Math.max(40, columns) : 80;
}

/** The program for a run's arguments (`argv`), with the commands `commandsFor` says it needs. */
export async function buildProgram(io: Io, runner: Runner, messages: Messages, argv: readonly string[]): Promise<Command> {
  const m = messages.cli;
  const helpWidth = helpColumns(io);
  const program = new LocalizedCommand('toezegging', messages)
    .description(m.help.program)
    .version(VERSION, '-V, --version', m.help.version)
    .helpOption('-h, --help', m.help.help)
    .option('--data <dir>', m.help.data)
    .option('--example', m.help.example)
    .option('--as-of <date>', m.help.asOf)
    .option('--lang <lang>', m.help.lang)
    .option('--no-color', m.help.noColor)
    .option('--no-pager', messages.pager.help)
    .addHelpText('after', m.help.programExamples)
    // Commander stops wrapping when descriptions get under 40 columns, which the longest command leaves them at 80.
    .configureHelp({ ...helpWords(messages), showGlobalOptions: true, helpWidth, minWidthToWrap: 24 })
    .showHelpAfterError(m.help.seeHelp)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(fitHelp(text, helpWidth)),
      writeErr: (text) => io.stderr.write(text),
    });
  for (const register of await Promise.all(commandsFor(program, argv).map((command) => command.load()))) register(program, runner, messages);
  helpCommand(program, messages);
  for (const command of program.commands) command.exitOverride().showHelpAfterError(m.help.seeHelp);
  return program;
}
