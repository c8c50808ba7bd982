import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

/** The first promise drafted from one sentence in a letter of 5 November 2025 (or the date given), with its due. */
function dueOf(sentence: string, date = '2025-11-05') {
  const [year, month, day] = date.split('-').map(Number);
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const draft = draftFromText(`Den Haag, ${day} ${months[month! - 1]} ${year}\n\nGeachte voorzitter,\n\n${sentence}\n`, { calendar, fallbackDate: date });
  const due = draft.commitments[0]?.due;
  return due?.kind === 'phrase' ? { phrase: due.phrase, event: due.event } : due;
}

/**
 * Answers to a budget debate's written questions are sent the morning of the debate and keep some for the debate
 * itself (held-out-8, 2017D31436; held-out-9, 2024D40329): the meeting later on the letter's own day is the term.
 */
describe("a meeting on the letter's own day that our act takes place during", () => {
  it.each([
    ['De overige vragen zal ik beantwoorden tijdens mijn eerste termijn van het debat op woensdag 5 november 2025.', 'tijdens mijn eerste termijn van het debat op woensdag 5 november 2025'],
    ['De resterende vragen zal ik tijdens het plenaire debat op woensdag 5 november 2025 beantwoorden.', 'tijdens het plenaire debat op woensdag 5 november 2025'],
    ['Wij zullen de resterende vragen beantwoorden tijdens het debat van 5 november 2025.', 'tijdens het debat van 5 november 2025'],
  ])('%s', (sentence, phrase) => {
    expect(dueOf(sentence)).toMatchObject({ phrase, event: true });
  });

  it('counter-example: the same day where no act of ours takes place during the meeting stays blanked, and the term of the act is read', () => {
    expect(dueOf('Zoals besproken tijdens het debat op 5 november 2025 zal ik u voor de zomer van 2026 informeren.')).toMatchObject({ phrase: 'voor de zomer van 2026' });
  });

  it('counter-example: a meeting the day before the letter is over', () => {
    expect(dueOf('De overige vragen zal ik beantwoorden tijdens mijn eerste termijn van het debat op woensdag 5 november 2025.', '2025-11-06')).toBeUndefined();
  });
});
