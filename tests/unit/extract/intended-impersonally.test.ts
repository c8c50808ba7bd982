import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * The government's intention told impersonally ("Het ligt in het voornemen dat … zullen worden verbonden", "is het de
 * bedoeling, dat … zal worden ontbonden", "Het ligt wel in de bedoeling … te …"): in a minister's text the intention
 * is the government's, and a thing to be done with no other agent named is its act (GUIDE §1). The class of
 * held-out-26 (an Eerste Kamer memorie of 1965, Aanhangsels of 1932 and 1962); the sentences below are other wordings.
 */
describe('an intention told impersonally', () => {
  it.each([
    'Het ligt in het voornemen dat de regeling in de loop van het jaar zal worden herzien.',
    'Daarnaast is het de bedoeling, dat de commissie zal worden opgeheven.',
    'Het ligt echter in de bedoeling de subsidie aan de vereniging te verhogen.',
    'Zoals kan blijken uit het antwoord op vraag 2, ligt het in het voornemen de wet te wijzigen.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(true);
  });

  it.each([
    // another acts in the framed clause, or the intention is denied
    'Het ligt in het voornemen dat de gemeenten de regeling zullen intrekken.',
    'Het ligt niet in de bedoeling de adviezen te publiceren.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });
});
