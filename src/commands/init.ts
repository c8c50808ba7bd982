import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Messages } from '../messages/index.js';
import { terminalSafeLine } from '../render/terminal-safe.js';
import type { Context } from '../cli/context.js';
import { UsageError } from '../cli/errors.js';
import { packageRoot } from '../register/package-root.js';
import type { Runner } from '../cli/runner.js';
import { initialFiles } from '../write/initial-files.js';
import { CONFIG_SCHEMA, SOURCE_SCHEMA } from '../write/schema-reference.js';
import { createFiles, ExistingFilesError } from '../register/create-files.js';
import { lockTimeoutMs } from '../register/lock-timeout.js';
import { asUserError } from './change-register.js';

export function initCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.write.help;
  program
    .command('init')
    .description(m.init)
    .argument('[dir]', m.initDir)
    .addHelpText('after', m.initExamples)
    .action(
      runner.handle(async (ctx, _options: object, [dirArg]) => {
        const dir = path.resolve(ctx.io.cwd, typeof dirArg === 'string' ? dirArg : (ctx.dataOption ?? '.'));
        if (isFile(dir)) throw new UsageError(ctx.messages.write.initNotFolder(dir));
        const files = initialFiles(
          {
            asOf: ctx.asOf,
            schemas: { config: await shippedSchema(CONFIG_SCHEMA), source: await shippedSchema(SOURCE_SCHEMA) },
            gitignore: !existsSync(path.join(dir, '.gitignore')),
          },
          ctx.messages,
        );
        await create(dir, files, ctx);
        return { stdout: created(dir, files.map((file) => file.path), ctx), exitCode: 0 };
      }),
    );
}

/** A file where the register's folder should be (making a folder there failed with a bare EEXIST). A path that cannot be looked at is left to the writes, which say why. */
function isFile(dir: string): boolean {
  try {
    const stats = statSync(dir, { throwIfNoEntry: false });
    return stats !== undefined && !stats.isDirectory();
  } catch {
    return false;
  }
}

function shippedSchema(name: string): Promise<string> {
  return readFile(path.join(packageRoot(), 'schema', name), 'utf8');
}

async function create(dir: string, files: ReadonlyArray<{ path: string; text: string }>, ctx: Context): Promise<void> {
  try {
    await createFiles(dir, files, { timeoutMs: lockTimeoutMs(ctx.io.env) });
  } catch (error) {
    throw error instanceof ExistingFilesError ? new UsageError(ctx.messages.write.initExists(dir, error.files)) : asUserError(error, ctx);
  }
}

function created(dir: string, files: readonly string[], ctx: Context): string {
  const m = ctx.messages.write;
  const relative = path.relative(ctx.io.cwd, dir);
  const cd = relative === '' ? [] : [`cd ${JSON.stringify(relative).slice(1, -1).includes(' ') ? JSON.stringify(relative) : relative}`];
  const lines = [m.initDone(terminalSafeLine(dir)), ...files.map((file) => `  ${file}`), '', m.nextSteps, ...[...cd, ...m.initNext].map((line) => `  ${line}`)];
  return `${lines.join('\n')}\n`;
}
