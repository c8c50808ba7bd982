import { LINK_KINDS, type Commitment, type Delivery, type DueSpec, type ImportedFrom, type Source } from '../../core/model.js';
import { LINK_FIELDS } from '../../core/validate/commitment.js';
import { writeBlockYaml } from './block-yaml.js';

/** The `source:` block of a generated file, as written. */
export interface SourceBlock {
  id: string;
  type: Source['type'];
  title: string;
  date: string;
}

/** A commitment as it is written: the typed fields, without the places they were read from. */
export type CommitmentData = Omit<Commitment, 'sourceId' | 'file' | 'position' | 'due'> & { due?: DueSpec | string };

const HEADER = `# Promises from the Tweede Kamer's register, written by \`toezegging import tk\`.
# Each import rewrites the fields the Kamer keeps (title, quote, made, due, status,
# delivered, to, imported); question, depends_on, tags, notes and history are yours and
# are kept. To correct a deadline, edit due and set imported.due_from: local.
`;

/** The fields that are set, in their order. A loop, not entries filtered into a new object: it runs for every commitment and every nested block a first import writes. */
function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field !== undefined && !(Array.isArray(field) && field.length === 0)) kept[key] = field;
  }
  return kept as Partial<T>;
}

function dueData(due: DueSpec | string | undefined): unknown {
  if (due === undefined || typeof due === 'string') return due;
  if (due.kind === 'phrase') return due.phrase;
  if (due.kind === 'after') return compact({ after: due.after, within: due.within });
  if (due.kind === 'event') return compact({ event: due.event, date: due.date, relation: due.relation });
  if (due.kind === 'series') return compact({ every: due.every, phase: due.phase });
  return { from: due.from, to: due.to };
}

function deliveredData(delivered: Delivery | undefined): unknown {
  if (!delivered) return undefined;
  return compact({ on: delivered.on, date_unknown: delivered.dateUnknown, ref: delivered.ref, url: delivered.url });
}

function importedData(imported: ImportedFrom | undefined): unknown {
  if (!imported) return undefined;
  return compact({
    from: imported.from,
    id: imported.id,
    nummer: imported.nummer,
    activiteit: imported.activiteit,
    by: imported.by,
    ministerie: imported.ministerie,
    status: imported.status,
    changed: imported.changed,
    due_from: imported.dueFrom,
    notes: imported.notes,
    removed: imported.removed,
    links: imported.links && compact(Object.fromEntries(LINK_KINDS.map((kind, index) => [LINK_FIELDS[index], imported.links![kind]]))),
  });
}

/** The keys in the order the design lists them, so that every file reads the same and diffs stay small. */
export function commitmentData(commitment: CommitmentData): Record<string, unknown> {
  return compact({
    id: commitment.id,
    title: commitment.title,
    quote: commitment.quote,
    question: commitment.question,
    made: commitment.made,
    due: dueData(commitment.due),
    status: commitment.status,
    delivered: deliveredData(commitment.delivered),
    depends_on: commitment.dependsOn,
    to: commitment.to,
    tags: commitment.tags,
    notes: commitment.notes,
    history: commitment.history.map((entry) => ({ on: entry.on, note: entry.note })),
    imported: importedData(commitment.imported),
  });
}

/**
 * The text of a source file, the same for the same data on every run and
 * machine: fixed key order, block style, no line folding, and `yaml`'s own
 * quoting so that every value reads back as the text it was (block-yaml.ts
 * writes what `yaml` would).
 */
export function sourceFileYaml(source: SourceBlock, commitments: readonly CommitmentData[]): string {
  return `${HEADER}${writeBlockYaml({ source, commitments: commitments.map(commitmentData) })}`;
}
