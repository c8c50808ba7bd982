import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { dateOption } from '../cli/date-option.js';
import { resolvePhrase } from '../core/deadline/resolve.js';
import { draftFromText } from '../extract/draft.js';
import { detectFormat } from '../extract/formats/detect-format.js';
import type { Draft } from '../extract/model.js';
import { suggestMatches, type Suggestion } from '../extract/register-matches.js';
import { dueProblem, reviewDraft } from '../extract/review-draft.js';
import type { Messages } from '../messages/index.js';
import { renderDraftJson } from '../render/extract-json.js';
import { renderDraftYaml } from '../render/extract-yaml.js';
import type { Context } from '../cli/context.js';
import { DataError, UsageError } from '../cli/errors.js';
import { shippedCalendar } from '../register/shipped-calendar.js';
import type { Runner } from '../cli/runner.js';
import { resolveDataDir } from '../register/data-dir.js';
import { readRegisterState } from '../register/apply-change.js';
import { cacheDirectory } from '../register/register-cache.js';
import { registerSources, type RegisterState } from '../register/register-change.js';
import { PromptAbortedError, readlinePrompter } from '../write/prompter.js';
import { SOURCES_FOLDER } from '../write/add-commitment.js';
import { changeRegister, changeResult, readWritableState } from './change-register.js';
import { schemaComment, schemaReference, SOURCE_SCHEMA } from '../write/schema-reference.js';

interface ExtractOptions {
  date?: string;
  sourceId?: string;
  json?: boolean;
  write?: boolean;
  dryRun?: boolean;
  review?: boolean;
}

/** A letter of a few hundred pages is a few MB; far more is not a letter. A PDF or DOCX holds images and layout besides its text. */
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_MEGABYTES = MAX_BYTES / 1024 / 1024;
/**
 * The text read from the file, whatever its format: a page holds some 3,000 characters, so three million is some 900
 * pages, six times a long report; it is drafted in well under a minute and a few hundred MB. A longer text is not a
 * letter, and reading it would take minutes and gigabytes.
 */
const MAX_CHARACTERS = 3_000_000;

export function extractCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.extract.help;
  program
    .command('extract')
    .description(m.description)
    .argument('<file>', m.file)
    .option('--date <date>', m.date)
    .option('--source-id <id>', m.sourceId)
    .option('--json', m.json)
    .option('--write', m.write)
    .option('--dry-run', m.dryRun)
    .option('--review', m.review)
    .addHelpText('after', m.examples)
    .action(
      runner.handle(async (ctx, options: ExtractOptions, [file]) => {
        const name = file as string;
        const given = options.date === undefined ? undefined : dateOption(options.date, '--date', ctx.asOf, ctx.messages);
        if (options.sourceId !== undefined && options.sourceId.trim() === '') throw new UsageError(ctx.messages.write.emptyValue('--source-id'));
        if (options.review && !(process.stdin.isTTY && ctx.io.stderr.isTTY)) throw new UsageError(ctx.messages.extract.reviewNeedsTerminal);
        const text = await readLetter(name, ctx);
        const write = Boolean(options.write || options.dryRun);
        const register = write ? (await readWritableState(ctx)).state : await registerIfAny(ctx);
        const taken = new Set(register?.validated.register.commitments.map((commitment) => commitment.id));
        let draft = draftFromText(text, { calendar: shippedCalendar(), date: given, sourceId: options.sourceId?.trim(), fallbackDate: ctx.asOf, takenIds: taken });
        const date = draft.source.date ?? ctx.asOf;
        const notices = dateNotices(draft, ctx);
        if (register) notices.push(...suggestionLines(suggestMatches(draft, text, register.validated.register), date, ctx));
        if (options.review) draft = await review(draft, date, ctx);
        if (write) return writeDraft(ctx, draft, date, Boolean(options.dryRun), notices);
        notices.push(ctx.messages.extract.summary(draft.commitments.length, draft.skipped.length));
        const stdout = options.json ? renderDraftJson(draft, date, ctx.style.human) : renderDraftYaml(draft, date, ctx.messages);
        return { stdout, stderr: `${notices.join('\n')}\n`, exitCode: 0 };
      }),
    );
}

/** The letter's text, whatever its format; every way it cannot be read is a data error (exit 3) that says which. */
async function readLetter(name: string, ctx: Context): Promise<string> {
  const m = ctx.messages.extract;
  const shown = name === '-' ? m.standardInput : name;
  let bytes: Uint8Array;
  try {
    if (name === '-') bytes = await readStdin(MAX_BYTES);
    else {
      const file = path.resolve(ctx.io.cwd, name);
      const info = await stat(file);
      if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
      if (info.size > MAX_BYTES) throw new DataError(m.tooLarge(shown, MAX_MEGABYTES));
      bytes = await readFile(file);
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(m.unreadable(shown, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  if (bytes.length > MAX_BYTES) throw new DataError(m.tooLarge(shown, MAX_MEGABYTES));
  const detected = detectFormat(bytes);
  if (detected.format === 'empty') throw new DataError(m.empty(shown));
  if (detected.format === 'unsupported') throw new DataError(m.unsupported(shown));
  const formats = await import('../extract/formats/letter-text.js');
  let text: string;
  try {
    text = await formats.letterText(bytes, detected);
  } catch (error) {
    if (error instanceof formats.UnreadablePdfError) throw new DataError(error.reason === 'encrypted' ? m.encryptedPdf(shown) : m.badPdf(shown));
    if (error instanceof formats.UnreadableDocxError) throw new DataError(m.badDocx(shown));
    throw error;
  }
  if (!/\p{L}{2,}/u.test(text)) throw new DataError(detected.format === 'pdf' ? m.noTextLayer(shown) : m.noText(shown));
  if (text.length > MAX_CHARACTERS) throw new DataError(m.tooLong(shown, MAX_CHARACTERS / 1_000_000));
  return text;
}

async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > limit) return new Uint8Array(size);
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function dateNotices(draft: Draft, ctx: Context): string[] {
  const m = ctx.messages.extract;
  if (draft.source.dateOrigin === 'none') return [m.noDate(ctx.asOf)];
  if (draft.source.dateOrigin === 'inferred') return [m.inferredDate(draft.source.date!)];
  return [];
}

/** The register named by --data, TOEZEGGING_DATA or a config file up from here, to suggest from; never the bundled example. */
async function registerIfAny(ctx: Context): Promise<RegisterState | undefined> {
  const { dir, origin } = resolveDataDir(ctx.dataOption, ctx.io.env, ctx.io.cwd, false);
  if (origin === 'bundled' || origin === 'example') return undefined;
  try {
    return readRegisterState(dir, cacheDirectory(ctx.io.env));
  } catch {
    // Suggestions are a courtesy: a register that cannot be read gets none, and check says why.
    return undefined;
  }
}

function suggestionLines(suggestions: readonly Suggestion[], date: string, ctx: Context): string[] {
  if (suggestions.length === 0) return [];
  const m = ctx.messages.extract.suggestions;
  const lines = [m.heading];
  for (const suggestion of suggestions) {
    lines.push(
      suggestion.action === 'deliver' ? m.deliver(suggestion.id, date) : suggestion.phrase ? m.reschedule(suggestion.id, suggestion.phrase) : m.rescheduleNoPhrase(suggestion.id),
      m.why(suggestion.reasons.map((reason) => m.reasons[reason]).join(', ')),
    );
  }
  lines.push(m.nothingChanged);
  return lines;
}

/** `--review`: the candidates one by one at the terminal. */
async function review(draft: Draft, date: string, ctx: Context): Promise<Draft> {
  const prompter = readlinePrompter(process.stdin, process.stderr);
  const calendar = shippedCalendar();
  try {
    return await reviewDraft(draft, prompter, { checkDue: (phrase) => dueProblem(phrase, resolvePhrase(phrase, date, calendar), ctx.messages) }, ctx.messages);
  } catch (error) {
    if (error instanceof PromptAbortedError) throw new UsageError(ctx.messages.extract.review.aborted);
    throw error;
  } finally {
    prompter.close();
  }
}

/** Adds the drafted source file to the register, under the rules of every change: lock, validation, atomic write, `--dry-run` diff. */
async function writeDraft(ctx: Context, draft: Draft, date: string, dryRun: boolean, notices: string[]) {
  const m = ctx.messages.extract;
  if (draft.commitments.length === 0) return { stdout: '', stderr: `${[...notices, m.writeNothing].join('\n')}\n`, exitCode: 0 };
  const sourceId = draft.source.id!;
  const change = await changeRegister(
    ctx,
    (state, context) => {
      if (registerSources(state).some((source) => source.id === sourceId)) throw new UsageError(context.messages.extract.sourceExists(sourceId));
      const folder = state.files.some((file) => file.path.startsWith(`${SOURCES_FOLDER}/`)) ? SOURCES_FOLDER : '';
      const name = `${sourceId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'brief'}.yaml`;
      const file = folder ? `${folder}/${name}` : name;
      if (state.files.some((loaded) => loaded.path === file)) throw new UsageError(context.messages.write.fileExists(file));
      const [schema] = schemaComment(schemaReference(path.join(state.root, folder), state.root, SOURCE_SCHEMA));
      return { edits: [{ path: file, text: renderDraftYaml(draft, date, context.messages, schema) }], outcome: { file } };
    },
    { dryRun },
  );
  const result = changeResult(change, [(dryRun ? m.wouldWrite : m.written)(change.outcome.file, draft.commitments.length)], dryRun);
  return { ...result, stderr: `${[...notices, ...(result.stderr ? [result.stderr.trimEnd()] : [])].join('\n')}\n` };
}
