import type { Assessment } from '../../core/assess.js';
import type { Commitment } from '../../core/model.js';
import type { Messages } from '../../messages/index.js';
import type { Chunks } from '../chunks.js';
import type { RegisterJson } from '../commitment-json.js';
import { renderCsvExport } from './csv-export.js';
import { renderIcsExport } from './ics-export.js';
import { renderJsonExport } from './json-export.js';
import { renderMarkdownExport } from './md-export.js';
import { renderNdjsonExport } from './ndjson-export.js';

/** The formats of `export`, by name: adding one is a renderer file and an entry here. */
export type ExportFormat = 'json' | 'ndjson' | 'csv' | 'md' | 'ics';

/** Every format gets the same inputs, whether it uses them all or not (CSV has no words to translate, only JSON names the register). */
export const EXPORT_FORMATS: Readonly<Record<ExportFormat, (assessment: Assessment<Commitment>, messages: Messages, register: RegisterJson) => Chunks>> = {
  json: renderJsonExport,
  ndjson: renderNdjsonExport,
  csv: renderCsvExport,
  md: renderMarkdownExport,
  ics: renderIcsExport,
};

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** File extensions that name a format, for `export -o FILE` without `--format`. */
export const EXTENSION_FORMATS: Readonly<Record<string, ExportFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.ics': 'ics',
  '.ical': 'ics',
};
