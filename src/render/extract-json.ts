import type { Draft } from '../extract/model.js';
import { deliveryJson, SCHEMA_VERSION } from './commitment-json.js';
import { dueValue } from './extract-yaml.js';
import { jsonText } from './json-text.js';

/**
 * `extract --json`: the source, the drafted commitments with the cues that
 * decided each and its confidence, and the sentences that looked like
 * promises but are not, with why. `start`/`end` are character offsets of the
 * promise's sentence in the letter's text. Keys are English, as always.
 * `delivered` has the shape `list --json` gives it, so a delivery the letter
 * reports without its day ("Status voldaan") is not only in the YAML.
 */
export function renderDraftJson(draft: Draft, date: string, human: boolean): string {
  const { source } = draft;
  return jsonText(
    {
      schemaVersion: SCHEMA_VERSION,
      source: { id: source.id, type: source.type, title: source.title ?? null, date, dateOrigin: source.dateOrigin, by: source.by ?? null, refs: source.refs, cited: source.cited },
      commitments: draft.commitments.map((commitment) => ({
        id: commitment.id,
        title: commitment.title,
        quote: commitment.quote,
        due: dueValue(commitment.due) ?? null,
        type: commitment.type,
        by: commitment.by ?? null,
        dependsOn: commitment.dependsOn,
        status: commitment.status,
        delivered: deliveryJson(commitment.delivered),
        question: commitment.question ?? null,
        cues: commitment.cues.filter((cue) => cue.text !== '' || cue.kind === 'deadline').map((cue) => ({ kind: cue.kind, text: cue.kind === 'deadline' && commitment.due?.kind === 'phrase' ? commitment.due.phrase : cue.text })),
        confidence: commitment.confidence,
        start: commitment.start,
        end: commitment.end,
      })),
      skipped: draft.skipped.map((skip) => ({ text: skip.text, why: skip.why })),
    },
    human,
  );
}
