import type { Scalar, YAMLMap } from 'yaml';
import { isScalar } from '../yaml-nodes.js';
import { isOutOfRange, parseCivilDate } from '../civil-date.js';
import { SERIES_EVERY, type DueSpec, type EventRelation, type Position, type SeriesEvery } from '../model.js';
import { ISO_DAY, kindOf, scalarText, type Field, type Located, type Reader } from './reader.js';

const AFTER_FIELDS = ['after', 'within'] as const;
const RANGE_FIELDS = ['from', 'to'] as const;
const EVENT_FIELDS = ['event', 'date', 'relation'] as const;
const RELATIONS: readonly EventRelation[] = ['before', 'after', 'at'];
const SERIES_FIELDS = ['every', 'phase'] as const;

export interface ReadDue {
  due?: DueSpec;
  /** The id named by `due.after`, with its place, for the cross-reference check. */
  after?: Located<string>;
}

/**
 * Checks the shape of `due` only; phrases are resolved (and reported when
 * unknown) later, against the source's date and the calendar.
 */
export function readDue(reader: Reader, field: Field): ReadDue {
  const position = toPosition(reader, reader.anchor(field));
  switch (kindOf(field.value)) {
    case 'text':
    case 'number':
      return { due: readPhrase(reader, field, field.value as Scalar, position) };
    case 'mapping':
      return readMapping(reader, field.value as YAMLMap, position);
    case 'null':
      // An empty `due:` is a deadline someone meant to fill in; it must not pass as "no deadline".
      reader.report('E_EMPTY_VALUE', field.key, { field: 'due' });
      return {};
    case 'alias':
      return {};
    default:
      reader.wrongType(field, 'due', 'due');
      return {};
  }
}

function readPhrase(reader: Reader, field: Field, node: Scalar, position: Position): DueSpec | undefined {
  // A YAML number here is a year (`due: 2026`): keep it as the phrase it was written as.
  const phrase = scalarText(node).trim();
  if (phrase === '') {
    reader.report('E_EMPTY_VALUE', field.key, { field: 'due' });
    return undefined;
  }
  if (ISO_DAY.test(phrase) && !parseCivilDate(phrase)) {
    reader.report('E_BAD_DATE', node, { field: 'due', value: phrase, format: 'day' });
    return undefined;
  }
  if (isOutOfRange(phrase)) {
    reader.report('E_DATE_RANGE', node, { field: 'due', value: phrase });
    return undefined;
  }
  return { kind: 'phrase', phrase, position };
}

function readMapping(reader: Reader, map: YAMLMap, position: Position): ReadDue {
  const keys = new Set(map.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined)));
  if (keys.has('after')) {
    const fields = reader.fields(map, AFTER_FIELDS);
    const after = reader.requiredText(map, fields, 'after', 'due.after');
    const within = reader.text(fields.get('within'), 'due.within');
    if (after === undefined) return {};
    const afterField = fields.get('after');
    return {
      due: { kind: 'after', after, within: within?.trim(), position },
      after: { value: after, spot: reader.spot(afterField?.value) },
    };
  }
  if (keys.has('event')) {
    const fields = reader.fields(map, EVENT_FIELDS);
    const event = reader.requiredText(map, fields, 'event', 'due.event');
    const date = reader.date(fields.get('date'), 'due.date');
    const relationField = fields.get('relation');
    const relationText = reader.text(relationField, 'due.relation');
    const relation = RELATIONS.find((candidate) => candidate === relationText?.trim());
    if (relationText !== undefined && relation === undefined) {
      reader.report('E_BAD_RELATION', relationField?.value, { value: relationText, allowed: RELATIONS.join(', ') });
      return {};
    }
    if (event === undefined || event.trim() === '') return {};
    return { due: { kind: 'event', event: event.trim(), ...(date === undefined ? {} : { date }), ...(relation === undefined ? {} : { relation }), position } };
  }
  if (keys.has('every')) return readSeries(reader, map, position);
  if (keys.has('from') || keys.has('to')) {
    const fields = reader.fields(map, RANGE_FIELDS);
    const from = reader.requiredDate(map, fields, 'from', 'due.from');
    const to = reader.requiredDate(map, fields, 'to', 'due.to');
    if (from === undefined || to === undefined) return {};
    if (from > to) {
      reader.report('E_RANGE_REVERSED', fields.get('to')?.value, { from, to });
      return {};
    }
    return { due: { kind: 'range', from, to, position } };
  }
  reader.report('E_DUE_SHAPE', map, { keys: [...keys].filter((key) => key !== undefined).join(', ') });
  return {};
}

/**
 * `{every: year|half-year|quarter|month, phase: …}`: a phase places each
 * year's instance, so it goes with `every: year` only; whether the calendar
 * knows it is for resolution to say.
 */
function readSeries(reader: Reader, map: YAMLMap, position: Position): ReadDue {
  const fields = reader.fields(map, SERIES_FIELDS);
  const every = reader.requiredText(map, fields, 'every', 'due.every')?.trim();
  const phaseField = fields.get('phase');
  const phase = reader.text(phaseField, 'due.phase')?.trim();
  if (every === undefined) return {};
  const period = SERIES_EVERY.find((candidate) => candidate === every);
  if (period === undefined) {
    reader.report('E_BAD_EVERY', fields.get('every')?.value, { value: every, allowed: SERIES_EVERY.join(', ') });
    return {};
  }
  if (phase === '') {
    reader.report('E_EMPTY_VALUE', phaseField?.key, { field: 'due.phase' });
    return {};
  }
  if (phase !== undefined && period !== 'year') {
    reader.report('E_PHASE_NOT_YEARLY', phaseField?.value, { every: period });
    return {};
  }
  const due: { kind: 'series'; every: SeriesEvery; phase?: string; position: Position } = { kind: 'series', every: period, position };
  if (phase !== undefined) due.phase = phase;
  return { due };
}

function toPosition(reader: Reader, node: unknown): Position {
  const { file, line, col } = reader.spot(node);
  return { file, line, col };
}
