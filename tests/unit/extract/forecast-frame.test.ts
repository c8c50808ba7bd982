import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * The writer's expectation or assumption framing what others or things will do: the future is the complement's, a
 * forecast (D11 (d)), not the government's act. The class of held-out-20 ("Ik verwacht dat spreiding van functies …
 * terug te vinden zal zijn", "Ik ga er dan ook vanuit dat Bunq dit tot de bodem uitzoekt"), held-out-21 ("Het kabinet
 * verwacht om die reden dat er lidstaten zullen zijn die …") and held-out-22 ("Ik ga er vanuit dat met deze
 * maatregelen een verdere vermindering … zal worden bereikt"); the sentences below are other wordings.
 */
describe('a forecast framed by the writer', () => {
  it.each([
    'Ik verwacht dat dit effect in de volgende periode terug te zien zal zijn.',
    'Het kabinet verwacht dat er in 2026 meer aanvragen zullen worden ingediend.',
    'Het kabinet verwacht dat er aanvullende middelen nodig zijn om de doelen te halen.',
    'Daarom verwacht ik dat gemeenten meer tijd nodig hebben om de regeling uit te voeren.',
    'Ik ga er dan ook vanuit dat de bank dit zorgvuldig uitzoekt en waar nodig maatregelen neemt.',
    'Wij gaan er dan ook van uit dat de netbeheerders de aansluitingen tijdig zullen realiseren.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });

  it.each([
    // the writer's own act, or what the writer can do, in the complement
    'Ik verwacht dat ik uw Kamer voor de zomer kan informeren over de uitkomsten.',
    'Ik verwacht dat het mogelijk is het wetsvoorstel voor het einde van dit jaar in consultatie te brengen.',
    // a delivery to the Kamer
    'Ik verwacht dat de evaluatie voor de zomer aan uw Kamer wordt gestuurd.',
    // the writer's expectation with its own infinitive
    'Ik verwacht uw Kamer voor de zomer te informeren over de uitkomsten.',
  ])('promise: %s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(true);
  });
});

/**
 * The same forecast said without its holder ("De verwachting is nu dat het rapport in voorjaar 2011 zal worden
 * voltooid", kst-32123-X-120; "Gezien de … ontwikkelingen, is de verwachting dat het aantal kinderen … stijgt",
 * rijksoverheid-2011-03-01 draagmoederschap) or as an assumption ("Ik neem ook aan dat … publicaties … zullen worden
 * verzorgd", sgd-0000093205); the sentences below are other wordings.
 */
describe('a forecast said as "de verwachting is dat" or assumed ("ik neem aan dat")', () => {
  it.each([
    'De verwachting is nu dat het rapport in het voorjaar van 2026 zal worden voltooid.',
    'Gezien de technische ontwikkelingen, is de verwachting dat het aantal aanvragen dat zal worden ingediend de komende jaren stijgt.',
    'Ik neem aan dat in de komende periode uit de sector voorstellen met betrekking tot dit onderwerp zullen worden gedaan.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });

  it.each([
    'De verwachting is dat ik uw Kamer voor de zomer kan informeren over de uitkomsten.',
    'De verwachting is dat het wetsvoorstel in het najaar aan uw Kamer wordt aangeboden.',
    'De verwachting is dat het onderzoek in het voorjaar van 2026 zal worden afgerond.',
  ])('promise: %s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(true);
  });
});

/**
 * "deel" followed by a part's label ("SVV deel d", "deel 2", "deel III") is a noun, the part of a document, not the
 * writer sharing ("deel ik u mede"): read as a verb it made the framed forecast a delivery (sgd-0000028916, held-out-24:
 * "… hoop ik dat afrondende parlementaire besluitvorming over deel d zal hebben plaatsgevonden").
 */
describe('"deel" with a part label is a document\'s part', () => {
  it.each([
    'Voor het einde van dit jaar hoop ik dat de parlementaire besluitvorming over deel d zal hebben plaatsgevonden.',
    'Ik verwacht dat de behandeling van deel 2 in het voorjaar zal hebben plaatsgevonden.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });

  it('the verb "deel" stays a delivery', () => {
    expect(dueOf('Ik deel u voor de zomer van 2026 de uitkomsten mee.').promise).toBe(true);
  });
});
