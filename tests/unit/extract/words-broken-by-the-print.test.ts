import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { withBrokenWordsJoined } from '../../../src/extract/words-broken-by-the-print.js';
import { calendar } from '../deadline/fixture.js';

const letter = (body: string) => `Den Haag, 12 maart 1990\n\nGeachte voorzitter,\n\n${body}\n`;

describe('a word the print broke at the end of a line, kept on one line by the OCR', () => {
  it('is read whole, with offsets into the sentence as written', () => {
    const read = withBrokenWordsJoined('Zo is het de be-doeling de nota in septem-ber toe te zenden.');
    expect(read.text).toBe('Zo is het de bedoeling de nota in september toe te zenden.');
    const start = read.text.indexOf('in september');
    expect([read.original(start), read.original(start + 'in september'.length)]).toEqual([32, 45]);
  });

  it('leaves the office "minister-president" and capitals as written', () => {
    expect(withBrokenWordsJoined('De minister-president en Noord-Brabant').text).toBe('De minister-president en Noord-Brabant');
  });

  it('lets the words of a promise be found, and its term be quoted as written', () => {
    const draft = draftFromText(letter('Zo is het de be-doeling ongeveer 400 000 werkgevers relevante informatie toe te zenden. Ik zeg u toe dat ik u de nota vóór 1 septem-ber 1990 zal toe-zenden.'), { calendar, fallbackDate: '1990-03-12' });
    expect(draft.commitments.map((commitment) => commitment.quote)).toEqual([
      'Zo is het de be-doeling ongeveer 400 000 werkgevers relevante informatie toe te zenden.',
      'Ik zeg u toe dat ik u de nota vóór 1 septem-ber 1990 zal toe-zenden.',
    ]);
    expect(draft.commitments[1]!.due).toMatchObject({ kind: 'phrase', phrase: 'vóór 1 septem-ber 1990' });
  });
});
