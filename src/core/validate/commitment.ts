import { LINK_KINDS } from '../model.js';
import type { Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar } from '../yaml-nodes.js';
import { closest } from '../closest.js';
import type { CivilDate } from '../civil-date.js';
import type { Commitment, Delivery, DueSpec, HistoryEntry, ImportedFrom, InstanceDelivery, SourceDate, Status } from '../model.js';
import { EMPTY_LIST, orEmpty } from '../empty-list.js';
import { readDue } from './due.js';
import { kindOf, type Field, type Located, type Reader, type Spot } from './reader.js';
import { STATUS_SPELLINGS, statusOf } from './status-alias.js';

export const COMMITMENT_FIELDS = [
  'id', 'title', 'quote', 'question', 'made', 'due', 'status', 'delivered', 'deliveries', 'depends_on', 'to', 'tags', 'notes', 'history', 'imported',
] as const;
const DELIVERY_FIELDS = ['on', 'date_unknown', 'ref', 'url'] as const;
export const IMPORTED_FIELDS = [
  'from', 'id', 'nummer', 'activiteit', 'by', 'ministerie', 'status', 'changed', 'due_from', 'notes', 'removed', 'links',
] as const;
/** `imported.links` as written: snake case, as every key of a file. */
export const LINK_FIELDS = ['repeats', 'amends', 'supplements', 'repeated_by', 'amended_by', 'supplemented_by'] as const;
const DUE_ORIGINS = ['date', 'text', 'local'] as const;
const HISTORY_FIELDS = ['on', 'note'] as const;
const INSTANCE_DELIVERY_FIELDS = ['instance', 'on', 'ref', 'url'] as const;

// No leading hyphen: `toezegging show -x` would read the id as an option.
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A reference from one commitment to another, kept with its place for the cross-reference checks. */
export interface Reference {
  target: string;
  field: 'depends_on' | 'due.after';
  spot: Spot;
}

export interface CheckedCommitment {
  commitment: Commitment;
  refs: Reference[];
}

/**
 * What is checked across the register, whether or not the commitment itself
 * validated: a broken entry's other mistakes (a reference to nothing, an
 * unknown phrase) then show in the same run, not after the first is fixed.
 */
export interface CommitmentLinks {
  refs: Reference[];
  due?: DueSpec;
  /** The day a relative `due` counts from, when it is known. */
  anchor?: CivilDate;
}

export interface ReadCommitment {
  /** The id as written, even when the commitment is broken: other commitments may name it. */
  id?: Located<string>;
  /** Present only when the commitment has no errors and its source is valid. */
  checked?: CheckedCommitment;
  links: CommitmentLinks;
}

/**
 * Reads one item of `commitments:`; `sourceId` is undefined when the file's
 * source is broken, `sourceDate` only when its date is.
 */
export function readCommitment(reader: Reader, node: unknown, sourceId: string | undefined, sourceDate: SourceDate | undefined): ReadCommitment {
  const map = reader.itemMapping(node, 'commitments');
  if (!map) return { links: { refs: [] } };
  const errorsBefore = reader.errorCount;
  const fields = reader.fields(map, COMMITMENT_FIELDS);
  const id = readId(reader, map, fields);
  const title = reader.requiredText(map, fields, 'title', 'title');
  const status = readStatus(reader, fields.get('status'));
  const dueField = fields.get('due');
  const { due, after } = dueField ? readDue(reader, dueField) : {};
  const deliveredMap = reader.mapping(fields.get('delivered'), 'delivered');
  const delivered = readDelivery(reader, deliveredMap);
  checkDeliveryAgainstStatus(reader, fields, status, deliveredMap, delivered);
  const dependsOn = reader.texts(fields.get('depends_on'), 'depends_on');
  const optional = {
    quote: reader.text(fields.get('quote'), 'quote'),
    question: readQuestion(reader, fields.get('question')),
    to: orEmpty(reader.texts(fields.get('to'), 'to').map(({ value }) => value)),
    tags: orEmpty(reader.texts(fields.get('tags'), 'tags', true).map(({ value }) => value)),
    notes: reader.text(fields.get('notes'), 'notes'),
    history: orEmpty(readHistory(reader, reader.list(fields.get('history'), 'history'))),
    deliveries: readDeliveries(reader, reader.list(fields.get('deliveries'), 'deliveries')),
    made: reader.date(fields.get('made'), 'made'),
    imported: readImported(reader, reader.mapping(fields.get('imported'), 'imported')),
  };
  const anchor = optional.made ?? sourceDate?.anchor;
  checkDeliveryAgainstMade(reader, deliveredMap, delivered, anchor, optional.made !== undefined);
  checkEventAgainstMade(reader, dueField, due, anchor, optional.made !== undefined);
  const refs: Reference[] = dependsOn.length === 0 && !after ? EMPTY_LIST : dependsOn.map(({ value, spot }) => ({ target: value, field: 'depends_on', spot }));
  if (after) refs.push({ target: after.value, field: 'due.after', spot: after.spot });
  const links = { refs, due, anchor };
  if (id === undefined || reader.errorCount > errorsBefore || title === undefined || sourceId === undefined) return { id, links };

  const { file, line, col } = id.spot;
  const commitment: Commitment = {
    id: id.value,
    title,
    sourceId,
    status: status ?? 'open',
    due,
    delivered,
    dependsOn: orEmpty(dependsOn.map(({ value }) => value)),
    ...optional,
    ...(optional.imported?.links?.repeats && { repeats: optional.imported.links.repeats }),
    file,
    position: { file, line, col },
  };
  return { id, checked: { commitment, refs }, links };
}

function readId(reader: Reader, map: YAMLMap, fields: ReadonlyMap<string, Field>): Located<string> | undefined {
  const id = reader.requiredText(map, fields, 'id', 'id');
  if (id === undefined) return undefined;
  const node = fields.get('id')?.value;
  if (!ID_PATTERN.test(id)) {
    const suggestion = slug(id);
    reader.report('E_BAD_ID', node, { id, ...(suggestion !== '' && suggestion !== id && { suggestion }) });
  }
  return { value: id, spot: reader.spot(node) };
}

/** `Spine Kamer informeren` → `spine-kamer-informeren`; accents are dropped, not the letters. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function readStatus(reader: Reader, field: Field | undefined): Status | undefined {
  const text = reader.text(field, 'status');
  if (text === undefined) return undefined;
  const status = statusOf(text);
  if (status === undefined) {
    const suggestion = closest(text, STATUS_SPELLINGS, 1)[0];
    reader.report('E_UNKNOWN_STATUS', field?.value, { value: text, ...(suggestion !== undefined && { suggestion }) });
  }
  return status;
}

function readQuestion(reader: Reader, field: Field | undefined): number | string | undefined {
  // `question: 6` is a number, `question: 6a` or `"6 en 7"` text; both are kept as written.
  if (field && kindOf(field.value) === 'number') return Number((field.value as Scalar).value);
  return reader.text(field, 'question', true);
}

function readDelivery(reader: Reader, map: YAMLMap | undefined): Delivery | undefined {
  if (!map) return undefined;
  const fields = reader.fields(map, DELIVERY_FIELDS);
  return {
    on: reader.date(fields.get('on'), 'delivered.on'),
    dateUnknown: readFlag(reader, fields.get('date_unknown'), 'delivered.date_unknown'),
    ref: reader.text(fields.get('ref'), 'delivered.ref', true),
    url: reader.url(fields.get('url'), 'delivered.url'),
  };
}

function checkDeliveryAgainstStatus(
  reader: Reader,
  fields: ReadonlyMap<string, Field>,
  status: Status | undefined,
  deliveredMap: YAMLMap | undefined,
  delivered: Delivery | undefined,
): void {
  const statusField = fields.get('status');
  // A `delivered.on` that is present but broken was reported already, as what it is.
  if (status === 'delivered' && !deliveredMap?.has('on') && delivered?.dateUnknown !== true) {
    // Without the day there is no on-time or late: the main thing a delivered promise reports.
    reader.report('E_DELIVERED_WITHOUT_DATE', statusField?.value, {});
  } else if ((statusField === undefined || status === 'open') && delivered?.on !== undefined) {
    // Probably a status not yet updated; the data still reads fine, so only warn, at the status to change.
    // A status that is there but unreadable is an error of its own: "the status is open" would contradict it.
    reader.report('W_DELIVERED_BUT_OPEN', statusField?.value ?? fields.get('delivered')?.key, { on: delivered.on }, 'warning');
  }
}

/**
 * A delivery before the promise was made reads as "on time" without a word,
 * yet is almost always a typo in one of the two dates. Against a source dated
 * by month only, the first of the month is the earliest the promise can be.
 */
function checkDeliveryAgainstMade(reader: Reader, deliveredMap: YAMLMap | undefined, delivered: Delivery | undefined, made: CivilDate | undefined, madeField: boolean): void {
  if (delivered?.on === undefined || made === undefined || delivered.on >= made) return;
  reader.report('W_DELIVERED_BEFORE_MADE', deliveredMap?.get('on', true), { on: delivered.on, made, field: madeField ? 'made' : 'source.date' }, 'warning');
}

/**
 * An event dated before the promise was made: a promise to deliver before or
 * at an event that had already taken place, or a window after it that may
 * have closed before the promise existed. Almost always a typo in the date.
 */
function checkEventAgainstMade(reader: Reader, dueField: Field | undefined, due: DueSpec | undefined, made: CivilDate | undefined, madeField: boolean): void {
  if (due?.kind !== 'event' || due.date === undefined || made === undefined || due.date >= made) return;
  const node = isMap(dueField?.value) ? dueField.value.get('date', true) : undefined;
  reader.report('W_EVENT_BEFORE_MADE', node, { date: due.date, made, field: madeField ? 'made' : 'source.date' }, 'warning');
}

/** A yes/no value written as YAML `true`/`false`. */
function readFlag(reader: Reader, field: Field | undefined, path: string): boolean | undefined {
  if (!field || kindOf(field.value) === 'null') return undefined;
  if (kindOf(field.value) === 'boolean') return (field.value as Scalar).value as boolean;
  reader.wrongType(field, path, 'boolean');
  return undefined;
}

function readImported(reader: Reader, map: YAMLMap | undefined): ImportedFrom | undefined {
  if (!map) return undefined;
  const fields = reader.fields(map, IMPORTED_FIELDS);
  const from = reader.requiredText(map, fields, 'from', 'imported.from');
  const text = (name: (typeof IMPORTED_FIELDS)[number]) => reader.text(fields.get(name), `imported.${name}`, true);
  const dueFromText = reader.text(fields.get('due_from'), 'imported.due_from');
  const dueFrom = DUE_ORIGINS.find((origin) => origin === dueFromText);
  if (dueFromText !== undefined && dueFrom === undefined) {
    reader.report('E_BAD_VALUE', fields.get('due_from')?.value, { field: 'imported.due_from', value: dueFromText, allowed: DUE_ORIGINS.join(', ') });
  }
  if (from === undefined) return undefined;
  return {
    from,
    id: text('id'),
    nummer: text('nummer'),
    activiteit: text('activiteit'),
    by: text('by'),
    ministerie: text('ministerie'),
    status: text('status'),
    changed: text('changed'),
    dueFrom,
    notes: text('notes'),
    removed: readFlag(reader, fields.get('removed'), 'imported.removed'),
    links: readLinks(reader, reader.mapping(fields.get('links'), 'imported.links')),
  };
}

function readLinks(reader: Reader, map: YAMLMap | undefined): ImportedFrom['links'] {
  if (!map) return undefined;
  const fields = reader.fields(map, LINK_FIELDS);
  const links: NonNullable<ImportedFrom['links']> = {};
  LINK_FIELDS.forEach((field, index) => {
    const ids = reader.texts(fields.get(field), `imported.links.${field}`).map(({ value }) => value);
    if (ids.length > 0) links[LINK_KINDS[index]!] = ids;
  });
  return links;
}

/**
 * `deliveries:` of a recurring deadline, one item per instance delivered:
 * `- {instance: 2, on: 2026-06-30, ref: …}`. Instances count from 1; each is
 * delivered once.
 */
function readDeliveries(reader: Reader, list: ReturnType<Reader['list']>): InstanceDelivery[] | undefined {
  if (!list) return undefined;
  const deliveries: InstanceDelivery[] = [];
  const seen = new Set<number>();
  for (const item of list.items) {
    const map = reader.itemMapping(item, 'deliveries');
    if (!map) continue;
    const fields = reader.fields(map, INSTANCE_DELIVERY_FIELDS);
    const instanceField = fields.get('instance');
    const value = instanceField && isScalar(instanceField.value) ? instanceField.value.value : undefined;
    if (!instanceField) reader.report('E_MISSING_FIELD', map, { field: 'deliveries.instance' });
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      reader.report('E_BAD_INSTANCE', instanceField.value, { value: String(value ?? '') });
    } else if (seen.has(value)) reader.report('E_DUPLICATE_INSTANCE', instanceField.value, { instance: value });
    const on = reader.requiredDate(map, fields, 'on', 'deliveries.on');
    const ref = reader.text(fields.get('ref'), 'deliveries.ref', true);
    const url = reader.url(fields.get('url'), 'deliveries.url');
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && !seen.has(value) && on !== undefined) {
      seen.add(value);
      deliveries.push({ instance: value, on, ...(ref === undefined ? {} : { ref }), ...(url === undefined ? {} : { url }) });
    }
  }
  return deliveries.sort((a, b) => a.instance - b.instance);
}

function readHistory(reader: Reader, list: ReturnType<Reader['list']>): HistoryEntry[] {
  const history: HistoryEntry[] = [];
  for (const item of list?.items ?? []) {
    const map = reader.itemMapping(item, 'history');
    if (!map) continue;
    const fields = reader.fields(map, HISTORY_FIELDS);
    const on = reader.requiredDate(map, fields, 'on', 'history.on');
    const note = reader.requiredText(map, fields, 'note', 'history.note');
    if (on !== undefined && note !== undefined) history.push({ on, note });
  }
  return history;
}
