import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { draftFromText } from '../../../src/extract/draft.js';
import type { DraftCommitment } from '../../../src/extract/model.js';
import { calendar } from '../deadline/fixture.js';

const ROOT = join(import.meta.dirname, '../../..');
const LETTER = readFileSync(join(ROOT, 'data/sources/2025Z19579-antwoorden-kamervragen-bikker.txt'), 'utf8');
const REGISTER = parse(readFileSync(join(ROOT, 'data/2025Z19579.yaml'), 'utf8')) as {
  source: { date: string };
  commitments: { id: string; quote: string; due?: string | { after: string }; depends_on?: string[]; status: string; question?: number }[];
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const STATUS: Record<string, string> = { voldaan: 'delivered', doorlopend: 'ongoing', open: 'open' };

describe('extract on the bundled letter, with no other hint', () => {
  const draft = draftFromText(LETTER, { calendar, fallbackDate: '2026-03-01' });
  /** The drafted commitment for each register commitment: the one whose promise sentence the register quotes. */
  const match = new Map<string, DraftCommitment>();
  for (const kept of REGISTER.commitments) {
    const quote = oneLine(kept.quote);
    const drafted = draft.commitments.find((candidate) => quote.includes(oneLine(LETTER.slice(candidate.start, candidate.end))));
    if (drafted) match.set(kept.id, drafted);
  }
  const registerIdOf = (draftedId: string) => [...match].find(([, drafted]) => drafted.id === draftedId)?.[0];

  it('finds the letter is undated and dates it as the register does', () => {
    expect(draft.source).toMatchObject({ type: 'kamervragen', date: REGISTER.source.date, dateOrigin: 'inferred', by: 'Minister van Justitie en Veiligheid', refs: ['2025Z19579'] });
  });

  it('drafts every promise the register holds, and nothing else', () => {
    expect([...match.keys()]).toEqual(REGISTER.commitments.map((commitment) => commitment.id));
    expect(draft.commitments).toHaveLength(REGISTER.commitments.length);
  });

  it.each(REGISTER.commitments.map((commitment) => [commitment.id, commitment] as const))('%s: same deadline, dependencies, status and question', (id, kept) => {
    const drafted = match.get(id)!;
    const anchor = REGISTER.source.date;
    if (typeof kept.due === 'string') {
      expect(drafted.due?.kind).toBe('phrase');
      const want = resolvePhrase(kept.due, anchor, calendar);
      const got = resolvePhrase((drafted.due as { phrase: string }).phrase, anchor, calendar);
      expect(got.ok && want.ok && [got.resolution.from, got.resolution.to]).toEqual(want.ok && [want.resolution.from, want.resolution.to]);
    } else if (kept.due) {
      expect(drafted.due).toEqual({ kind: 'after', after: match.get(kept.due.after)!.id });
    } else {
      expect(drafted.due).toBeUndefined();
    }
    expect(drafted.dependsOn.map(registerIdOf).sort()).toEqual([...(kept.depends_on ?? [])].sort());
    expect(drafted.status).toBe(STATUS[kept.status]);
    expect(drafted.question).toBe(String(kept.question));
  });

  it('says why the look-alikes are not promises', () => {
    expect(draft.skipped.map((skip) => skip.why).filter((why) => why !== 'question').sort()).toEqual(['obligation', 'repeat', 'this-letter']);
    expect(draft.skipped.find((skip) => skip.why === 'repeat')?.cues.at(-1)?.text).toBe(match.get('plan-van-aanpak')!.id);
  });

  it('never drafts a question', () => {
    const questions = /\bVraag \d+\n[^\n]+/g;
    for (const found of LETTER.matchAll(questions)) {
      for (const drafted of draft.commitments) expect(found.index! + found[0].length <= drafted.start || found.index! >= drafted.end).toBe(true);
    }
  });
});
