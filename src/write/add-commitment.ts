import type { CivilDate } from '../core/civil-date.js';
import { readSourceDateInput } from '../core/date-input.js';
import { closest } from '../core/closest.js';
import { parseSpan } from '../core/deadline/span.js';
import { SOURCE_TYPES, type DeadlineResolution } from '../core/model.js';
import { statusOf, STATUS_SPELLINGS } from '../core/validate/status-alias.js';
import type { Messages } from '../messages/index.js';
import type { ChangePlan } from '../register/apply-change.js';
import { editableText, registerIds, registerSources, type RegisterState } from '../register/register-change.js';
import { idFromTitle } from './commitment-id.js';
import { RefusedChangeError } from './refused-change.js';
import { resolveDueOrFail } from './resolve-due.js';
import { schemaComment } from './schema-reference.js';
import { appendItem, scalar, type YamlObject } from './yaml-edit.js';

/** What `add` is told, by flags or by answering prompts. */
export interface AddInput {
  source?: string;
  sourceTitle?: string;
  sourceDate?: string;
  sourceType?: string;
  id?: string;
  title: string;
  due?: string;
  /** Due after another commitment's delivery, instead of `due`. */
  after?: string;
  within?: string;
  quote?: string;
  question?: string;
  status?: string;
  tags: string[];
  to: string[];
  dependsOn: string[];
}

export interface AddOutcome {
  id: string;
  /** The file the commitment went into, relative to the register. */
  file: string;
  newSource: boolean;
  resolution?: DeadlineResolution;
  anchor: CivilDate;
}

/** The words and the date a plan is made in. */
export interface PlanContext {
  messages: Messages;
  asOf: CivilDate;
}

/** What planning needs to know about the folder, beyond the register itself. */
export interface AddSurroundings {
  /** Whether a path (relative to the register) exists on disk, file or folder. */
  exists(relativePath: string): boolean;
  /** The `$schema` reference for a new source file in this register folder (relative to the register), if the register has a schema. */
  schemaFor(relativeFolder: string): string | undefined;
}

/** Where new source files go: the conventional folder when the register has one. */
export const SOURCES_FOLDER = 'toezeggingen';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const FIELD_ORDER = ['source', 'commitments'];

/** Plans the edit that appends one commitment, to its source's file or to a new source file. */
export function planAdd(state: RegisterState, context: PlanContext, input: AddInput, around: AddSurroundings): ChangePlan<AddOutcome> {
  const m = context.messages.write;
  const sources = registerSources(state);
  const sourceId = input.source ?? (sources.length === 1 ? sources[0]!.id : undefined);
  if (sourceId === undefined) throw new RefusedChangeError(m.sourceRequired(sources.map((source) => source.id).join(', ')));
  const source = sources.find((candidate) => candidate.id === sourceId);
  if (source && (input.sourceTitle !== undefined || input.sourceDate !== undefined || input.sourceType !== undefined)) {
    throw new RefusedChangeError(m.sourceExists(sourceId));
  }
  const newSource = source ? undefined : newSourceOrFail(sourceId, input, context, around);
  const anchor = source?.date.anchor ?? newSource!.anchor;

  const taken = new Set(registerIds(state));
  const title = input.title.trim();
  if (title === '') throw new RefusedChangeError(m.emptyValue('--title'));
  const id = input.id ?? idFromTitle(title, taken);
  if (!ID_PATTERN.test(id)) throw new RefusedChangeError(m.badId(id));
  if (taken.has(id)) throw new RefusedChangeError(m.idTaken(id));
  const resolution = input.due === undefined || input.due.trim() === '' ? undefined : resolveDueOrFail(input.due.trim(), anchor, state, context.messages);
  const after = afterOrFail(input, resolution !== undefined, taken, context);
  if (input.status !== undefined && statusOf(input.status) === undefined) {
    throw new RefusedChangeError(m.badStatus(input.status, closest(input.status, STATUS_SPELLINGS, 1)[0], STATUS_SPELLINGS.join(', ')));
  }
  for (const dependency of input.dependsOn) {
    if (!taken.has(dependency)) throw new RefusedChangeError(context.messages.cli.unknownId(dependency, closest(dependency, [...taken]).join(', ')));
  }

  const commitment: YamlObject = {
    id,
    title,
    quote: input.quote?.trim() || undefined,
    question: input.question === undefined ? undefined : /^\d+$/.test(input.question) ? Number(input.question) : input.question,
    due: after ?? resolution?.phrase,
    status: input.status?.trim().toLowerCase() ?? 'open',
    depends_on: input.dependsOn.length > 0 ? input.dependsOn : undefined,
    to: input.to.length > 0 ? input.to : undefined,
    tags: input.tags.length > 0 ? input.tags : undefined,
  };
  const file = source?.file ?? newSource!.file;
  const base = source ? editableText(state, source.file) : newSource!.text;
  const text = appendItem(base, ['commitments'], commitment, { order: FIELD_ORDER });
  return { edits: [{ path: file, text }], outcome: { id, file, newSource: !source, resolution, anchor } };
}

/** `{after, within}` from --after and --within, checked as the validator would: the other commitment exists, the length of time reads. */
function afterOrFail(input: AddInput, hasDue: boolean, taken: ReadonlySet<string>, context: PlanContext): YamlObject | undefined {
  const m = context.messages.write;
  const after = input.after?.trim();
  const within = input.within?.trim() || undefined;
  if (!after) {
    if (within !== undefined) throw new RefusedChangeError(m.withinNeedsAfter);
    return undefined;
  }
  if (hasDue) throw new RefusedChangeError(m.dueAndAfter);
  if (!taken.has(after)) throw new RefusedChangeError(context.messages.cli.unknownId(after, closest(after, [...taken]).join(', ')));
  if (within !== undefined && !parseSpan(within)) throw new RefusedChangeError(m.badWithin(within));
  return { after, within };
}

function newSourceOrFail(sourceId: string, input: AddInput, context: PlanContext, around: AddSurroundings): { file: string; text: string; anchor: CivilDate } {
  const m = context.messages.write;
  const title = input.sourceTitle?.trim();
  if (!title) throw new RefusedChangeError(m.newSourceNeedsTitle(sourceId));
  const given = input.sourceDate ?? context.asOf;
  const read = readSourceDateInput(given, context.asOf);
  if (!read.ok) {
    const cli = context.messages.cli;
    throw new RefusedChangeError((read.problem === 'range' ? cli.dateOutOfRange : read.problem === 'format' ? cli.dateFormat : cli.badDate)('--source-date', given));
  }
  const { date, anchor } = read;
  const type = (input.sourceType ?? 'overig').trim().toLowerCase();
  if (!(SOURCE_TYPES as readonly string[]).includes(type)) throw new RefusedChangeError(context.messages.cli.badChoice('--source-type', type, SOURCE_TYPES.join(', ')));
  const folder = around.exists(SOURCES_FOLDER) ? SOURCES_FOLDER : '';
  const name = `${sourceId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'bron'}.yaml`;
  const file = folder ? `${folder}/${name}` : name;
  if (around.exists(file)) throw new RefusedChangeError(m.fileExists(file));
  const lines = [
    ...schemaComment(around.schemaFor(folder)),
    'source:',
    `  id: ${scalar(sourceId, false)}`,
    `  type: ${type}`,
    `  title: ${scalar(title, false)}`,
    `  date: ${date}`,
    '',
    'commitments:',
    '',
  ];
  return { file, text: lines.join('\n'), anchor };
}
