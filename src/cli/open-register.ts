import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess, type Assessment } from '../core/assess.js';
import { calendarFromData, withOverrides, type Calendar } from '../core/calendar.js';
import { loadFiles, RegisterNotFoundError } from '../core/load.js';
import type { Diagnostic, Register, RegisterConfig } from '../core/model.js';
import { parseFile, textsOf } from '../core/parse-yaml.js';
import { resolveDeadlines, type ResolvedDeadlines } from '../core/resolve-deadlines.js';
import { validateRegister } from '../core/validate/validate.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { withLang, type Context } from './context.js';
import { resolveDataDir, type DataDirOrigin } from './data-dir.js';
import { DataError } from './errors.js';
import { packageRoot } from './package-root.js';

export interface OpenedRegister {
  dir: string;
  origin: DataDirOrigin;
  register: Register;
  config: RegisterConfig;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
  /** Every finding, errors and warnings, in file order. */
  diagnostics: Diagnostic[];
  texts: ReadonlyMap<string, string>;
}

export function shippedCalendar(): Calendar {
  return calendarFromData(JSON.parse(readFileSync(join(packageRoot(), 'calendar', 'parliamentary-calendar.json'), 'utf8')));
}

/** load → validate → resolve deadlines, keeping every diagnostic; throws only when the folder itself is unusable. */
async function readRegister(ctx: Context): Promise<OpenedRegister> {
  const { dir, origin } = resolveDataDir(ctx.dataOption, ctx.io.env, ctx.io.cwd);
  if (origin === 'bundled') ctx.notices.push(ctx.messages.cli.bundledNotice(dir));
  let loaded;
  try {
    loaded = await loadFiles(dir);
  } catch (error) {
    if (error instanceof RegisterNotFoundError) throw new DataError(folderProblem(ctx, error));
    throw error;
  }
  const parsed = loaded.files.map(parseFile);
  const validated = validateRegister(parsed);
  const calendar = withOverrides(shippedCalendar(), validated.config.recesses);
  const deadlines = resolveDeadlines(validated.register, calendar);
  const diagnostics = [...validated.diagnostics, ...deadlines.diagnostics];
  return { dir, origin, register: validated.register, config: validated.config, calendar, deadlines, diagnostics, texts: textsOf(parsed) };
}

function folderProblem(ctx: Context, error: RegisterNotFoundError): string {
  const m = ctx.messages.cli;
  if (error.reason === 'missing') return m.dataDirMissing(error.dir);
  if (error.reason === 'not-a-folder') return m.dataDirNotFolder(error.dir);
  return m.dataDirUnreadable(error.dir, error.reason);
}

/** For `check`: every finding, never a failure for an invalid register. */
export async function checkRegister(ctx: Context) {
  const opened = await readRegister(ctx);
  return { diagnostics: opened.diagnostics, texts: opened.texts, context: withLang(ctx, opened.config.lang) };
}

/**
 * For the reporting commands: a register with errors is refused whole (exit 3,
 * every diagnostic on stderr) rather than reported without its broken parts.
 * Warnings go to stderr and the report goes on.
 */
export async function openRegister(ctx: Context): Promise<{ opened: OpenedRegister; context: Context }> {
  const opened = await readRegister(ctx);
  const context = withLang(ctx, opened.config.lang);
  const errors = opened.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) throw new DataError(context.messages.cli.invalidRegister(errors.length), opened.diagnostics, opened.texts);
  if (opened.diagnostics.length > 0) {
    ctx.notices.push(renderDiagnostics(opened.diagnostics, opened.texts, context.messages, { color: false }));
  }
  return { opened, context };
}

export async function openAndAssess(ctx: Context): Promise<{ opened: OpenedRegister; context: Context; assessment: Assessment }> {
  const { opened, context } = await openRegister(ctx);
  return { opened, context, assessment: assess(opened.register, opened.deadlines, ctx.asOf) };
}

/** The calendar for `explain`: the shipped one, with a register's own recess dates when one is in use. */
export async function openCalendar(ctx: Context): Promise<{ calendar: Calendar; context: Context }> {
  const { dir, origin } = resolveDataDir(ctx.dataOption, ctx.io.env, ctx.io.cwd);
  if (origin === 'bundled') return { calendar: shippedCalendar(), context: ctx };
  const { opened, context } = await openRegister({ ...ctx, dataOption: dir });
  return { calendar: opened.calendar, context };
}
