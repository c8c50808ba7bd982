import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { phrase: found.phrase, to: found.resolution.to };
};

/**
 * The Kamer's request as it is made, in the present, to the government (a motion's dictum, a committee's "Wij verzoeken
 * het kabinet"), keeps the term of what it asks, whatever tense or modal the asked-for act is put in and however near
 * the term is (clause.ts, THE_KAMER_ASKS_NOW). A request told as made, the government asking others, and a request to
 * refrain are not this.
 */
describe('the Kamer asking the government now', () => {
  it.each([
    // heldout14-265 and heldout14-266 (motions of 1 July 2015), heldout11-140 (a committee, 12 March 2014), dev-617 (a motion of Tuesday 30 June 2015)
    ['verzoekt de regering, alles op alles te zetten opdat de Inspectie SZW uiterlijk 15 november voor elke gemeente heeft vastgesteld hoe zij scoren op de zeven centrale normen voor informatiebeveiliging van Suwinet,', '2015-07-01', 'uiterlijk 15 november', '2015-11-15'],
    ['verzoekt de regering, zo snel mogelijk het escalatieprotocol vast te stellen en daarin een strakke termijn op te nemen, waarbinnen gemeenten orde op zaken moeten stellen om afsluiting te voorkomen,', '2015-07-01', 'zo snel mogelijk', '2015-07-22'],
    ['Wij verzoeken het kabinet om aanvullend met antwoorden te komen op de feitelijke vragen die gesteld zijn, en wel vóór 18.00 uur.', '2014-03-12', 'vóór 18.00 uur', '2014-03-12'],
    ['verzoekt de regering, ervoor te zorgen dat het voor de Griekse en Europese bevolking voor vrijdag volstrekt helder is welke actie ondernomen wordt bij elke mogelijke uitslag van het referendum en dat aan de Kamer mee te delen,', '2015-06-30', 'voor vrijdag', '2015-07-02'],
    // written for the class: a perfect in what is asked, and a term four days ahead
    ['verzoekt de regering, ervoor te zorgen dat alle gemeenten uiterlijk 1 maart 2026 zijn aangesloten op het nieuwe stelsel,', '2025-11-20', 'uiterlijk 1 maart 2026', '2026-03-01'],
    ['verzoekt de regering tevens, de Kamer voor vrijdag te informeren over de gevolgen van het besluit,', '2025-11-18', 'voor vrijdag', '2025-11-20'],
  ])('keeps the term asked: "%s"', (text, anchor, phrase, to) => {
    expect(find(text, anchor)).toEqual({ phrase, to });
  });

  it.each([
    // a request told as made, a week before its term: the sentence does not say this letter answers it (GUIDE §3, D7)
    ['De commissie heeft de regering verzocht de Kamer vóór 1 december te informeren.', '2025-11-25', 'vóór 1 december', '2025-11-30'],
    ['De commissie verzocht de regering de Kamer vóór 1 december te informeren.', '2025-11-25', 'vóór 1 december', '2025-11-30'],
  ])('keeps the term of a request told as made: "%s"', (text, anchor, phrase, to) => {
    expect(find(text, anchor)).toEqual({ phrase, to });
  });

  it.each([
    // a request to refrain undertakes nothing by the date
    ['verzoekt de regering, geen onomkeerbare stappen te zetten voor 1 januari 2026,', '2025-11-20'],
  ])('reads no term in "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
