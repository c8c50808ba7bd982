import { CommanderError } from 'commander';
import { messagesFor } from '../messages/index.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { colorLevel } from './color-level.js';
import { earlyLang, type GlobalOptions } from './context.js';
import { DataError, InterruptedError, UsageError } from './errors.js';
import { DiskError } from '../register/disk-error.js';
import { terminalSafeLine } from '../render/terminal-safe.js';
import type { Io } from './io.js';
import { writeOutput } from './output.js';
import type { Output } from '../render/chunks.js';
import { buildProgram } from './program.js';
import { Runner } from './runner.js';

/** Where users report a bug; package.json's `bugs.url` says the same (a test checks). */
export const BUG_REPORTS = 'https://github.com/toezegging/toezegging/issues';

/** Exit status for a failure that is a bug in toezegging, not the user's doing. */
const EXIT_INTERNAL = 70;
/** Exit status for data that cannot be read or written, like DataError's. */
const EXIT_DATA = 3;

/** Runs one invocation and returns its exit code; the caller alone exits. */
export async function run(io: Io): Promise<number> {
  const messages = messagesFor(earlyLang(io));
  const runner = new Runner(io);
  const program = await buildProgram(io, runner, messages, io.argv);
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
    writeNotices(io, runner.notices);
    if (!runner.result) return 0;
    const { stdout } = runner.result;
    if (stdout !== '') await writeOutput(withBanners(runner.banners, stdout), io, program.opts<GlobalOptions>().pager !== false);
    if (runner.result.stderr) io.stderr.write(ensureNewline(runner.result.stderr));
    return runner.result.exitCode;
  } catch (error) {
    writeNotices(io, runner.notices);
    return reportError(error, io, messages);
  }
}

function writeNotices(io: Io, notices: readonly string[]): void {
  for (const notice of notices) io.stderr.write(ensureNewline(notice));
}

function withBanners(banners: readonly string[], stdout: Output): Output {
  if (banners.length === 0) return stdout;
  const above = banners.map(ensureNewline).join('');
  return typeof stdout === 'string' ? above + stdout : prepended(above, stdout);
}

function* prepended(first: string, rest: Iterable<string>): Iterable<string> {
  yield first;
  yield* rest;
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function reportError(error: unknown, io: Io, messages: ReturnType<typeof messagesFor>): number {
  if (error instanceof CommanderError) {
    // commander has printed its own message; help and version are not failures.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError || error instanceof InterruptedError) {
    io.stderr.write(`toezegging: ${ensureNewline(error.message)}`);
    return error.exitCode;
  }
  if (error instanceof DiskError) {
    io.stderr.write(`toezegging: ${messages.cli.diskError(error.action, terminalSafeLine(error.path), error.code)}\n`);
    return EXIT_DATA;
  }
  if (error instanceof DataError) {
    const color = colorLevel({ env: io.env, isTTY: Boolean(io.stderr.isTTY), colorFlag: !io.argv.includes('--no-color') }) > 0;
    if (error.diagnostics.length > 0) io.stderr.write(renderDiagnostics(error.diagnostics, error.texts, error.messages ?? messages, { color }));
    io.stderr.write(`toezegging: ${ensureNewline(error.message)}`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (io.env.TOEZEGGING_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
  io.stderr.write(`toezegging: ${messages.cli.internalError(detail, BUG_REPORTS)}\n`);
  return EXIT_INTERNAL;
}
