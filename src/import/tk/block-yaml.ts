import { parse, stringify } from 'yaml';

/** The options the generated files are written with: `writeBlockYaml` gives exactly what `yaml` gives with these (but for the strings `yaml` would misread, see MAY_MISREAD). */
export const BLOCK_YAML_OPTIONS = { version: '1.2', lineWidth: 0, indentSeq: true, aliasDuplicateObjects: false } as const;

/** How a string that `yaml` would misread is written instead: by `yaml`, double-quoted on one line. */
export const ONE_LINE_OPTIONS = { ...BLOCK_YAML_OPTIONS, blockQuote: false, singleQuote: false, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER } as const;

/**
 * The strings that `yaml` 2.9 may write so that they read back as other
 * text: only spaces, tabs and line breaks (a block scalar without the
 * indentation indicator it needs), and a line of one space in a
 * double-quoted string over lines (the space escaped twice, so it reads back
 * as a backslash). Only these are read back to check.
 */
const MAY_MISREAD = /^[ \t\n]*$|\n \n/;

const readsBackAs = (text: string, value: string): boolean => {
  try {
    return (parse(text, { version: '1.2' }) as { k?: unknown }).k === value;
  } catch {
    return false;
  }
};

/**
 * The text written so far, added to as one string: V8 joins the pieces as a
 * rope, which cost a third less than pushing some 40,000 pieces a month file
 * onto an array and joining them.
 */
interface Out {
  text: string;
}

/** A shape the writer does not know how `yaml` lays out (an empty list, a list in a list, a key that needs quotes…). */
class Unsure extends Error {}

/** Keys written bare: lowercase words that no schema reads as anything but a string, of at most 1,024 characters (`yaml` writes a longer one as an explicit `? ` key). */
const PLAIN_KEY = /^[a-z][a-z0-9_]{0,1023}$/;
const KEYWORD_KEYS = new Set(['null', 'true', 'false']);

/** Control characters (the tab and the line break among them), surrogates, and separators `yaml` may treat its own way: `yaml` decides. */
const UNUSUAL_CHARACTER = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;
/** `yaml`'s own test of what a plain scalar may not be (stringifyString.js), and document markers, on one line without tabs. */
const NOT_PLAIN = /^[ ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-] |: | #|[ :]$|^(?:---|\.\.\.)/;
/** Every plain scalar the YAML 1.2 core schema reads as null, a boolean or a number (a superset: it only sends more to `yaml`). */
const OTHER_TYPE =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** Whether `yaml` writes this string as it is, unquoted: most titles, quotes, ids and dates. */
export function isPlain(text: string): boolean {
  return text !== '' && !UNUSUAL_CHARACTER.test(text) && !NOT_PLAIN.test(text) && !OTHER_TYPE.test(text);
}

/**
 * A scalar as `yaml` writes it where its key (or its list's dash) stands at
 * column `column`: `yaml` itself writes it as the value of a key at column 0,
 * and every line after the first moves right by `column`, since `yaml`
 * indents a value's further lines (a block scalar, a quoted string over
 * lines) from the column of its key and leaves empty lines empty.
 */
function byYaml(value: unknown, column: number, options: typeof BLOCK_YAML_OPTIONS = BLOCK_YAML_OPTIONS): string {
  const text = stringify({ k: value }, options);
  if (!text.startsWith('k: ') || !text.endsWith('\n')) throw new Unsure();
  if (options === BLOCK_YAML_OPTIONS && typeof value === 'string' && MAY_MISREAD.test(value) && !readsBackAs(text, value)) return byYaml(value, column, ONE_LINE_OPTIONS);
  const body = text.slice(3, -1);
  return column === 0 ? body : body.replace(/\n(?=[^\n])/g, `\n${' '.repeat(column)}`);
}

function scalar(value: unknown, column: number): string {
  if (typeof value === 'string') return isPlain(value) ? value : byYaml(value, column);
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : byYaml(value, column);
  if (typeof value === 'boolean') return String(value);
  if (value === null) return byYaml(value, column);
  throw new Unsure();
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/**
 * Lines of a block mapping whose keys stand at `indent`; `first` replaces the
 * indentation of its first line (a list item's `- `). `yaml` writes the pairs
 * whose value is not undefined; a mapping without one, or a key that is not
 * plain, is left to `yaml` whole (whatever was written of it is thrown away).
 */
function writeMap(map: Record<string, unknown>, indent: string, out: Out, first = indent): void {
  let lead = first;
  let empty = true;
  for (const key of Object.keys(map)) {
    const value = map[key];
    if (value === undefined) continue;
    if (!PLAIN_KEY.test(key) || KEYWORD_KEYS.has(key)) throw new Unsure();
    out.text += `${lead}${key}:`;
    lead = indent;
    empty = false;
    writeValue(value, indent, out);
  }
  if (empty) throw new Unsure();
}

/** What follows a key at `indent`: a scalar on the same line, or a nested block on the next lines. */
function writeValue(value: unknown, indent: string, out: Out): void {
  if (Array.isArray(value)) {
    out.text += '\n';
    writeList(value, `${indent}  `, out);
  } else if (isPlainObject(value)) {
    out.text += '\n';
    writeMap(value, `${indent}  `, out);
  } else {
    out.text += ` ${scalar(value, indent.length)}\n`;
  }
}

/** Lines of a block sequence whose dashes stand at `indent`. */
function writeList(list: readonly unknown[], indent: string, out: Out): void {
  if (list.length === 0) throw new Unsure();
  for (const item of list) {
    if (Array.isArray(item) || item === undefined) throw new Unsure();
    if (isPlainObject(item)) writeMap(item, `${indent}  `, out, `${indent}- `);
    else out.text += `${indent}- ${scalar(item, indent.length)}\n`;
  }
}

/**
 * A mapping as block YAML, byte for byte what `yaml`'s `stringify` gives
 * with `BLOCK_YAML_OPTIONS`, except that a string `yaml` would write so that
 * it reads back as other text stands on one double-quoted line
 * (tests/unit/import/block-yaml.test.ts and
 * tests/fuzz/block-yaml.test.ts prove it): `yaml` builds a syntax tree of
 * every file it writes, which made writing the month files of a first import
 * a fifth of its time. This writer lays out the mappings and lists itself
 * and writes the strings that need no quotes as they are; every other
 * scalar it has `yaml` write, and a shape it does not know (an empty list, a
 * key that needs quotes) has `yaml` write the whole document.
 */
export function writeBlockYaml(document: Record<string, unknown>): string {
  const out: Out = { text: '' };
  try {
    writeMap(document, '', out);
  } catch (error) {
    if (error instanceof Unsure) return stringify(document, BLOCK_YAML_OPTIONS);
    throw error;
  }
  return out.text;
}
