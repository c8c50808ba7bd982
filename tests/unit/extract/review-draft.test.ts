import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { draftFromText } from '../../../src/extract/draft.js';
import { dueProblem, reviewDraft } from '../../../src/extract/review-draft.js';
import { messagesFor } from '../../../src/messages/index.js';
import type { Prompter } from '../../../src/write/prompter.js';
import { calendar } from '../deadline/fixture.js';

const LETTER = readFileSync(join(import.meta.dirname, '../../../data/sources/2025Z19579-antwoorden-kamervragen-bikker.txt'), 'utf8');
const draft = draftFromText(LETTER, { calendar, fallbackDate: '2026-03-01' });
const messages = messagesFor('nl');
const checks = { checkDue: (phrase: string) => (resolvePhrase(phrase, '2025-12-15', calendar).ok ? undefined : `onbekend: ${phrase}`) };

/** Answers questions from a script, and keeps what it was told. */
function scripted(answers: string[]): Prompter & { told: string[] } {
  const told: string[] = [];
  return {
    told,
    ask: async (_question, fallback) => {
      const answer = answers.shift();
      if (answer === undefined) throw new Error('no more answers');
      return answer === '' ? (fallback ?? '') : answer;
    },
    tell: (text) => told.push(text),
  };
}

describe('extract --review', () => {
  it('keeps, edits and skips like git add -p, and stopping skips the rest', async () => {
    // 1 keep; 2 edit title then keep; 3 change the deadline (first an unknown one) then keep; 4 skip; then stop.
    const prompter = scripted(['j', 'b', 'Gesprekken Fieldlab Tulpafslag', 'j', 't', 'ooit', 'voor de zomer', 'j', 'o', 's']);
    const reviewed = await reviewDraft(draft, prompter, checks, messages);
    expect(reviewed.commitments.map((commitment) => commitment.id)).toEqual(draft.commitments.slice(0, 3).map((commitment) => commitment.id));
    expect(reviewed.commitments[1]!.title).toBe('Gesprekken Fieldlab Tulpafslag');
    expect(reviewed.commitments[2]!.due).toMatchObject({ kind: 'phrase', phrase: 'voor de zomer' });
    expect(prompter.told).toContain('onbekend: ooit');
    expect(prompter.told.some((line) => line.startsWith('  aanwijzingen: '))).toBe(true);
    expect(prompter.told.at(-1)).toBe(messages.extract.review.kept(3, draft.commitments.length));
  });

  it('a kept commitment no longer depends on a skipped one', async () => {
    const answers = draft.commitments.map((commitment) => (commitment.dependsOn.length > 0 || commitment.due?.kind === 'after' ? 'j' : 'o'));
    const reviewed = await reviewDraft(draft, scripted(answers), checks, messages);
    expect(reviewed.commitments.length).toBeGreaterThan(0);
    const ids = new Set(reviewed.commitments.map((commitment) => commitment.id));
    for (const commitment of reviewed.commitments) {
      expect(commitment.dependsOn.every((id) => ids.has(id))).toBe(true);
      if (commitment.due?.kind === 'after') expect(ids.has(commitment.due.after)).toBe(true);
    }
  });

  /**
   * A deadline typed in the review that the calendar cannot place ("voor het herfstreces" in 2015, a year the data does
   * not list) was refused as an unknown deadline, as explain and add no longer call it.
   */
  it('refuses a recess without dates, and a phrase out of range, as such, not as unknown', () => {
    const problem = (phrase: string, anchor: string, lang: 'nl' | 'en') => dueProblem(phrase, resolvePhrase(phrase, anchor, calendar), messagesFor(lang));
    expect(problem('voor het herfstreces', '2015-02-27', 'nl')).toBe(
      'de termijn "voor het herfstreces" is bekend, maar de kalender heeft geen data voor het herfstreces na de datum van de toezegging; het herfstreces volgt geen vast patroon, dus toezegging rekent het niet uit en verzint geen venster; probeer het opnieuw met een datum of een andere termijn.',
    );
    expect(problem('voor het herfstreces van 2020', '2019-09-10', 'en')).toContain('is known, but the calendar has no dates for the autumn recess (herfstreces) of 2020');
    expect(problem('elk kwartaal', '9998-11-15', 'nl')).toMatch(/^de termijn "elk kwartaal" valt buiten de datums die toezegging aankan/);
    expect(problem('ooit', '2015-02-27', 'nl')).toBe(messages.extract.review.unknownDue('ooit'));
    expect(problem('voor het herfstreces', '2023-09-10', 'nl')).toBeUndefined();
  });
});
