import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const quotes = (body: string) => draftFromText(`Den Haag, 12 maart 1990\n\nGeachte voorzitter,\n\n${body}\n`, { calendar, fallbackDate: '1990-03-12' }).commitments.map((commitment) => commitment.quote);

describe('the future passive, the government its understood agent, with the participles the reading missed', () => {
  it.each([
    ['a strong participle in "-aan"', 'Na twee jaar zal worden nagegaan welke maatregelen zijn getroffen.'],
    ['a participle of a verb in "voor-"', 'In beginsel zullen vier belangrijke doelgroepen worden voorgelicht.'],
    ['the participle opening the sentence', 'Onderzocht zal worden of het mogelijk is de ziekenhuizen dezelfde positie te geven.'],
  ])('%s', (_, sentence) => {
    expect(quotes(sentence)).toEqual([sentence]);
  });

  it('not what a document will go into, nor a future of becoming', () => {
    expect(quotes('In deze brief zal nader worden ingegaan op twee aspecten van de informatievoorziening.')).toEqual([]);
    expect(quotes('De uitkomst zal pas later bekend worden.')).toEqual([]);
  });
});
