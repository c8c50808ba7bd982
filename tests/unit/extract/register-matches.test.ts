import { describe, expect, it } from 'vitest';
import type { Commitment, Register, Source } from '../../../src/core/model.js';
import { draftFromText } from '../../../src/extract/draft.js';
import { suggestMatches } from '../../../src/extract/register-matches.js';
import { calendar } from '../deadline/fixture.js';

const position = { file: 'a.yaml', line: 1, col: 1 };
const source: Source = { id: '2025Z19579', type: 'kamervragen', title: 'Antwoorden', date: { text: '2025-12-15', anchor: '2025-12-15', precision: 'day' }, refs: ['2025Z19579'], file: 'a.yaml', position };
function commitment(id: string, title: string, status: Commitment['status'] = 'open'): Commitment {
  return { id, title, sourceId: source.id, status, tags: [], dependsOn: [], to: [], history: [], file: 'a.yaml', position };
}
const register: Register = {
  sources: [source],
  commitments: [
    commitment('spine-eindrapportage', 'Kamer informeren over de resultaten van het Online Outreach Programma van Spine'),
    commitment('wodc-onderzoek', 'WODC-deelonderzoek naar de sekswerkadvertentieplatforms opgeleverd'),
    commitment('al-geleverd', 'Kamer informeren over de resultaten van het Online Outreach Programma van Spine', 'delivered'),
  ],
};
const draft = (text: string) => draftFromText(text, { calendar, fallbackDate: '2026-05-01' });

describe('which open commitments a letter may be about', () => {
  it('a letter with the results: deliver, matched on the title', () => {
    const text = 'Den Haag, 12 mei 2026\n\nGeachte voorzitter,\n\nHierbij informeer ik uw Kamer over de resultaten van het Online Outreach Programma van Spine.\n';
    expect(suggestMatches(draft(text), text, register)).toEqual([{ id: 'spine-eindrapportage', action: 'deliver', phrase: undefined, reasons: ['title'] }]);
  });

  it('an uitstelbrief: a new deadline, the one the letter gives, matched on the reference too', () => {
    const text =
      'Den Haag, 12 mei 2026\n\nGeachte voorzitter,\n\nIn de antwoorden op de vragen 2025Z19579 heb ik toegezegd u te informeren over het WODC-deelonderzoek naar de sekswerkadvertentieplatforms. Door vertraging bij het onderzoek kan ik die toezegging niet op tijd nakomen. Ik zal uw Kamer in het najaar van 2026 over het deelonderzoek naar de sekswerkadvertentieplatforms informeren.\n';
    const suggestions = suggestMatches(draft(text), text, register);
    expect(suggestions).toContainEqual({ id: 'wodc-onderzoek', action: 'reschedule', phrase: 'in het najaar van 2026', reasons: ['ref'] });
    expect(suggestions.some((suggestion) => suggestion.id === 'al-geleverd')).toBe(false);
  });

  // found by use: a letter of 2013 was suggested to deliver promises made in 2024 and 2025
  it('a letter written before a promise was made: nothing for that promise', () => {
    const later: Source = { ...source, id: '2026D20000', date: { text: '2026-06-10', anchor: '2026-06-10', precision: 'day' }, refs: [] };
    const madeLater: Commitment = { ...commitment('spine-later', 'Kamer informeren over de resultaten van het Online Outreach Programma van Spine'), sourceId: later.id };
    const madeLaterStill: Commitment = { ...commitment('spine-made', 'Kamer informeren over de resultaten van het Online Outreach Programma van Spine'), made: '2026-05-20' };
    const withLater: Register = { sources: [source, later], commitments: [...register.commitments, madeLater, madeLaterStill] };
    const text = 'Den Haag, 12 mei 2026\n\nGeachte voorzitter,\n\nHierbij informeer ik uw Kamer over de resultaten van het Online Outreach Programma van Spine.\n';
    expect(suggestMatches(draft(text), text, withLater).map((suggestion) => suggestion.id)).toEqual(['spine-eindrapportage']);
  });

  // found by use: a letter that makes the promise again, still to be kept, was suggested to deliver it
  it('a letter that promises it again, still to be kept: nothing for that promise', () => {
    const text = 'Den Haag, 12 mei 2026\n\nGeachte voorzitter,\n\nIk zal uw Kamer na de zomer van 2026 informeren over de resultaten van het Online Outreach Programma van Spine.\n';
    expect(draft(text).commitments).toHaveLength(1);
    expect(suggestMatches(draft(text), text, register)).toEqual([]);
  });

  it('a letter about something else: nothing', () => {
    const text = 'Den Haag, 12 mei 2026\n\nGeachte voorzitter,\n\nIk zal uw Kamer voor de zomer informeren over de verkiezingen.\n';
    expect(suggestMatches(draft(text), text, register)).toEqual([]);
  });
});
