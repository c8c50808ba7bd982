import { Command } from 'commander';
import type { Messages } from '../messages/index.js';
import { commanderErrorText, type Surplus } from './commander-errors.js';

/** An option's values a user may type without the option, by command: `export csv` for `export --format csv`. */
const BARE_VALUES = new WeakMap<Command, { flag: string; values: readonly string[] }>();

/** Names the values of `flag` that a surplus argument of `command` may be, so that the error suggests the option. */
export function valuesTypedBare(command: Command, flag: string, values: readonly string[]): Command {
  BARE_VALUES.set(command, { flag, values });
  return command;
}

/** commander's errors, written the way every other error of toezegging is: one prefix, the user's language. */
export class LocalizedCommand extends Command {
  constructor(
    name: string | undefined,
    private readonly words: Messages,
  ) {
    super(name);
  }

  /** A command with subcommands (`import`) would get commander's own `help` subcommand, in English; `toezegging help import tk` serves instead. */
  override createCommand(name?: string): Command {
    return new LocalizedCommand(name, this.words).helpCommand(false);
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    // Our own calls come worded already; commander's own start with "error: ".
    const text = message.startsWith('error: ') ? commanderErrorText(errorOptions?.code ?? '', message, this.words, this.surplus()) : message;
    return super.error(`toezegging: ${text}`, errorOptions);
  }

  /** commander's sentence counts the arguments beyond what the command takes; the user needs to see which they are. */
  private surplus(): Surplus {
    const words = this.args.slice(this.registeredArguments.length);
    const bare = BARE_VALUES.get(this);
    const value = bare === undefined ? undefined : words.find((word) => bare.values.includes(word.toLowerCase()));
    return bare === undefined || value === undefined ? { words } : { words, meant: `${bare.flag} ${value.toLowerCase()}` };
  }
}
