import { Command } from 'commander';
import type { Messages } from '../messages/index.js';
import { commanderErrorText } from './commander-errors.js';

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
    const text = message.startsWith('error: ') ? commanderErrorText(errorOptions?.code ?? '', message, this.words) : message;
    return super.error(`toezegging: ${text}`, errorOptions);
  }
}
