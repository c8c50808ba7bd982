import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

/** The promises drafted from one sentence in a letter of 5 November 2025 (or the date given). */
function draftsOf(sentence: string, date = '2025-11-05') {
  const [year, month, day] = date.split('-').map(Number);
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  return draftFromText(`Den Haag, ${day} ${months[month! - 1]} ${year}\n\nGeachte voorzitter,\n\n${sentence}\n`, { calendar, fallbackDate: date }).commitments;
}

/** The first promise's due. */
function dueOf(sentence: string, date?: string) {
  const due = draftsOf(sentence, date)[0]?.due;
  return due?.kind === 'phrase' ? { phrase: due.phrase, event: due.event } : due;
}

/**
 * A letter sent the morning of a debate may undertake an act of ours in that debate: the meeting later on the letter's
 * own day is the term (GUIDE §2, D2 of session 33).
 */
describe("a meeting on the letter's own day that our act takes place during", () => {
  it.each([
    ['Ik zal u tijdens het debat op woensdag 5 november 2025 informeren over de uitkomsten van het onderzoek.', 'tijdens het debat op woensdag 5 november 2025'],
    ['Wij zullen uw Kamer tijdens het wetgevingsoverleg van 5 november 2025 informeren over de nieuwe cijfers.', 'tijdens het wetgevingsoverleg van 5 november 2025'],
  ])('%s', (sentence, phrase) => {
    expect(dueOf(sentence)).toMatchObject({ phrase, event: true });
  });

  it('counter-example: the same day where no act of ours takes place during the meeting stays blanked, and the term of the act is read', () => {
    expect(dueOf('Zoals besproken tijdens het debat op 5 november 2025 zal ik u voor de zomer van 2026 informeren.')).toMatchObject({ phrase: 'voor de zomer van 2026' });
  });

  it('counter-example: a meeting the day before the letter is over', () => {
    expect(dueOf('Ik zal u tijdens het debat op woensdag 5 november 2025 informeren over de uitkomsten van het onderzoek.', '2025-11-06')).toBeUndefined();
  });
});

/**
 * The questions written answers for a budget debate leave to that debate, answered in it, are the debate's own course in
 * every person and voice (GUIDE §1, D2 and its clarification of session 34; held-out-8 2017D31436, held-out-9
 * 2019D40074 and 2024D40329, at other days and meetings): no promise is drafted.
 */
describe('the questions left to the debate, on the letter\'s own day or later', () => {
  it.each([
    'De overige vragen zal ik beantwoorden tijdens mijn eerste termijn van het debat op woensdag 5 november 2025.',
    'De resterende vragen zal ik tijdens het plenaire debat op woensdag 5 november 2025 beantwoorden.',
    'Wij zullen de resterende vragen beantwoorden tijdens het debat van 12 november 2025.',
    'De overige gestelde vragen zal ik tijdens het vervolg van het debat op woensdag 5 november 2025 in mijn eerste termijn beantwoorden.',
    'De overige vragen zullen worden beantwoord in de eerste termijn.',
    'De overige vragen zal ik in tweede termijn beantwoorden.',
  ])('%s', (sentence) => {
    expect(draftsOf(sentence)).toHaveLength(0);
  });

  it('counter-example: the rest of the questions answered in a consultation with a party is an act, not a debate\'s course', () => {
    expect(draftsOf('De overige vragen van de sector zal ik in het overleg met de sector beantwoorden.')).toHaveLength(1);
    expect(draftsOf('De resterende vragen van de provincies zal ik in het bestuurlijk overleg beantwoorden.')).toHaveLength(1);
  });

  it('counter-example: the rest of the questions answered in a document with its term is promised, the debate being where they came up', () => {
    expect(dueOf('De resterende vragen zal ik beantwoorden in de voortgangsrapportage die ik u voor het zomerreces stuur, zoals besproken in het commissiedebat.')).toMatchObject({ phrase: 'voor het zomerreces' });
  });

  it('counter-example: the rest of the questions answered in writing by a term is promised', () => {
    expect(dueOf('De overige vragen zal ik na het debat schriftelijk beantwoorden, uiterlijk op 1 december 2025.')).toMatchObject({ phrase: expect.stringContaining('1 december 2025') });
  });
});
