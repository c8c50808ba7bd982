import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar } from './fixture.js';

const ANCHOR = '2026-03-01';

/**
 * A document the promise goes with, named by an agenda, a budget or a plan (event.ts, isDocumentNoun): an event without
 * a date, as a letter or a report is. The class of held-out-3 ("samen met de definitieve Lange Termijn Spooragenda"),
 * held-out-6 ("voorafgaand aan het Strategisch Vastgoedplan") and held-out-8 ("Gelijktijdig met de defensiebegroting
 * voor 2008"); the cases below are other documents and other wordings.
 */
describe('a document the promise goes with', () => {
  it.each([
    ['samen met het uitvoeringsplan', 'at', 'het uitvoeringsplan'],
    ['gelijktijdig met de ontwerpbegroting 2027', 'at', 'de ontwerpbegroting 2027'],
    ['tegelijk met het jaarplan', 'at', 'het jaarplan'],
    ['bij de geannoteerde agenda van de Raad', 'at', 'de geannoteerde agenda van de Raad'],
    ['voorafgaand aan het actieplan', 'before', 'het actieplan'],
    // the trigger's own words say time: the accent, or a word of time before a plain "voor"
    ['vóór het actieplan', 'before', 'het actieplan'],
    ['Vóór de begroting', 'before', 'de begroting'],
    ['uiterlijk vóór het actieplan', 'before', 'het actieplan'],
    ['uiterlijk voor het actieplan', 'before', 'het actieplan'],
    ['uiterlijk vóór de begroting', 'before', 'de begroting'],
    ['nog voor het jaarplan', 'before', 'het jaarplan'],
    ['ruim voor de begroting 2027', 'before', 'de begroting 2027'],
    ['before the action plan', 'before', 'the action plan'],
  ])('the due "%s" is the document, an event without a date', (phrase, relation, event) => {
    const read = resolvePhrase(phrase, ANCHOR, calendar);
    expect(read.ok && read.resolution).toMatchObject({ kind: 'event', relation, event, date: null, to: null });
  });

  it.each([
    ['Ik stuur u de evaluatie gelijktijdig met de ontwerpbegroting 2027.', 'gelijktijdig met de ontwerpbegroting 2027'],
    ['De monitor ontvangt u tegelijk met het jaarplan.', 'tegelijk met het jaarplan'],
    ['Voorafgaand aan het nieuwe actieplan zal ik de Kamer over de evaluatie informeren.', 'Voorafgaand aan het nieuwe actieplan'],
    ['Ik zal u uiterlijk vóór het actieplan informeren.', 'uiterlijk vóór het actieplan'],
    ['De Kamer ontvangt de evaluatie vóór de begroting.', 'vóór de begroting'],
    ['Ik zal u nog voor het uitvoeringsplan informeren.', 'nog voor het uitvoeringsplan'],
  ])('in running text: "%s"', (text, phrase) => {
    const found = findDeadline(text, ANCHOR, calendar);
    expect(found).toMatchObject({ kind: 'event', phrase });
    expect(found!.resolution.to).toBeNull();
  });

  it.each([
    // a bare "voor" before a document mostly says for what, not before what
    ['voor het actieplan'],
    ['voor de begroting 2021'],
    ['Voor het jaarplan'],
  ])('counter-example: the due "%s" is no document event', (phrase) => {
    expect(resolvePhrase(phrase, ANCHOR, calendar).ok).toBe(false);
  });

  it.each([
    ['Wij hebben extra middelen vrijgemaakt voor het uitvoeringsplan.'],
    ['De middelen voor de begroting 2027 zijn vastgesteld.'],
    ['Zoals in de geannoteerde agenda van de Raad vermeld, steunt Nederland het voorstel.'],
    ['Er is geld voor het actieplan.'],
    ['Dat geldt ook voor de begroting 2021 van de openbare lichamen.'],
    ['Er is nog geld voor het actieplan beschikbaar.'],
  ])('counter-example: "%s" has no deadline', (text) => {
    expect(findDeadline(text, ANCHOR, calendar)).toBeNull();
  });
});
