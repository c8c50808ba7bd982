import { LineCounter, Pair, Scalar, YAMLMap, YAMLSeq } from './yaml-nodes.js';

/**
 * A reader for the plain subset of YAML that register files are written in:
 * block mappings and sequences, one-line plain and quoted scalars, one-line
 * flow sequences and mappings of scalars, and folded or literal block
 * scalars. It builds the same node tree, with the same values and positions,
 * as `yaml` does for such a text (tests/unit/simple-yaml.test.ts compares the
 * two over every fixture and fuzzed texts), at a fraction of its cost.
 *
 * It is only ever a shortcut: at the first thing it does not fully
 * understand (anchors, aliases, tags, directives, tabs, carriage returns,
 * duplicate keys, a scalar over several lines, odd indentation, anything
 * `yaml` would warn about or refuse) it gives up, and the text is parsed by
 * `yaml`, which reports every problem as it always has.
 */
export interface SimpleDocument {
  /** The root node; null for a text of only comments and empty lines. */
  contents: YAMLMap | YAMLSeq | null;
  lineCounter: LineCounter;
}

/** The text leaves the subset: thrown anywhere in the reader, caught once at the top. */
const DECLINED = Symbol('declined');

/** Characters that mean more than the subset knows, or that `yaml` treats differently from us. */
// eslint-disable-next-line no-control-regex
const OUTSIDE_SUBSET = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A key as registers write them: a plain word, never one that YAML reads as null or true/false. */
const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NOT_TEXT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** `yaml` refuses an implicit key whose `:` is further than this from its start. */
const MAX_KEY_LENGTH = 1024;
/**
 * Levels of block collections, far beyond what a register needs: `yaml`
 * runs out of stack some hundreds of levels deep (fewer on a smaller stack),
 * and reports that as an error, which this reader must not hide.
 */
const MAX_DEPTH = 64;

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;

/** The parse of a text in the subset, or undefined when `yaml` must read it. */
export function parseSimpleYaml(text: string): SimpleDocument | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    return new SimpleReader(text).document();
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
}

/**
 * `yaml`'s node constructors mark each node with `Object.defineProperty`,
 * which at 100,000 commitments (some 2.6 million nodes) was a quarter of the
 * parse. The reader's nodes are made by constructors of its own instead,
 * whose prototypes are `yaml`'s with that mark (and a collection's unset
 * schema) on them rather than on each node: `isScalar`, `isMap`, `isSeq`,
 * `instanceof` and every method see nodes of `yaml`'s own kinds, with the
 * same enumerable properties in the same order.
 */
function markedPrototype(sample: object): object {
  const hidden: PropertyDescriptorMap = {};
  for (const key of Reflect.ownKeys(sample)) {
    const descriptor = Object.getOwnPropertyDescriptor(sample, key)!;
    if (!descriptor.enumerable) hidden[key as string] = descriptor;
  }
  return Object.create(Object.getPrototypeOf(sample) as object, hidden) as object;
}

class ScalarNode {
  declare value: unknown;
  declare range: [number, number, number];
  declare source: string;

  constructor(value: unknown, range: [number, number, number], source: string) {
    this.value = value;
    this.range = range;
    this.source = source;
  }
}

class MapNode {
  declare items: unknown[];
  declare range: [number, number, number] | undefined;

  constructor() {
    this.items = [];
  }
}

class SeqNode {
  declare items: unknown[];
  declare range: [number, number, number] | undefined;

  constructor() {
    this.items = [];
  }
}

class PairNode {
  declare key: unknown;
  declare value: unknown;

  constructor(key: unknown, value: unknown) {
    this.key = key;
    this.value = value;
  }
}

Object.setPrototypeOf(ScalarNode.prototype, markedPrototype(new Scalar(null)));
Object.setPrototypeOf(MapNode.prototype, markedPrototype(new YAMLMap()));
Object.setPrototypeOf(SeqNode.prototype, markedPrototype(new YAMLSeq()));
Object.setPrototypeOf(PairNode.prototype, markedPrototype(new Pair(null)));

const newMap = (): YAMLMap => new MapNode() as unknown as YAMLMap;
const newSeq = (): YAMLSeq => new SeqNode() as unknown as YAMLSeq;
const newPair = (key: unknown, value: unknown): Pair => new PairNode(key, value) as unknown as Pair;

function decline(): never {
  throw DECLINED;
}

class SimpleReader {
  /** Offset of each line's first character. */
  private readonly starts: number[] = [0];
  /** Offset of each line's end: its newline, or the end of the text. */
  private readonly ends: number[] = [];
  /** Spaces before each line's first other character; -1 for an empty or comment-only line. */
  private readonly indents: number[] = [];
  private readonly lineCounter = new LineCounter();

  constructor(private readonly text: string) {
    this.lineCounter.addNewLine(0);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
      this.ends.push(at);
      this.starts.push(at + 1);
      this.lineCounter.addNewLine(at + 1);
    }
    this.ends.push(text.length);
    for (let line = 0; line < this.starts.length; line++) {
      let at = this.starts[line]!;
      const end = this.ends[line]!;
      while (at < end && text.charCodeAt(at) === SPACE) at++;
      this.indents.push(at === end || text.charCodeAt(at) === HASH ? -1 : at - this.starts[line]!);
    }
  }

  document(): SimpleDocument {
    const first = this.significant(0);
    if (first === this.starts.length) return { contents: null, lineCounter: this.lineCounter };
    if (this.indents[first] !== 0) decline();
    const start = this.starts[first]!;
    // Directives and document markers: more than one document, or settings the subset does not follow.
    if (this.text.charCodeAt(start) === 0x25 || this.text.startsWith('---', start) || this.text.startsWith('...', start)) decline();
    const root = this.isItem(first, 0) ? this.sequence(first, 0, 1) : this.mapping(first, 0, 1);
    if (root.next !== this.starts.length) decline();
    return { contents: root.node, lineCounter: this.lineCounter };
  }

  /** The first line at or after `line` with content (not empty, not only a comment). */
  private significant(line: number): number {
    while (line < this.starts.length && this.indents[line] === -1) line++;
    if (line < this.starts.length) {
      const start = this.starts[line]!;
      // A document marker or directive anywhere at the left margin.
      if (this.indents[line] === 0 && (this.text.startsWith('---', start) || this.text.startsWith('...', start))) decline();
    }
    return line;
  }

  /** Whether a sequence item starts at this column of the line: `-` then a space or the line's end. */
  private isItem(line: number, column: number): boolean {
    const at = this.starts[line]! + column;
    if (this.text.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.ends[line] || this.text.charCodeAt(at + 1) === SPACE;
  }

  /** The offset just past a collection's last line: where `yaml` ends its range. */
  private after(line: number): number {
    return Math.min(this.ends[line]! + 1, this.text.length);
  }

  /** A block mapping whose first key is at `column` of `line`; every other key must be at that column. */
  private mapping(line: number, column: number, depth: number): { node: YAMLMap; next: number; last: number } {
    if (depth > MAX_DEPTH) decline();
    const map = newMap();
    const keys = new Set<string>();
    const start = this.starts[line]! + column;
    let last = line;
    for (;;) {
      const keyStart = this.starts[line]! + column;
      KEY.lastIndex = keyStart;
      if (!KEY.test(this.text)) decline();
      const keyEnd = KEY.lastIndex;
      const name = this.text.slice(keyStart, keyEnd);
      if (this.text.charCodeAt(keyEnd) !== COLON || keyEnd - keyStart > MAX_KEY_LENGTH || NOT_TEXT_KEY.test(name) || keys.has(name)) decline();
      keys.add(name);
      const key = scalar(name, keyStart, keyEnd, name);
      const lineEnd = this.ends[line]!;
      let at = keyEnd + 1;
      if (at < lineEnd && this.text.charCodeAt(at) !== SPACE) decline();
      while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
      let value: unknown;
      let next: number;
      if (at === lineEnd || this.text.charCodeAt(at) === HASH) {
        // Nothing on the key's line: a nested block below, or no value at all.
        const below = this.significant(line + 1);
        const indent = below < this.starts.length ? this.indents[below]! : -1;
        if (indent > column || (indent === column && this.isItem(below, column))) {
          const nested = this.isItem(below, indent) ? this.sequence(below, indent, depth + 1) : this.mapping(below, indent, depth + 1);
          value = nested.node;
          next = nested.next;
          last = nested.last;
        } else {
          value = scalar(null, at, at, '');
          next = below;
          last = line;
        }
      } else {
        const inline = this.inlineValue(line, at, column);
        value = inline.node;
        last = inline.last;
        next = this.significant(last + 1);
        // A value that goes on, more indented, on the next line: a scalar over several lines, or a mistake.
        if (next < this.starts.length && this.indents[next]! > column) decline();
      }
      map.items.push(newPair(key, value));
      if (next === this.starts.length || this.indents[next]! < column) {
        const end = this.after(last);
        map.range = [start, end, end];
        return { node: map, next, last };
      }
      if (this.indents[next]! > column || this.isItem(next, column)) decline();
      line = next;
    }
  }

  /** A block sequence whose items' dashes are at `column`. */
  private sequence(line: number, column: number, depth: number): { node: YAMLSeq; next: number; last: number } {
    if (depth > MAX_DEPTH) decline();
    const seq = newSeq();
    const start = this.starts[line]! + column;
    for (;;) {
      const lineEnd = this.ends[line]!;
      let at = this.starts[line]! + column + 1;
      while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
      // An empty item, or one whose value starts on the next line.
      if (at === lineEnd || this.text.charCodeAt(at) === HASH) decline();
      const itemColumn = at - this.starts[line]!;
      let last: number;
      if (this.isItem(line, itemColumn)) decline();
      if (this.startsMapping(at, lineEnd)) {
        const nested = this.mapping(line, itemColumn, depth + 1);
        seq.items.push(nested.node);
        last = nested.last;
      } else {
        const inline = this.inlineValue(line, at, column);
        if (inline.last !== line) decline();
        seq.items.push(inline.node);
        last = line;
      }
      const next = this.significant(last + 1);
      if (next === this.starts.length || this.indents[next]! < column || (this.indents[next] === column && !this.isItem(next, column))) {
        const end = this.after(last);
        seq.range = [start, end, end];
        return { node: seq, next, last };
      }
      if (this.indents[next]! > column) decline();
      line = next;
    }
  }

  /** Whether the text at `at` is a key and its `:`: the item is a mapping. */
  private startsMapping(at: number, lineEnd: number): boolean {
    KEY.lastIndex = at;
    if (!KEY.test(this.text)) return false;
    const colon = KEY.lastIndex;
    return this.text.charCodeAt(colon) === COLON && (colon + 1 === lineEnd || this.text.charCodeAt(colon + 1) === SPACE);
  }

  /**
   * A value that starts at `at` on `line`, in a collection at `column`: a
   * scalar or flow collection on this line, or a block scalar on the lines below.
   */
  private inlineValue(line: number, at: number, column: number): { node: unknown; last: number } {
    const lineEnd = this.ends[line]!;
    const code = this.text.charCodeAt(at);
    if (code === 0x7c /* | */ || code === 0x3e /* > */) return this.blockScalar(line, at, column);
    let node: Scalar | YAMLSeq | YAMLMap;
    let end: number;
    if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      const flow = code === 0x5b ? this.flowSequence(at, lineEnd) : this.flowMapping(at, lineEnd);
      node = flow.node;
      end = flow.end;
    } else if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
      const quoted = this.quoted(at, lineEnd);
      node = quoted;
      end = quoted.range![1];
    } else {
      node = this.plain(at, lineEnd);
      end = node.range![1];
      if (end < lineEnd) end = this.commentOrEnd(end, lineEnd, true);
      return { node, last: line };
    }
    this.commentOrEnd(end, lineEnd, false);
    return { node, last: line };
  }

  /** After a value: only spaces, then the line's end or a comment (after a space). */
  private commentOrEnd(at: number, lineEnd: number, spaced: boolean): number {
    let scan = at;
    while (scan < lineEnd && this.text.charCodeAt(scan) === SPACE) scan++;
    if (scan === lineEnd) return scan;
    if (this.text.charCodeAt(scan) === HASH && (spaced || scan > at)) return scan;
    decline();
  }

  /** A plain scalar in block context, to the line's end or a comment. */
  private plain(at: number, lineEnd: number): Scalar {
    if (!mayStartPlain(this.text, at, lineEnd)) decline();
    let end = at + 1;
    for (; end < lineEnd; end++) {
      const code = this.text.charCodeAt(end);
      if (code === SPACE && this.text.charCodeAt(end + 1) === HASH) break;
      // `key: a: b` is a mapping in a place YAML forbids one.
      if (code === COLON && this.text.charCodeAt(end + 1) === SPACE) decline();
    }
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    const source = this.text.slice(at, end);
    // `a:` at the end is a key.
    if (source.charCodeAt(source.length - 1) === COLON) decline();
    return scalar(resolvePlain(source), at, end, source);
  }

  /** A quoted scalar that ends on its own line; read in one pass over the line (searching the text again from each escape was quadratic). */
  private quoted(at: number, lineEnd: number): Scalar {
    const quote = this.text.charCodeAt(at);
    const double = quote === 0x22;
    let value = '';
    let from = at + 1;
    for (let scan = from; scan < lineEnd; scan++) {
      const code = this.text.charCodeAt(scan);
      if (double && code === 0x5c /* \ */) {
        value += this.text.slice(from, scan);
        const unescaped = unescape(this.text, scan, lineEnd);
        value += unescaped.value;
        from = unescaped.end;
        scan = from - 1;
      } else if (code === quote) {
        value += this.text.slice(from, scan);
        if (double || this.text.charCodeAt(scan + 1) !== quote) return scalar(value, at, scan + 1, value);
        value += "'";
        from = scan + 2;
        scan++;
      }
    }
    decline();
  }

  /** `[a, "b", c]` on one line: scalars only. */
  private flowSequence(at: number, lineEnd: number): { node: YAMLSeq; end: number } {
    const seq = newSeq();
    seq.flow = true;
    let scan = this.skipSpaces(at + 1, lineEnd);
    if (this.text.charCodeAt(scan) === 0x5d /* ] */) {
      seq.range = [at, scan + 1, scan + 1];
      return { node: seq, end: scan + 1 };
    }
    for (;;) {
      const item = this.flowScalar(scan, lineEnd);
      seq.items.push(item);
      scan = this.skipSpaces(item.range![1], lineEnd);
      const code = this.text.charCodeAt(scan);
      if (code === 0x5d) {
        seq.range = [at, scan + 1, scan + 1];
        return { node: seq, end: scan + 1 };
      }
      if (code !== 0x2c /* , */) decline();
      scan = this.skipSpaces(scan + 1, lineEnd);
    }
  }

  /** `{on: 2026-01-01, ref: x}` on one line: plain keys and scalar values. */
  private flowMapping(at: number, lineEnd: number): { node: YAMLMap; end: number } {
    const map = newMap();
    map.flow = true;
    const keys = new Set<string>();
    let scan = this.skipSpaces(at + 1, lineEnd);
    if (this.text.charCodeAt(scan) === 0x7d /* } */) {
      map.range = [at, scan + 1, scan + 1];
      return { node: map, end: scan + 1 };
    }
    for (;;) {
      KEY.lastIndex = scan;
      if (!KEY.test(this.text)) decline();
      const keyEnd = KEY.lastIndex;
      const name = this.text.slice(scan, keyEnd);
      if (this.text.charCodeAt(keyEnd) !== COLON || this.text.charCodeAt(keyEnd + 1) !== SPACE || NOT_TEXT_KEY.test(name) || keys.has(name)) decline();
      keys.add(name);
      const key = scalar(name, scan, keyEnd, name);
      const value = this.flowScalar(this.skipSpaces(keyEnd + 1, lineEnd), lineEnd);
      map.items.push(newPair(key, value));
      scan = this.skipSpaces(value.range![1], lineEnd);
      const code = this.text.charCodeAt(scan);
      if (code === 0x7d) {
        map.range = [at, scan + 1, scan + 1];
        return { node: map, end: scan + 1 };
      }
      if (code !== 0x2c) decline();
      scan = this.skipSpaces(scan + 1, lineEnd);
    }
  }

  /** A quoted scalar, or a plain one that stops at `,`, `]`, `}` and holds no `#` and no `:` that could end a key. */
  private flowScalar(at: number, lineEnd: number): Scalar {
    const code = this.text.charCodeAt(at);
    if (code === 0x22 || code === 0x27) return this.quoted(at, lineEnd);
    if (!mayStartPlain(this.text, at, lineEnd)) decline();
    let end = at;
    for (; end < lineEnd; end++) {
      const c = this.text.charCodeAt(end);
      if (c === 0x2c || c === 0x5d || c === 0x7d) break;
      if (c === HASH || c === 0x5b || c === 0x7b) decline();
      // `https://...` is text; a `:` before a space or the collection's punctuation makes a pair.
      if (c === COLON && (end + 1 === lineEnd || ' ,[]{}'.includes(this.text[end + 1]!))) decline();
    }
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    if (end === at) decline();
    const source = this.text.slice(at, end);
    return scalar(resolvePlain(source), at, end, source);
  }

  private skipSpaces(at: number, lineEnd: number): number {
    while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
    if (at === lineEnd) decline();
    return at;
  }

  /**
   * `>`, `>-`, `|` or `|-`, its lines below, all indented alike (a literal
   * block's lines may be indented more); a blank line inside holds no spaces
   * beyond that indentation.
   */
  private blockScalar(line: number, at: number, column: number): { node: Scalar; last: number } {
    const folded = this.text.charCodeAt(at) === 0x3e;
    const lineEnd = this.ends[line]!;
    let headerEnd = at + 1;
    const strip = this.text.charCodeAt(headerEnd) === DASH;
    if (strip) headerEnd++;
    if (headerEnd !== lineEnd) decline();
    const first = line + 1;
    // No content, or an empty or comment-like line first: the indentation would be found differently.
    if (first === this.starts.length || this.indents[first]! <= column) decline();
    const indent = this.indents[first]!;
    let value = '';
    let separator = '';
    let last = first;
    let pendingEmpty = 0;
    for (let current = first; current < this.starts.length; current++) {
      const start = this.starts[current]!;
      const end = this.ends[current]!;
      let spaces = 0;
      while (start + spaces < end && this.text.charCodeAt(start + spaces) === SPACE) spaces++;
      if (start + spaces === end) {
        if (spaces > indent) decline();
        pendingEmpty++;
        continue;
      }
      if (spaces < indent) break;
      if (spaces > indent && folded) decline();
      for (; pendingEmpty > 0; pendingEmpty--) {
        if (folded) {
          if (separator === '\n') value += '\n';
          else separator = '\n';
        } else {
          value += separator;
          separator = '\n';
        }
      }
      value += separator + this.text.slice(start + indent, end);
      separator = folded ? ' ' : '\n';
      last = current;
    }
    if (!strip) value += '\n';
    const end = this.after(last);
    return { node: scalar(value, at, end, value), last };
  }
}

function scalar(value: unknown, start: number, end: number, source: string): Scalar {
  return new ScalarNode(typeof value === 'string' ? ownText(value) : value, [start, end, end], source) as unknown as Scalar;
}

/**
 * A value as a string of its own. A slice of 13 characters or more is, in
 * V8, a view into the file's whole text, which every title, phrase or quote
 * the register keeps would keep alive to the end of the run: at 100,000
 * commitments all of the register's text, some 25 MB at the peak. Joined to
 * a space and cut again, it is copied (a shorter one V8 copies anyway).
 */
function ownText(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

/**
 * Whether a plain scalar may start here: not with an indicator, nor with `?`
 * or `:`, nor with `-` before a space (an item) or before a flow indicator
 * (an item too, in a flow collection, where `yaml` refuses it).
 */
function mayStartPlain(text: string, at: number, lineEnd: number): boolean {
  const code = text.charCodeAt(at);
  if ('[]{},#&*!|>\'"%@`'.includes(text[at]!)) return false;
  if (code === DASH) return at + 1 < lineEnd && !' ,[]{}'.includes(text[at + 1]!);
  return code !== 0x3f && code !== COLON;
}

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NOT_A_NUMBER = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FRACTION = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Every plain scalar that the core schema does not read as text starts with one of these. */
const MAYBE_NOT_TEXT = /^[-+.~0-9nNtTfF]/;
/**
 * Any of the patterns above, in one: most plain scalars that start like a
 * number or a keyword are text all the same (ids, dates, tags), and are told
 * so by one test instead of eight.
 */
const NOT_TEXT = new RegExp(`^(?:${[NULL, BOOLEAN, OCTAL, DECIMAL, HEX, NOT_A_NUMBER, EXPONENT, FRACTION].map((pattern) => pattern.source.slice(1, -1)).join('|')})$`);

/** A plain scalar's value under YAML 1.2's core schema, as `yaml` resolves it. */
function resolvePlain(source: string): unknown {
  if (!MAYBE_NOT_TEXT.test(source) || !NOT_TEXT.test(source)) return source;
  if (NULL.test(source)) return null;
  if (BOOLEAN.test(source)) return source[0] === 't' || source[0] === 'T';
  if (OCTAL.test(source)) return parseInt(source.slice(2), 8);
  if (DECIMAL.test(source)) return parseInt(source, 10);
  if (HEX.test(source)) return parseInt(source.slice(2), 16);
  // Not-a-number and infinities, and fractions (whose node `yaml` marks with their digits): left to `yaml`.
  if (NOT_A_NUMBER.test(source) || FRACTION.test(source)) decline();
  if (EXPONENT.test(source)) return parseFloat(source);
  return source;
}

/** YAML's one-letter escapes, as `yaml` reads them. */
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['0', '\0'],
  ['a', '\x07'],
  ['b', '\b'],
  ['e', '\x1b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['v', '\v'],
  ['N', '\u0085'],
  ['_', '\u00a0'],
  ['L', '\u2028'],
  ['P', '\u2029'],
  [' ', ' '],
  ['"', '"'],
  ['/', '/'],
  ['\\', '\\'],
]);
const HEX_DIGITS = /^[0-9a-fA-F]+$/;

/** One escape of a double-quoted scalar; `\U` and anything malformed are left to `yaml`. */
function unescape(text: string, at: number, lineEnd: number): { value: string; end: number } {
  const letter = text[at + 1];
  const simple = letter === undefined ? undefined : ESCAPES.get(letter);
  if (simple !== undefined) return { value: simple, end: at + 2 };
  const digits = letter === 'x' ? 2 : letter === 'u' ? 4 : 0;
  const hex = text.slice(at + 2, at + 2 + digits);
  if (digits === 0 || at + 2 + digits > lineEnd || !HEX_DIGITS.test(hex)) decline();
  return { value: String.fromCharCode(parseInt(hex, 16)), end: at + 2 + digits };
}
