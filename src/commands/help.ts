import type { Command } from 'commander';
import { closest } from '../core/closest.js';
import type { Messages } from '../messages/index.js';

/**
 * `help [command...]`, in place of commander's own, which answers an unknown
 * command with the whole help and no word about the typo: here it is a usage
 * error naming the nearest commands, as `git help stauts` does.
 */
export function helpCommand(program: Command, messages: Messages): void {
  program.helpCommand(false);
  program
    .command('help')
    .description(messages.cli.help.helpCommand)
    .argument('[command...]', messages.cli.help.helpCommandName)
    .action((names: string[]) => {
      let target: Command = program;
      for (const name of names) {
        const visible = program.createHelp().visibleCommands(target);
        const next = visible.find((command) => command.name() === name || command.aliases().includes(name));
        if (!next) {
          const near = closest(name, visible.map((command) => command.name())).join(', ');
          target.error(messages.cli.usage.unknownCommand(name, near === '' ? undefined : near), { code: 'commander.unknownCommand', exitCode: 2 });
        }
        target = next;
      }
      target.help();
    });
}
