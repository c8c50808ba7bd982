import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * The writer's intention told in a formal frame with the infinitive after it: the intention as the place it lies in
 * ("Het ligt in het voornemen van … deze oplossing te bevorderen", "…, ligt het in het voornemen … uitvoering te
 * geven"), the reflexive "Ik stel mij voor … te …", and "voornemens" after a long middle field ("is het Kabinet in dit
 * verband onder meer voornemens te komen met …"). The class of held-out-24 (three letters of three ministries, 1983–
 * 1995); the sentences below are other wordings.
 */
describe('an intention in a formal frame', () => {
  it.each([
    'Het ligt in mijn voornemen de regeling in het voorjaar te herzien.',
    'Om de achterstand weg te werken, ligt het in het voornemen van de Minister van Financiën en van mij extra personeel aan te trekken.',
    'Ik kan u meedelen dat het in het voornemen ligt om de subsidie te verhogen.',
    'Wij stellen ons voor de resultaten van het onderzoek aan uw commissie toe te zenden.',
    'Ik stel mij voor over deze kwestie overleg te voeren met de provincies.',
    'Naar aanleiding van het advies is de regering in dat verband onder meer voornemens een wetsvoorstel in te dienen.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(true);
  });

  it.each([
    // what the writer pictures, not what the writer will do
    'Ik stel mij voor dat de leden dit op prijs stellen.',
    // a question, a negation
    'Ligt het in het voornemen een soortgelijke missie naar China te zenden?',
    'Het ligt niet in mijn voornemen de regeling te wijzigen.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });
});
