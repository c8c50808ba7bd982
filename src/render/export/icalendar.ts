/**
 * The parts of RFC 5545 an export needs: TEXT escaping, content lines,
 * folding at 75 octets and CRLF line ends. Pure, so that it can be tested
 * byte for byte.
 */
import type { Chunks } from '../chunks.js';

export const ICS_LINE_END = '\r\n';

/** RFC 5545 §3.1: a content line is at most 75 octets, excluding the line break. */
const MAX_OCTETS = 75;

/** RFC 5545 §3.3.11: TEXT allows no control characters but HTAB; newlines are written as `\n`. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** A list value (e.g. CATEGORIES): each item escaped, joined by unescaped commas. */
export function escapeTextList(items: readonly string[]): string {
  return items.map(escapeText).join(',');
}

/**
 * Folds a content line: after at most 75 octets a CRLF and one space, the
 * space counting towards the next line's 75. Splits fall between code
 * points, never inside a UTF-8 sequence, so every line stays valid UTF-8.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(ICS_LINE_END);
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** `NAME;PARAM=VALUE:value`; the value must already be in its property's format (escaped for TEXT). */
export function contentLine(name: string, value: string, params: Readonly<Record<string, string>> = {}): string {
  const paramText = Object.entries(params)
    .map(([key, paramValue]) => `;${key}=${paramValue}`)
    .join('');
  return `${name}${paramText}:${value}`;
}

/** `YYYY-MM-DD` as a DATE value: `YYYYMMDD`. */
export function icsDate(date: string): string {
  return date.replaceAll('-', '');
}

/** Folds every line and ends each with CRLF, the last one included: a chunk per line. */
export function* icsLines(lines: Iterable<string>): Chunks {
  for (const line of lines) yield foldLine(line) + ICS_LINE_END;
}
