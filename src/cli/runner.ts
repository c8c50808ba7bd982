import type { Command } from 'commander';
import type { Output } from '../render/chunks.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import type { Io } from './io.js';

export interface CommandResult {
  /** Chunks are written as they are made (see chunks.ts). */
  stdout: Output;
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
  /** Lines for the top of stdout (the example register's banner), printed only with the command's output. */
  readonly banners: string[] = [];

  constructor(private readonly io: Io) {}

  /** `forMachines`: the command's output is for a program or a schedule (`report`, `export`), even at a terminal. */
  handle<O>(command: (ctx: Context, options: O, args: unknown[]) => Promise<CommandResult>, { forMachines = false } = {}): (...commanderArgs: unknown[]) => Promise<void> {
    return async (...commanderArgs) => {
      const cmd = commanderArgs.at(-1) as Command;
      const options = commanderArgs.at(-2) as O & { json?: unknown; failOn?: unknown };
      const unattended = forMachines || (options.json !== undefined && options.json !== false) || options.failOn !== undefined;
      const ctx = makeContext(this.io, cmd.optsWithGlobals<GlobalOptions>(), { notices: this.notices, banners: this.banners, unattended });
      this.result = await command(ctx, options, commanderArgs.slice(0, -2));
    };
  }
}
