import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

/**
 * Found by review: the checks for an aside and for an earlier statement of ours look at the whole sentence around a
 * span, however long it is. A bounded look-around (d082085, 400 characters) changed the answer whenever the aside's
 * bracket or dash, or the statement, lay further from the span than that inside one sentence; these are the answers
 * of the finder before it (38fda6a).
 */
const MANY =
  "waarbij de uitvoeringsorganisaties, de gemeenten, de provincies, de waterschappen, de veiligheidsregio's, de politie, het openbaar ministerie, " +
  'de rechtspraak, de reclassering, de jeugdbescherming, de raad voor de kinderbescherming, het centraal orgaan opvang asielzoekers, de ' +
  'immigratie- en naturalisatiedienst, de dienst terugkeer en vertrek, de koninklijke marechaussee, de belastingdienst, het uitvoeringsinstituut ' +
  'werknemersverzekeringen, de sociale verzekeringsbank, de dienst uitvoering onderwijs en het centraal bureau rijvaardigheidsbewijzen nauw betrokken worden';

const found = (text: string, anchor: string) => {
  const deadline = findDeadline(text, anchor, calendar);
  return deadline && { phrase: deadline.phrase, from: deadline.resolution.from, to: deadline.resolution.to };
};

describe('a sentence longer than any look-around', () => {
  it('is long enough to need it', () => expect(MANY.length).toBeGreaterThan(450));

  it('keeps a term in an earlier statement counted from its day, however far back the statement', () => {
    const text = `In mijn brief van 10 juni 2011 heb ik gemeld de Kamer, ${MANY}, voor het zomerreces een hoofdlijnenbrief toe te sturen.`;
    expect(found(text, '2012-02-01')).toBeNull();
  });

  it('keeps an aside in brackets that closes far after the span an aside', () => {
    expect(found(`Ik stuur u de brief in mei 2027 (en de bijlagen in de tweede helft van 2027, ${MANY}).`, '2026-02-01')).toEqual({
      phrase: 'in mei 2027',
      from: '2027-05-01',
      to: '2027-05-31',
    });
  });

  it('keeps an aside in brackets that opened far before the span an aside', () => {
    expect(found(`Ik stuur u de brief (zo heb ik de gemeenten laten weten, ${MANY}, en de bijlagen in de tweede helft van 2027) in mei 2027.`, '2026-02-01')).toEqual({
      phrase: 'in mei 2027',
      from: '2027-05-01',
      to: '2027-05-31',
    });
  });

  it('keeps an aside between dashes that opened far before the span an aside', () => {
    expect(found(`Ik zal u – zo heb ik de gemeenten laten weten, ${MANY}, en de bijlagen in de tweede helft van 2027 – in mei 2027 de brief sturen.`, '2026-02-01')).toEqual({
      phrase: 'in mei 2027',
      from: '2027-05-01',
      to: '2027-05-31',
    });
  });
});
