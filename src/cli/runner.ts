import type { Command } from 'commander';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import type { Io } from './io.js';

export interface CommandResult {
  stdout: string;
  /** What went wrong when the outcome is a failure the user asked about (an unknown phrase to `explain`). */
  stderr?: string;
  exitCode: number;
}

/**
 * Connects commander to the commands: builds the context from the global
 * options and keeps the result for the entry point, which alone writes the
 * output and sets the exit code.
 */
export class Runner {
  result: CommandResult | undefined;
  /** Lines for stderr that are not errors (e.g. "using the example register"), written even when a command fails. */
  readonly notices: string[] = [];

  constructor(private readonly io: Io) {}

  handle<O>(command: (ctx: Context, options: O, args: unknown[]) => Promise<CommandResult>): (...commanderArgs: unknown[]) => Promise<void> {
    return async (...commanderArgs) => {
      const cmd = commanderArgs.at(-1) as Command;
      const options = commanderArgs.at(-2) as O;
      const ctx = makeContext(this.io, cmd.optsWithGlobals<GlobalOptions>(), this.notices);
      this.result = await command(ctx, options, commanderArgs.slice(0, -2));
    };
  }
}
