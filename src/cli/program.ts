import type { Command } from 'commander';
import { addCommand } from '../commands/add.js';
import { checkCommand } from '../commands/check.js';
import { completionCommand } from '../commands/completion.js';
import { deliverCommand } from '../commands/deliver.js';
import { explainCommand } from '../commands/explain.js';
import { extractCommand } from '../commands/extract.js';
import { helpCommand } from '../commands/help.js';
import { importCommand } from '../commands/import.js';
import { initCommand } from '../commands/init.js';
import { exportCommand } from '../commands/export.js';
import { listCommand } from '../commands/list.js';
import { noteCommand } from '../commands/note.js';
import { reportCommand } from '../commands/report.js';
import { setCommand } from '../commands/set.js';
import { showCommand } from '../commands/show.js';
import { statusCommand } from '../commands/status.js';
import { timelineCommand } from '../commands/timeline.js';
import type { Messages } from '../messages/index.js';
import { fitHelp } from './fit-help.js';
import { helpWords } from './help-words.js';
import type { Io } from './io.js';
import { LocalizedCommand } from './localized-command.js';
import type { Runner } from './runner.js';
import { VERSION } from './version.js';

/** The commands, in the order `--help` lists them. */
const COMMANDS = [statusCommand, listCommand, showCommand, reportCommand, exportCommand, explainCommand, timelineCommand, checkCommand, initCommand, addCommand, deliverCommand, setCommand, noteCommand, importCommand, extractCommand, completionCommand];

/**
 * The width help is fitted to: the terminal's; when piped, `COLUMNS` if set
 * (as `man` and `git` do, so `COLUMNS=60 toezegging --help | less` works),
 * else 80. Never under 40, where nothing reads well.
 */
function helpColumns(io: Io): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS);
  return columns !== undefined && Number.isInteger(columns) && columns > 0 ? Math.max(40, columns) : 80;
}

export function buildProgram(io: Io, runner: Runner, messages: Messages): Command {
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
  for (const register of COMMANDS) register(program, runner, messages);
  helpCommand(program, messages);
  for (const command of program.commands) command.exitOverride().showHelpAfterError(m.help.seeHelp);
  return program;
}
