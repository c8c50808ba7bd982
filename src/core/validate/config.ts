import type { Scalar, YAMLMap } from 'yaml';
import { isScalar } from '../yaml-nodes.js';
import type { ParsedTree } from '../parse-yaml.js';
import { closest } from '../closest.js';
import type { RecessOverride, RegisterConfig } from '../model.js';
import { kindOf, scalarText, type Field, type Reader } from './reader.js';

const CONFIG_FIELDS = ['calendar', 'horizon', 'lang', 'import'] as const;
const IMPORT_FIELDS = ['tk'] as const;
const IMPORT_STATE_FIELDS = ['last_sync', 'last_sync_field'] as const;
/** An instant as the Tweede Kamer writes it: `2025-01-14T10:23:45.1234567+01:00` or with `Z`. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_FIELDS = ['recesses'] as const;
const RECESS_FIELDS = ['name', 'first', 'last', 'note'] as const;
const LANGS = ['nl', 'en'] as const;
/** The recesses the deadline grammar names; an override under another name would never be used. */
const RECESS_NAMES = ['zomerreces', 'herfstreces', 'kerstreces', 'voorjaarsreces', 'meireces', 'verkiezingsreces'];

/** Reads `toezegging.config.yaml`. An empty file is fine: it only marks the register folder. */
export function readConfig(reader: Reader, document: ParsedTree): RegisterConfig {
  const config: RegisterConfig = { recesses: [] };
  const root = document.contents;
  const kind = kindOf(root);
  if (kind === 'null' || kind === 'alias') return config;
  if (kind !== 'mapping') {
    reader.report('E_ROOT_NOT_MAPPING', root, { actual: kind });
    return config;
  }
  const fields = reader.fields(root as YAMLMap, CONFIG_FIELDS);
  const calendar = reader.mapping(fields.get('calendar'), 'calendar');
  if (calendar) {
    const recesses = reader.list(reader.fields(calendar, CALENDAR_FIELDS).get('recesses'), 'calendar.recesses');
    for (const item of recesses?.items ?? []) {
      const recess = readRecess(reader, item);
      if (recess) config.recesses.push(recess);
    }
  }
  config.horizon = readHorizon(reader, fields.get('horizon'));
  config.lang = readLang(reader, fields.get('lang'));
  const imports = reader.mapping(fields.get('import'), 'import');
  if (imports) {
    const tk = reader.mapping(reader.fields(imports, IMPORT_FIELDS).get('tk'), 'import.tk');
    if (tk) {
      const state = reader.fields(tk, IMPORT_STATE_FIELDS);
      const lastSyncField = reader.text(state.get('last_sync_field'), 'import.tk.last_sync_field')?.trim();
      config.imports = { tk: { lastSync: readLastSync(reader, state.get('last_sync')), ...(lastSyncField !== undefined && { lastSyncField }) } };
    }
  }
  return config;
}

function readRecess(reader: Reader, node: unknown): RecessOverride | undefined {
  const map = reader.itemMapping(node, 'calendar.recesses');
  if (!map) return undefined;
  const errorsBefore = reader.errorCount;
  const fields = reader.fields(map, RECESS_FIELDS);
  const name = reader.requiredText(map, fields, 'name', 'name')?.trim().toLowerCase();
  const first = reader.requiredDate(map, fields, 'first', 'first');
  const last = reader.requiredDate(map, fields, 'last', 'last');
  const note = reader.text(fields.get('note'), 'note');
  if (name !== undefined && !RECESS_NAMES.includes(name)) {
    const suggestion = closest(name, RECESS_NAMES, 1)[0];
    reader.report('W_UNKNOWN_RECESS', fields.get('name')?.value, { name, allowed: RECESS_NAMES.join(', '), ...(suggestion !== undefined && { suggestion }) }, 'warning');
  }
  if (first !== undefined && last !== undefined && first > last) {
    reader.report('E_RANGE_REVERSED', fields.get('last')?.value, { from: first, to: last });
  }
  if (reader.errorCount > errorsBefore || name === undefined || first === undefined || last === undefined) return undefined;
  return { name, first, last, note };
}

function readHorizon(reader: Reader, field: Field | undefined): number | undefined {
  if (!field || kindOf(field.value) === 'null') return undefined;
  const value = kindOf(field.value) === 'number' ? Number((field.value as Scalar).value) : NaN;
  if (Number.isSafeInteger(value) && value > 0) return value;
  const written = isScalar(field.value) ? scalarText(field.value) : kindOf(field.value);
  reader.report('E_BAD_HORIZON', field.value, { value: written });
  return undefined;
}

function readLastSync(reader: Reader, field: Field | undefined): string | undefined {
  const text = reader.text(field, 'import.tk.last_sync')?.trim();
  if (text === undefined || TIMESTAMP.test(text)) return text;
  reader.report('E_BAD_TIMESTAMP', field?.value, { field: 'import.tk.last_sync', value: text });
  return undefined;
}

function readLang(reader: Reader, field: Field | undefined): RegisterConfig['lang'] {
  const text = reader.text(field, 'lang');
  if (text === undefined) return undefined;
  const lang = LANGS.find((candidate) => candidate === text.trim().toLowerCase());
  if (lang === undefined) {
    const suggestion = closest(text, LANGS, 1)[0];
    reader.report('E_UNKNOWN_LANG', field?.value, { value: text, allowed: LANGS.join(', '), ...(suggestion !== undefined && { suggestion }) });
  }
  return lang;
}
