import type { LineCounter, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from '../yaml-nodes.js';
import { isInRange, parseCivilDate, type CivilDate } from '../civil-date.js';
import { closest } from '../closest.js';
import type { Diagnostic, Severity } from '../model.js';
import { isWebAddress } from '../web-address.js';

/** Where a diagnostic points: a position plus the length of the text to underline. */
export type Spot = Pick<Diagnostic, 'file' | 'line' | 'col' | 'length'>;

export type ValueKind = 'mapping' | 'list' | 'text' | 'number' | 'boolean' | 'null' | 'alias';

/** A key/value pair of a mapping whose key is a known field name. */
export interface Field {
  key: Scalar;
  /** The value node; null for `? key` without a value. */
  value: unknown;
}

/** A text value together with its node, for positions in later cross-file checks. */
export interface Located<T> {
  value: T;
  spot: Spot;
}

interface Ranged {
  range?: readonly [number, number, number] | null;
}

/** Shaped like a day, whether or not the day exists. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

// Keys people write from habit or in Dutch; edit distance alone would not find these.
// A Map, not an object literal, so that a key such as `constructor` finds nothing.
const KEY_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['deadline', 'due'],
  ['termijn', 'due'],
  ['due_date', 'due'],
  ['duedate', 'due'],
  ['citaat', 'quote'],
  ['vraag', 'question'],
  ['geleverd', 'delivered'],
  ['opgeleverd', 'delivered'],
  ['afhankelijk_van', 'depends_on'],
  ['aan', 'to'],
  ['notities', 'notes'],
  ['opmerkingen', 'notes'],
  ['geschiedenis', 'history'],
  ['bron', 'source'],
  ['toezeggingen', 'commitments'],
  ['datum', 'date'],
  ['soort', 'type'],
  ['titel', 'title'],
  ['door', 'by'],
  ['naam', 'name'],
  ['notitie', 'note'],
  ['op', 'on'],
  ['binnen', 'within'],
]);

export function kindOf(node: unknown): ValueKind {
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isAlias(node)) return 'alias';
  if (!isScalar(node)) return 'null';
  const value = node.value;
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'null';
}

/**
 * Reads the YAML node tree of one file into typed values, reporting every
 * problem as a diagnostic and returning undefined for values it cannot use.
 * Aliases were already refused by the parser, so they are skipped quietly here.
 */
export class Reader {
  constructor(
    readonly file: string,
    private readonly lineCounter: LineCounter,
    private readonly diagnostics: Diagnostic[],
  ) {}

  private errors = 0;
  /** Field names offered as did-you-mean per mapping, so a typo is not also reported as a missing field. */
  private readonly suggested = new WeakMap<YAMLMap, string[]>();

  /** The position of a node, underlining at most the rest of its first line. */
  spot(node: unknown): Spot {
    const range = (node as Ranged | null)?.range;
    const start = range?.[0] ?? 0;
    const end = range?.[1] ?? start;
    const { line, col } = this.lineCounter.linePos(start);
    const nextLineStart = this.lineCounter.lineStarts[line];
    const lineEnd = nextLineStart === undefined ? end : nextLineStart - 1;
    return { file: this.file, line, col, length: Math.max(1, Math.min(end, lineEnd) - start) };
  }

  report(code: string, node: unknown, args: Diagnostic['args'] = {}, severity: Severity = 'error'): void {
    if (severity === 'error') this.errors++;
    this.diagnostics.push({ code, severity, ...this.spot(node), args });
  }

  /** Errors reported so far: an entry enters the register only if reading it added none. */
  get errorCount(): number {
    return this.errors;
  }

  /** The pairs of a mapping by field name; unknown and non-text keys are reported, with a did-you-mean. */
  fields(map: YAMLMap, allowed: readonly string[]): Map<string, Field> {
    const fields = new Map<string, Field>();
    for (const pair of map.items) {
      const key = pair.key;
      if (isAlias(key)) continue;
      if (isScalar(key) && typeof key.value === 'string' && allowed.includes(key.value)) {
        fields.set(key.value, { key, value: pair.value });
        continue;
      }
      const name = isScalar(key) ? String(key.value) : String(key);
      const synonym = KEY_SYNONYMS.get(name.toLowerCase());
      const suggestion = synonym !== undefined && allowed.includes(synonym) ? synonym : closest(name, allowed, 1)[0];
      if (suggestion !== undefined) this.suggested.set(map, [...(this.suggested.get(map) ?? []), suggestion]);
      this.report('E_UNKNOWN_FIELD', key ?? pair.value, {
        field: name,
        allowed: allowed.join(', '),
        ...(suggestion !== undefined && { suggestion }),
      });
    }
    return fields;
  }

  /**
   * Reports `E_MISSING_FIELD` at the mapping when a required field is absent,
   * unless a misspelt key there was already reported with this name as its fix.
   */
  require(map: YAMLMap, fields: ReadonlyMap<string, Field>, name: string, path: string): Field | undefined {
    const field = fields.get(name);
    if (!field && !this.suggested.get(map)?.includes(name)) this.report('E_MISSING_FIELD', firstKeyOf(map), { field: path });
    return field;
  }

  /** The node to point at for a field: its value, or its key when the value is empty. */
  anchor(field: Field): unknown {
    return kindOf(field.value) === 'null' ? field.key : field.value;
  }

  wrongType(field: Field, path: string, expected: string): void {
    this.report('E_WRONG_TYPE', this.anchor(field), { field: path, expected, actual: kindOf(field.value) });
  }

  mapping(field: Field | undefined, path: string): YAMLMap | undefined {
    if (!field) return undefined;
    const kind = kindOf(field.value);
    if (kind === 'mapping') return field.value as YAMLMap;
    if (kind !== 'null' && kind !== 'alias') this.wrongType(field, path, 'mapping');
    return undefined;
  }

  /** An item of a list that must be a mapping, as `mapping` reads a field's value. */
  itemMapping(node: unknown, path: string): YAMLMap | undefined {
    const kind = kindOf(node);
    if (kind === 'mapping') return node as YAMLMap;
    if (kind !== 'alias') this.report('E_WRONG_TYPE', node, { field: path, expected: 'mapping', actual: kind });
    return undefined;
  }

  list(field: Field | undefined, path: string): YAMLSeq | undefined {
    if (!field) return undefined;
    const kind = kindOf(field.value);
    if (kind === 'list') return field.value as YAMLSeq;
    if (kind !== 'null' && kind !== 'alias') this.wrongType(field, path, 'list');
    return undefined;
  }

  /**
   * A text value; undefined when absent or empty. With `numbers`, a YAML number
   * counts as the text it was written as (`0012` stays `0012`).
   */
  text(field: Field | undefined, path: string, numbers = false): string | undefined {
    if (!field) return undefined;
    return this.textOf(field.value, this.anchor(field), path, numbers);
  }

  /** Like `text`, but an absent or empty value is an error. */
  requiredText(map: YAMLMap, fields: ReadonlyMap<string, Field>, name: string, path: string, numbers = false): string | undefined {
    const field = this.require(map, fields, name, path);
    if (!field) return undefined;
    const text = this.text(field, path, numbers);
    if (text === undefined && isEmpty(field.value)) this.report('E_EMPTY_VALUE', field.key, { field: path });
    return text;
  }

  /** A list of texts; a single text is taken as a list of one, as people write `tags: mensenhandel`. */
  texts(field: Field | undefined, path: string, numbers = false): Located<string>[] {
    if (!field) return [];
    const kind = kindOf(field.value);
    if (kind === 'mapping') {
      this.wrongType(field, path, 'list');
      return [];
    }
    const items = kind === 'list' ? (field.value as YAMLSeq).items : kind === 'null' ? [] : [field.value];
    const found: Located<string>[] = [];
    for (const item of items) {
      const text = this.textOf(item, item, path, numbers);
      if (text !== undefined) found.push({ value: text, spot: this.spot(item) });
    }
    return found;
  }

  /** An absolute `http(s)` address. */
  url(field: Field | undefined, path: string): string | undefined {
    const text = this.text(field, path)?.trim();
    if (text === undefined || !field) return undefined;
    if (isWebAddress(text)) return text;
    this.report('E_BAD_URL', field.value, { field: path, value: text });
    return undefined;
  }

  /** A calendar date `YYYY-MM-DD`, or with `months` also `YYYY-MM`. */
  date(field: Field | undefined, path: string, months = false): CivilDate | undefined {
    if (!field) return undefined;
    const kind = kindOf(field.value);
    if (kind === 'null' || kind === 'alias') return undefined;
    if (kind !== 'text' && kind !== 'number') {
      this.wrongType(field, path, 'date');
      return undefined;
    }
    const text = scalarText(field.value as Scalar).trim();
    const format = months ? 'day-or-month' : 'day';
    const month = months ? ISO_MONTH.exec(text) : null;
    const day = parseCivilDate(text) ? text : month && Number(month[2]) >= 1 && Number(month[2]) <= 12 ? `${text}-01` : undefined;
    if (day !== undefined) {
      if (isInRange(day)) return text;
      this.report('E_DATE_RANGE', field.value, { field: path, value: text });
      return undefined;
    }
    const code = ISO_DAY.test(text) || month ? 'E_BAD_DATE' : 'E_DATE_FORMAT';
    this.report(code, field.value, { field: path, value: text, format });
    return undefined;
  }

  /** Required date: absent or empty is an error too. */
  requiredDate(map: YAMLMap, fields: ReadonlyMap<string, Field>, name: string, path: string, months = false): CivilDate | undefined {
    const field = this.require(map, fields, name, path);
    if (field && isEmpty(field.value)) {
      this.report('E_EMPTY_VALUE', field.key, { field: path });
      return undefined;
    }
    return this.date(field, path, months);
  }

  private textOf(node: unknown, anchor: unknown, path: string, numbers: boolean): string | undefined {
    const kind = kindOf(node);
    if (kind === 'text' || (numbers && kind === 'number')) {
      const text = scalarText(node as Scalar);
      return text.trim() === '' ? undefined : text;
    }
    if (kind !== 'null' && kind !== 'alias') {
      this.report('E_WRONG_TYPE', anchor, { field: path, expected: numbers ? 'text-or-number' : 'text', actual: kind });
    }
    return undefined;
  }
}

/** The text of a scalar as written, so that numbers keep their leading zeros. */
export function scalarText(node: Scalar): string {
  return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}

function isEmpty(node: unknown): boolean {
  const kind = kindOf(node);
  return kind === 'null' || (kind === 'text' && String((node as Scalar).value).trim() === '');
}

function firstKeyOf(map: YAMLMap): unknown {
  return map.items[0]?.key ?? map;
}
