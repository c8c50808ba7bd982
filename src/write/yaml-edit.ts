import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Surgical edits of YAML text: each change replaces or inserts only the text
 * of the node it touches, so comments, key order, quoting, flow or block
 * style, blank lines and line endings elsewhere stay exactly as they were.
 * The document is never re-serialised: `yaml`'s stringifier would reflow and
 * requote it. Text in, text out; no I/O. A UTF-8 BOM must be removed by the
 * caller (and put back after).
 */

export type YamlValue = string | number | boolean | readonly YamlValue[] | YamlObject;
export interface YamlObject {
  readonly [key: string]: YamlValue | undefined;
}

/** A key of a mapping, an index in a sequence, or the item of a sequence whose `id` is this. */
export type PathStep = string | number | { id: string };

export type YamlEditProblem = 'unparsable' | 'missing' | 'not-a-mapping' | 'not-a-sequence';

/** The text does not have the shape the edit needs; `path` says where, as `commitments[id=x].history`. */
export class YamlEditError extends Error {
  override readonly name = 'YamlEditError';

  constructor(
    readonly problem: YamlEditProblem,
    readonly path: string,
  ) {
    super(`${problem} at ${path || '(document)'}`);
  }
}

export interface SetOptions {
  /**
   * The order keys conventionally have; a new key is inserted after the
   * nearest key before it in this order that is present, else at the end.
   */
  order?: readonly string[];
}

/** Sets the value at `path`, creating the last key when absent. A mapping value is merged key by key into an existing mapping. */
export function setValue(text: string, path: readonly PathStep[], value: YamlValue, options: SetOptions = {}): string {
  const edit = new Edit(text);
  const { map, key } = edit.parentMapping(path);
  const pair = findPair(map, key);
  if (!pair) return edit.insertPair(map, key, value, options.order);
  if (isObject(value) && isMap(pair.value)) {
    let result = text;
    const keys = Object.keys(value);
    for (const [childKey, child] of Object.entries(value)) {
      if (child !== undefined) result = setValue(result, [...path, childKey], child, { order: keys });
    }
    return result;
  }
  return edit.replaceValue(map, pair, value);
}

/** Removes the key at `path` and its value: in block style the lines they take, trailing comment included. An absent key is no change. */
export function removeKey(text: string, path: readonly PathStep[]): string {
  const edit = new Edit(text);
  const { map, key } = edit.parentMapping(path);
  return edit.removePair(map, key);
}

/** Appends `item` to the sequence at `path`, creating the key (as a one-item sequence) when absent or empty. */
export function appendItem(text: string, path: readonly PathStep[], item: YamlValue, options: SetOptions = {}): string {
  const edit = new Edit(text);
  const { map, key } = edit.parentMapping(path);
  const pair = findPair(map, key);
  if (!pair) return edit.insertPair(map, key, [item], options.order);
  if (isEmpty(pair.value)) return edit.replaceValue(map, pair, [item]);
  if (!isSeq(pair.value)) throw new YamlEditError('not-a-sequence', pathText(path));
  return edit.appendToSequence(pair.value, item);
}

/** How new text is laid out, learnt from the document so additions look like their neighbours. */
interface Layout {
  eol: string;
  /** Spaces a nested mapping is indented under its key. */
  step: number;
  /** Spaces a block sequence's dashes are indented under its key (0 or, usually, the step). */
  seqIndent: number;
}

class Edit {
  private readonly document: Document.Parsed;
  private readonly layout: Layout;

  constructor(private readonly text: string) {
    this.document = parseDocument(text, { version: '1.2', keepSourceTokens: true });
    if (this.document.errors.length > 0) throw new YamlEditError('unparsable', '');
    this.layout = layoutOf(this.document, text);
  }

  /** The mapping that holds the last step of `path`, which must be a key. */
  parentMapping(path: readonly PathStep[]): { map: YAMLMap; key: string } {
    const key = path.at(-1);
    if (typeof key !== 'string') throw new YamlEditError('not-a-mapping', pathText(path));
    let node: unknown = this.document.contents;
    path.slice(0, -1).forEach((step, index) => {
      node = childOf(node, step, pathText(path.slice(0, index + 1)));
    });
    if (!isMap(node)) throw new YamlEditError('not-a-mapping', pathText(path.slice(0, -1)));
    return { map: node, key };
  }

  replaceValue(map: YAMLMap, pair: Pair, value: YamlValue): string {
    const node = pair.value as Node | null;
    const keyNode = pair.key as Node;
    if (map.flow) {
      const [start, end] = node?.range ?? [colonEnd(this.text, keyNode), colonEnd(this.text, keyNode)];
      return splice(this.text, start, end, (node?.range ? '' : ' ') + inline(value, true));
    }
    const keyColumn = columnOf(this.text, keyNode.range![0]);
    const range = node?.range;
    const inPlace = range && !isEmpty(node) && (isFlowOrInline(node) || isSeq(node));
    if (inPlace && fitsInline(value) && isFlowOrInline(node)) {
      // A scalar or flow value is replaced where it stands: a trailing comment and the spacing before it stay.
      return splice(this.text, range[0], range[1], inline(value, false));
    }
    if (inPlace && isSeq(node) && !node.flow && Array.isArray(value) && value.length > 0) {
      const dashColumn = columnOf(this.text, range[0]);
      return splice(this.text, range[0], contentEnd(this.text, range[0], range[1]), this.blockSequence(value, dashColumn).slice(dashColumn));
    }
    // A change of kind (block ↔ inline, or a value where there was none) rewrites everything after the colon.
    const start = colonEnd(this.text, keyNode);
    const end = range && !isEmpty(node) ? contentEnd(this.text, range[0], range[1]) : start;
    return splice(this.text, start, Math.max(start, end), this.afterKey(value, keyColumn));
  }

  removePair(map: YAMLMap, key: string): string {
    const pair = findPair(map, key);
    if (!pair) return this.text;
    const keyStart = (pair.key as Node).range![0];
    const index = map.items.indexOf(pair);
    if (map.flow) {
      const next = map.items[index + 1] as Pair | undefined;
      if (next) return splice(this.text, keyStart, (next.key as Node).range![0], '');
      const previous = map.items[index - 1] as Pair | undefined;
      return splice(this.text, previous ? pairEnd(this.text, previous) : keyStart, pairEnd(this.text, pair), '');
    }
    const start = lineStart(this.text, keyStart);
    // A key that shares its line with a sequence dash starts the item: taking its line would take the item's dash.
    if (this.text.slice(start, keyStart).trim() !== '') throw new YamlEditError('not-a-mapping', key);
    return splice(this.text, start, endOfLine(this.text, contentEnd(this.text, keyStart, pairEnd(this.text, pair))), '');
  }

  insertPair(map: YAMLMap, key: string, value: YamlValue, order: readonly string[] | undefined): string {
    if (map.flow) {
      const last = map.items.at(-1);
      if (!last) return splice(this.text, map.range![0] + 1, map.range![0] + 1, `${scalar(key, true)}: ${inline(value, true)}`);
      const end = pairEnd(this.text, last as Pair);
      return splice(this.text, end, end, `, ${scalar(key, true)}: ${inline(value, true)}`);
    }
    const first = map.items[0];
    if (!first) throw new YamlEditError('not-a-mapping', key);
    const keyColumn = columnOf(this.text, (first.key as Node).range![0]);
    const after = anchorPair(map, key, order);
    const at = endOfLine(this.text, contentEnd(this.text, 0, pairEnd(this.text, after)) - 1);
    const line = `${' '.repeat(keyColumn)}${scalar(key, false)}:${this.afterKey(value, keyColumn)}${this.layout.eol}`;
    return this.insertLine(at, line);
  }

  appendToSequence(seq: YAMLSeq, item: YamlValue): string {
    const last = seq.items.at(-1) as Node | undefined;
    if (seq.flow) {
      if (!last) return splice(this.text, seq.range![0] + 1, seq.range![0] + 1, inline(item, true));
      return splice(this.text, last.range![1], last.range![1], `, ${inline(item, true)}`);
    }
    if (!last?.range) throw new YamlEditError('not-a-sequence', '');
    const dashColumn = columnOf(this.text, seq.range![0]);
    const lastEnd = contentEnd(this.text, last.range[0], last.range[1]);
    const at = afterOwnComments(this.text, endOfLine(this.text, lastEnd - 1), dashColumn);
    // Items kept apart by blank lines (commitments usually are) get one more the same way.
    const previous = (seq.items.at(-2) as Node | undefined)?.range;
    const spaced = previous != null && hasBlankLine(this.text.slice(endOfLine(this.text, contentEnd(this.text, previous[0], previous[1]) - 1), lineStart(this.text, last.range[0])));
    const asFlow = (isMap(last) || isSeq(last)) && last.flow === true;
    const body = asFlow ? `${' '.repeat(dashColumn)}- ${inline(item, true)}` : this.blockSequence([item], dashColumn);
    return this.insertLine(at, `${spaced ? this.layout.eol : ''}${body}${this.layout.eol}`);
  }

  /** What follows `key:` for a value: ` scalar`, ` [a, b]`, or a nested block on the next lines. */
  private afterKey(value: YamlValue, keyColumn: number): string {
    if (fitsInline(value)) return ` ${inline(value, false)}`;
    const { eol, step, seqIndent } = this.layout;
    if (Array.isArray(value)) return `${eol}${this.blockSequence(value, keyColumn + seqIndent)}`;
    return `${eol}${this.blockMapping(value as YamlObject, keyColumn + step)}`;
  }

  private blockMapping(value: YamlObject, column: number): string {
    return Object.entries(value)
      .filter((entry): entry is [string, YamlValue] => entry[1] !== undefined)
      .map(([key, child]) => `${' '.repeat(column)}${scalar(key, false)}:${this.afterKey(child, column)}`)
      .join(this.layout.eol);
  }

  private blockSequence(items: readonly YamlValue[], dashColumn: number): string {
    return items
      .map((item) => {
        const body = isObject(item) && Object.keys(item).length > 0 ? this.blockMapping(item, dashColumn + 2).slice(dashColumn + 2) : inline(item, false);
        return `${' '.repeat(dashColumn)}- ${body}`;
      })
      .join(this.layout.eol);
  }

  private insertLine(at: number, line: string): string {
    const needsBreak = at === this.text.length && at > 0 && !this.text.endsWith('\n');
    return splice(this.text, at, at, `${needsBreak ? this.layout.eol : ''}${line}`);
  }
}

function childOf(node: unknown, step: PathStep, where: string): unknown {
  if (typeof step === 'string') {
    if (!isMap(node)) throw new YamlEditError('not-a-mapping', where);
    const pair = findPair(node, step);
    if (!pair) throw new YamlEditError('missing', where);
    return pair.value;
  }
  if (!isSeq(node)) throw new YamlEditError('not-a-sequence', where);
  const found = typeof step === 'number' ? node.items[step] : node.items.find((item) => isMap(item) && String(item.get('id')) === step.id);
  if (found === undefined) throw new YamlEditError('missing', where);
  return found;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key) as Pair | undefined;
}

/** The pair a new key goes after: its nearest predecessor in `order` that the mapping has, else the last pair. */
function anchorPair(map: YAMLMap, key: string, order: readonly string[] | undefined): Pair {
  const index = order?.indexOf(key) ?? -1;
  for (let at = index - 1; order && at >= 0; at--) {
    const pair = findPair(map, order[at]!);
    if (pair) return pair;
  }
  return map.items.at(-1) as Pair;
}

function layoutOf(document: Document.Parsed, text: string): Layout {
  const newline = text.indexOf('\n');
  const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  let step: number | undefined;
  let seqIndent: number | undefined;
  const root = document.contents;
  if (isMap(root) && !root.flow) {
    for (const pair of root.items) {
      const keyStart = (pair.key as Node | null)?.range?.[0];
      const value = pair.value as Node | null;
      if (keyStart === undefined || !value?.range) continue;
      const indent = columnOf(text, value.range[0]) - columnOf(text, keyStart);
      if (isMap(value) && !value.flow && indent > 0) step ??= indent;
      if (isSeq(value) && !value.flow && indent >= 0) seqIndent ??= indent;
    }
  }
  return { eol, step: step ?? 2, seqIndent: seqIndent ?? step ?? 2 };
}

function isObject(value: unknown): value is YamlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalarValue(value: YamlValue): value is string | number | boolean {
  return typeof value !== 'object';
}

/** Scalars and lists of scalars are written on the key's line; mappings and lists of mappings as blocks. */
function fitsInline(value: YamlValue): boolean {
  if (isScalarValue(value)) return true;
  if (Array.isArray(value)) return value.every((item: YamlValue) => isScalarValue(item) || (Array.isArray(item) && fitsInline(item)));
  return Object.keys(value).length === 0;
}

function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null && (node.source === '' || node.source === undefined));
}

function isFlowOrInline(node: unknown): boolean {
  if (isScalar(node)) return node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL;
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** A value in one line; in flow context (inside `[...]`/`{...}`) more strings need quotes. */
function inline(value: YamlValue, flow: boolean): string {
  if (isScalarValue(value)) return scalar(value, flow);
  if (Array.isArray(value)) return `[${value.map((item: YamlValue) => inline(item, true)).join(', ')}]`;
  const entries = Object.entries(value).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
  return `{${entries.map(([key, child]) => `${scalar(key, true)}: ${inline(child, true)}`).join(', ')}}`;
}

/**
 * Plain when YAML reads the plain text back as the same string (so `open`,
 * `2026-11-28` and `Kamerstuk 28638, nr. 250` stay unquoted), otherwise
 * double-quoted: a JSON string is a valid YAML double-quoted scalar.
 */
export function scalar(value: string | number | boolean, flow: boolean): string {
  if (typeof value !== 'string') return String(value);
  return readsBackAs(value, flow) ? value : JSON.stringify(value);
}

function readsBackAs(value: string, flow: boolean): boolean {
  if (value === '' || value !== value.trim() || /[\r\n\t]/.test(value)) return false;
  const probe = parseDocument(flow ? `[${value}]` : `k: ${value}`, { version: '1.2' });
  if (probe.errors.length > 0 || probe.warnings.length > 0) return false;
  const root = probe.contents;
  const node = isSeq(root) && root.items.length === 1 ? root.items[0] : isMap(root) && root.items.length === 1 ? root.items[0]!.value : undefined;
  // An alias, anchor or tag would also read back differently, if at all.
  return isScalar(node) && node.value === value && node.tag === undefined && node.anchor === undefined;
}

/** Where a pair's text ends: after its value, or after the colon when it has none. */
function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as Node | null;
  return value?.range && !isEmpty(value) ? value.range[1] : colonEnd(text, pair.key as Node);
}

/** Just after the `:` that follows a key. */
function colonEnd(text: string, key: Node): number {
  let at = key.range![1];
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] !== ':') throw new YamlEditError('not-a-mapping', String((key as Scalar).value));
  return at + 1;
}

/** End of the last non-blank character in [start, end): where a node's own text stops. */
function contentEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Just after the line break of the line holding `offset` (the end of the text on the last line). */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(0, offset));
  return newline === -1 ? text.length : newline + 1;
}

/**
 * Past the comment lines after an item that are indented beyond its dash:
 * they are the item's own (a note under its last field), and stay with it
 * when an item is added after it. A comment at the dash or further left
 * heads what comes next, or closes the file, and stays after the addition.
 */
function afterOwnComments(text: string, from: number, dashColumn: number): number {
  let at = from;
  for (let scan = from; scan < text.length; ) {
    const next = endOfLine(text, scan);
    const line = text.slice(scan, next);
    const indent = line.search(/\S/);
    if (indent >= 0) {
      if (line[indent] !== '#' || indent <= dashColumn) break;
      at = next;
    }
    scan = next;
  }
  return at;
}

function hasBlankLine(between: string): boolean {
  return between.split('\n').some((line, index, lines) => index < lines.length - 1 && line.trim() === '');
}

function splice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

function pathText(path: readonly PathStep[]): string {
  return path.map((step, index) => (typeof step === 'string' ? `${index > 0 ? '.' : ''}${step}` : typeof step === 'number' ? `[${step}]` : `[id=${step.id}]`)).join('');
}

/** The text of the scalar at `path`, or undefined when it is absent or not a scalar. */
export function readScalar(text: string, path: readonly PathStep[]): string | undefined {
  try {
    const edit = new Edit(text);
    const { map, key } = edit.parentMapping(path);
    const value = findPair(map, key)?.value;
    return isScalar(value) && value.value !== null ? String(value.value) : undefined;
  } catch (error) {
    if (error instanceof YamlEditError && error.problem !== 'unparsable') return undefined;
    throw error;
  }
}

/**
 * Every scalar found at `key` in the items of the sequence at `path` (e.g.
 * all commitments' `status`), from one parse of the text: reading each item
 * apart parsed the whole file once per item.
 */
export function scalarsInItems(text: string, path: readonly PathStep[], key: string): string[] {
  const document = parseDocument(text, { version: '1.2' });
  const node = document.getIn(path.map((step) => (typeof step === 'object' ? step.id : step)), true);
  if (!isSeq(node) || node.items.length === 0) return [];
  if (document.errors.length > 0) throw new YamlEditError('unparsable', '');
  const found: string[] = [];
  for (const item of node.items) {
    const value = isMap(item) ? findPair(item, key)?.value : undefined;
    if (isScalar(value) && value.value !== null) found.push(String(value.value));
  }
  return found;
}
