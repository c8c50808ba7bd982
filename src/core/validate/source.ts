import type { YAMLMap } from 'yaml';
import { closest } from '../closest.js';
import { SOURCE_TYPES, type Source, type SourceDate, type SourceType } from '../model.js';
import type { Field, Located, Reader } from './reader.js';

export const SOURCE_FIELDS = ['id', 'type', 'title', 'date', 'by', 'refs', 'url', 'notes'] as const;

export interface ReadSource {
  /** Present only when the source block has no errors. */
  source?: Source;
  /** The id as written, even when other fields are broken: for duplicate detection. */
  id?: Located<string>;
  /** The date when it reads, even when other fields are broken: its commitments' deadlines are still checked against it. */
  date?: SourceDate;
}

/** Reads the `source:` block of a source file. */
export function readSource(reader: Reader, field: Field): ReadSource {
  const map = reader.mapping(field, 'source');
  if (!map) {
    if (reader.anchor(field) === field.key) reader.report('E_EMPTY_VALUE', field.key, { field: 'source' });
    return {};
  }
  const errorsBefore = reader.errorCount;
  const fields = reader.fields(map, SOURCE_FIELDS);
  // Source ids are often document numbers (`2025Z19579`, `36200`), so a YAML number is fine.
  const id = reader.requiredText(map, fields, 'id', 'source.id', true)?.trim();
  const type = readType(reader, map, fields);
  const title = reader.requiredText(map, fields, 'title', 'source.title');
  const date = reader.requiredDate(map, fields, 'date', 'source.date', true);
  const by = reader.text(fields.get('by'), 'source.by');
  const refs = reader.texts(fields.get('refs'), 'source.refs', true).map(({ value }) => value);
  const url = reader.url(fields.get('url'), 'source.url');
  const notes = reader.text(fields.get('notes'), 'source.notes');

  const dated = date === undefined ? undefined : sourceDate(date);
  if (id === undefined) return { date: dated };
  const located = { value: id, spot: reader.spot(fields.get('id')?.value) };
  if (reader.errorCount > errorsBefore || type === undefined || title === undefined || dated === undefined) return { id: located, date: dated };
  const { file, line, col } = located.spot;
  return {
    id: located,
    date: dated,
    source: { id, type, title, date: dated, by, refs, url, notes, file, position: { file, line, col } },
  };
}

function readType(reader: Reader, map: YAMLMap, fields: ReadonlyMap<string, Field>): SourceType | undefined {
  const text = reader.requiredText(map, fields, 'type', 'source.type');
  if (text === undefined) return undefined;
  const type = SOURCE_TYPES.find((candidate) => candidate === text.trim().toLowerCase());
  if (type === undefined) {
    const suggestion = closest(text, SOURCE_TYPES, 1)[0];
    reader.report('E_UNKNOWN_SOURCE_TYPE', fields.get('type')?.value, {
      value: text,
      allowed: SOURCE_TYPES.join(', '),
      ...(suggestion !== undefined && { suggestion }),
    });
  }
  return type;
}

function sourceDate(text: string): SourceDate {
  return text.length === 7 ? { text, anchor: `${text}-01`, precision: 'month' } : { text, anchor: text, precision: 'day' };
}
