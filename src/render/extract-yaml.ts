import { Document, isMap, isSeq } from 'yaml';
import type { Draft, DraftCommitment, DraftDue } from '../extract/model.js';
import type { Messages } from '../messages/index.js';

/** `due` as the register writes it. */
export function dueValue(due: DraftDue | undefined): string | { after: string } | undefined {
  if (!due) return undefined;
  return due.kind === 'phrase' ? due.phrase : { after: due.after };
}

/** The fields of a drafted commitment, in the register's key order. */
export function commitmentFields(commitment: DraftCommitment, messages: Messages): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    id: commitment.id,
    title: commitment.title,
    quote: commitment.quote,
    question: commitment.question === undefined ? undefined : /^\d+$/.test(commitment.question) ? Number(commitment.question) : commitment.question,
    due: dueValue(commitment.due),
    status: commitment.status,
    delivered: commitment.delivered && ('dateUnknown' in commitment.delivered ? { date_unknown: true } : commitment.delivered),
    depends_on: commitment.dependsOn.length > 0 ? commitment.dependsOn : undefined,
    notes: commitment.type === 'existing' ? messages.extract.restatesNote : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** The `source:` block: the letter's metadata, with a note on how its date was found when the letter does not state it. */
export function sourceFields(draft: Draft, messages: Messages): Record<string, unknown> {
  const { source } = draft;
  const m = messages.extract;
  const notes = source.dateOrigin === 'inferred' ? m.dateInferredNote(source.date!) : source.dateOrigin === 'none' ? m.dateNoneNote : undefined;
  const fields: Record<string, unknown> = {
    id: source.id,
    type: source.type,
    title: source.title ?? m.untitled,
    date: source.date,
    by: source.by,
    refs: source.refs.length > 0 ? source.refs : undefined,
    notes,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/**
 * The draft as a source file that `check` accepts: the register's keys and
 * order, and above each commitment a comment with the cues that made it a
 * promise and how sure that is. `date` is the anchor the file needs when the
 * letter has no date of its own.
 */
export function renderDraftYaml(draft: Draft, date: string, messages: Messages, schemaComment?: string): string {
  const m = messages.extract;
  const document = new Document(
    { source: { ...sourceFields(draft, messages), date }, commitments: draft.commitments.map((commitment) => commitmentFields(commitment, messages)) },
    { version: '1.2' },
  );
  const commitments = isMap(document.contents) ? document.contents.get('commitments', true) : undefined;
  if (isSeq(commitments)) {
    commitments.items.forEach((item, index) => {
      const commitment = draft.commitments[index]!;
      if (isMap(item)) item.commentBefore = ` ${m.cueComment(commitment.confidence, commitment.cues.filter((cue) => cue.text !== '').map((cue) => cue.text))}`;
    });
  }
  if (draft.commitments.length === 0 && isMap(document.contents)) document.contents.set('commitments', []);
  const header = [schemaComment, `# ${m.draftHeader}`].filter((line) => line !== undefined).join('\n');
  return `${header}\n${document.toString({ lineWidth: 0, indentSeq: true })}`;
}
