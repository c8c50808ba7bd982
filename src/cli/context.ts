import { isDateInRange, type CivilDate } from '../core/civil-date.js';
import { LANGS, messagesFor, type Lang, type Messages } from '../messages/index.js';
import { makeStyle, type Style } from '../render/style.js';
import { colorLevel } from './color-level.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { todayInAmsterdam } from '../core/today.js';

/** The global options, as commander hands them over. */
export interface GlobalOptions {
  data?: string;
  asOf?: string;
  lang?: string;
  color?: boolean;
  /** False with `--no-pager`. */
  pager?: boolean;
  example?: boolean;
}

/** Everything a command needs from the outside, decided once. */
export interface Context {
  io: Io;
  lang: Lang;
  /** True when the language was chosen by flag or environment, so a register's config may not change it. */
  langExplicit: boolean;
  messages: Messages;
  asOf: CivilDate;
  style: Style;
  dataOption: string | undefined;
  /** `--example`: the shipped example register, asked for. */
  example: boolean;
  /**
   * Output for a program or a schedule rather than a person: stdout is not a
   * terminal, or JSON, a report, an export or an exit code was asked for. Then
   * the example register is never used unasked.
   */
  unattended: boolean;
  /** Collected for stderr by the entry point. */
  notices: string[];
  /** Lines the entry point prints above the command's output on stdout (the example register's banner). */
  banners: string[];
}

const PIPE_WIDTH = 80;

export function parseLang(value: string | undefined, fallback: Messages): Lang | undefined {
  if (value === undefined || value === '') return undefined;
  const lang = value.toLowerCase().slice(0, 2);
  if ((LANGS as readonly string[]).includes(lang)) return lang as Lang;
  throw new UsageError(fallback.cli.badLang(value));
}

/** The language before options are parsed, so that help and parse errors already speak it. */
export function earlyLang(io: Io): Lang {
  const index = io.argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const flag = index < 0 ? undefined : io.argv[index]!.includes('=') ? io.argv[index]!.split('=')[1] : io.argv[index + 1];
  for (const value of [flag, io.env.TOEZEGGING_LANG]) {
    const lang = value?.toLowerCase().slice(0, 2);
    if (lang && (LANGS as readonly string[]).includes(lang)) return lang as Lang;
  }
  return 'nl';
}

export function makeContext(io: Io, options: GlobalOptions, collected: { notices: string[]; banners: string[]; unattended: boolean }): Context {
  const fallback = messagesFor(earlyLang(io));
  const chosen = parseLang(options.lang, fallback) ?? parseLang(io.env.TOEZEGGING_LANG, fallback);
  const lang = chosen ?? 'nl';
  const messages = messagesFor(lang);
  const asOfText = options.asOf ?? io.env.TOEZEGGING_TODAY;
  let asOf: CivilDate;
  if (asOfText !== undefined && asOfText !== '') {
    if (!isDateInRange(asOfText)) throw new UsageError(messages.cli.badAsOf(asOfText, options.asOf === undefined ? 'TOEZEGGING_TODAY' : '--as-of'));
    asOf = asOfText;
  } else {
    asOf = todayInAmsterdam(io.now);
  }
  const human = Boolean(io.stdout.isTTY);
  const level = colorLevel({ env: io.env, isTTY: human, colorFlag: options.color !== false });
  const width = human ? Math.max(40, io.stdout.columns ?? PIPE_WIDTH) : PIPE_WIDTH;
  if (options.example && options.data !== undefined) throw new UsageError(messages.cli.exampleAndData);
  return {
    io,
    lang,
    langExplicit: chosen !== undefined,
    messages,
    asOf,
    style: makeStyle(level, human, width),
    dataOption: options.data,
    example: options.example === true,
    unattended: collected.unattended || !human,
    notices: collected.notices,
    banners: collected.banners,
  };
}

/** The same context in another language, for a register whose config sets `lang`. */
export function withLang(context: Context, lang: Lang | undefined): Context {
  if (!lang || context.langExplicit || lang === context.lang) return context;
  return { ...context, lang, messages: messagesFor(lang) };
}
