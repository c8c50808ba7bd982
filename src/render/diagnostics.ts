import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { sortDiagnostics } from '../core/sort-diagnostics.js';

export interface DiagnosticStyle {
  color: boolean;
}

/** Lines longer than this are shown as a window around the column. */
const EXCERPT_WIDTH = 100;
const CONTEXT_BEFORE = 30;

/**
 * Diagnostics the way compilers and hledger print them:
 *
 *     data/a.yaml:3:5: error E_UNKNOWN_FIELD: <message>
 *       |
 *     3 |     titel: Kamer informeren
 *       |     ^^^^^
 *     hint: <remedy>
 *
 * `error`/`warning` stay English in every language: editors and CI parse
 * `file:line:col: error` lines. The remedy's label is no such token, so it
 * follows the language. `texts` maps a file to its text, for excerpts.
 */
export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  texts: ReadonlyMap<string, string>,
  messages: Pick<Messages, 'diagnostics' | 'diagnosticHint'>,
  style: DiagnosticStyle,
): string {
  if (diagnostics.length === 0) return '';
  const paint = new Chalk({ level: style.color ? 1 : 0 });
  const lines = new LineCache(texts);
  const sorted = sortDiagnostics([...diagnostics]);
  return sorted.map((diagnostic) => renderOne(diagnostic, lines.line(diagnostic.file, diagnostic.line), messages, paint)).join('\n\n') + '\n';
}

function renderOne(diagnostic: Diagnostic, line: string | undefined, messages: Pick<Messages, 'diagnostics' | 'diagnosticHint'>, paint: ChalkInstance): string {
  const tone = diagnostic.severity === 'error' ? paint.red : paint.yellow;
  const text = messages.diagnostics[diagnostic.code];
  const message = text ? text.message(diagnostic.args) : fallback(diagnostic.args);
  const place = `${diagnostic.file}:${diagnostic.line}:${diagnostic.col}`;
  const out = [`${paint.bold(visible(place))}: ${tone.bold(diagnostic.severity)} ${tone(diagnostic.code)}: ${visible(message)}`];
  if (line !== undefined) out.push(...excerpt(diagnostic, line, tone, paint));
  const hint = text?.hint?.(diagnostic.args);
  if (hint) out.push(`${paint.cyan(messages.diagnosticHint)} ${visible(hint)}`);
  return out.join('\n');
}

/** The offending line with a line-number gutter and carets under `length` characters from `col`. */
function excerpt(diagnostic: Diagnostic, line: string, tone: ChalkInstance, paint: ChalkInstance): string[] {
  // Code points, not UTF-16 units, so that the carets line up under astral characters too.
  let chars = [...visible(line)];
  let start = [...line.slice(0, Math.max(0, diagnostic.col - 1))].length;
  const width = Math.max(1, Math.min(diagnostic.length ?? 1, chars.length - start));
  if (chars.length > EXCERPT_WIDTH) {
    const from = Math.max(0, Math.min(start - CONTEXT_BEFORE, chars.length - EXCERPT_WIDTH));
    const to = from + EXCERPT_WIDTH;
    chars = [...(from > 0 ? ['…'] : []), ...chars.slice(from, to), ...(to < chars.length ? ['…'] : [])];
    start = start - from + (from > 0 ? 1 : 0);
  }
  const number = String(diagnostic.line);
  const gutter = paint.blue(`${' '.repeat(number.length)} |`);
  return [gutter, `${paint.blue(`${number} |`)} ${chars.join('')}`, `${gutter} ${' '.repeat(start)}${tone('^'.repeat(width))}`];
}

/**
 * Shows control characters as their Unicode "control pictures" (one character
 * each, so the carets stay aligned) and replaces bidirectional overrides: text
 * from a file must not move the cursor, recolour the terminal or reorder the line.
 */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/** A code without words in this language still says what it found. */
function fallback(args: Diagnostic['args']): string {
  return Object.entries(args)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

/** Splits each file into lines at most once, and only files that have diagnostics. */
class LineCache {
  private readonly split = new Map<string, string[]>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  line(file: string, line: number): string | undefined {
    let lines = this.split.get(file);
    if (!lines) {
      const text = this.texts.get(file);
      if (text === undefined) return undefined;
      lines = text.split('\n');
      this.split.set(file, lines);
    }
    return lines[line - 1]?.replace(/\r$/, '');
  }
}
