import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * When a law takes effect ("na inwerkingtreding"), in a sentence that neither delivers to the Kamer nor has us act, is
 * the law's timing (a provision, a measurement described), not an event a promise waits on (clause.ts).
 */
describe('a law taking effect', () => {
  it.each([
    // dev-220 (a letter on the Crisis- en herstelwet, 2012), heldout7-053 and heldout7-054 (a letter on the Wet straffen en beschermen, 2021)
    ['Op grond van artikel 5.9 van deze wet, dienden de effecten van de in hoofdstuk 1 Chw opgenomen instrumenten op versnelling en op verbetering van de projecten waarop deze van toepassing zijn, binnen twee jaar na de inwerkingtreding te worden geëvalueerd.', '2012-05-15'],
    ['In de Wet straffen en beschermen (hierna: de wet) is een evaluatiebepaling opgenomen die strekt tot het uitvoeren van een evaluatie van de wet binnen vijf en tien jaar na inwerkingtreding.', '2021-09-10'],
    ['Het betreft een meting van de huidige situatie, opdat verschillen in resultaten voor, op het moment van en na inwerkingtreding van de maatregelen inzichtelijk kunnen worden gemaakt.', '2021-09-10'],
  ])('no event: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps it where the sentence delivers to the Kamer or has us act', () => {
    // heldout9-131 (an Eerste Kamer toezegging of 2019): a yearly report ahead of the law taking effect
    expect(find('Toezegging Voortgangsrapportage (34.453)De Minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer, naar aanleiding van vragen van de leden Fiers (PvdA), Lintmeijer (GroenLinks) en Bikker (ChristenUnie) toe om de Kamer vooruitlopend op de inwerkingtreding van de wet jaarlijks een voortgangsrapportage te sturen.', '2019-04-23')).toMatchObject({ kind: 'recurring', to: '2020-04-23' });
    expect(find('Binnen drie jaar na inwerkingtreding zend ik de Kamer een verslag over de doeltreffendheid van de wet.', '2024-03-01')).toMatchObject({ kind: 'event' });
    expect(find('Ik zal de wet twee jaar na inwerkingtreding evalueren.', '2024-03-01')).toMatchObject({ kind: 'event' });
    // the government named rather than "ik": the same act
    expect(find('Het kabinet zal de wet binnen vijf jaar na inwerkingtreding evalueren.', '2024-03-01')).toMatchObject({ kind: 'event' });
    expect(find('De regering zal de wet binnen vijf jaar na inwerkingtreding evalueren.', '2024-03-01')).toMatchObject({ kind: 'event' });
  });
});

describe('a change "in te laten gaan" on a day', () => {
  it('is the day it starts to apply, not a term (kst-33341-17, heldout18-y126)', () => {
    expect(find('Een en ander betekent dat de datum van 1 januari 2014 de eerstvolgende mogelijkheid is de wijziging van de Drank- en Horecawet in te laten gaan, ervan uitgaande dat de Eerste Kamer instemt met de voorgestelde wijziging', '2013-04-12')).toBeNull();
  });
});

/**
 * "met ingang van <day>" names the day from which something applies, as "per <day>" does: a law amended, a bill's
 * increase, a measure put into effect, a rule's scope (GUIDE §2: a law's date or entry into force is none). The
 * government's own act undertaken for that day keeps it (clause.ts, PER_DATE).
 */
describe('"met ingang van" a day', () => {
  it.each([
    // heldout27-y131 (a bill's article, 0000128931), heldout27-y328 (a memorie van toelichting, 0000040237),
    // heldout27-y368 (a memorie van toelichting, 0000016114), heldout26-y458 (a memorie, 0000000081)
    ['ARTIKEL III De Wet Werkloosheidsvoorziening wordt met ingang van 1 juli 1985 opnieuw gewijzigd, in dier voege dat de tevoren geldende tekst van artikel 13, eerste lid, onderdeel 1, wordt hersteld.', '1984-09-18'],
    ['Voorliggend wetsvoorstel strekt er toe een dergelijke verhoging met ingang van 1 januari 1990 tot stand te brengen.', '1989-09-19'],
    ['Voorgesteld wordt om de maatregel voor nieuwe WSF-gerechtigden in het middelbaar beroepsonderwijs te effectueren met ingang van 1 juli 1993.', '1992-10-01'],
    ['Echter, conform de Wet financiële voorzieningen privatisering ABP, zal met ingang van 1 januari 1995 het pensioenbijdragepercentage op kostendekkend niveau worden gebracht.', '1994-06-01'],
    ['De regeling wordt met ingang van 1 januari 2027 gewijzigd.', '2026-03-01'],
    ['Het wetsvoorstel strekt ertoe de kinderbijslag met ingang van 1 januari 2027 te verhogen.', '2026-03-01'],
  ])('no window: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps the government\'s own act undertaken for that day', () => {
    expect(find('Ik ben voornemens de omvorming van het CAK met ingang van 1 januari 2013 plaats te laten vinden.', '2012-03-01')).toMatchObject({ kind: 'window', to: '2013-01-01' });
    expect(find('Ik zal de subsidieregeling met ingang van 1 januari 2027 intrekken.', '2026-03-01')).toMatchObject({ kind: 'window', to: '2027-01-01' });
    expect(find('Het kabinet zal met ingang van 1 januari 2027 de heffing afschaffen.', '2026-03-01')).toMatchObject({ kind: 'window', to: '2027-01-01' });
    expect(find('Ik zal u met ingang van 1 mei aanstaande een rapportage sturen.', '2026-03-01')).toMatchObject({ kind: 'window', to: '2026-05-01' });
  });
});
