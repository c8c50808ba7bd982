import { describe, expect, it } from 'vitest';
import { titleOf } from '../../../src/extract/draft-title.js';

const title = (sentence: string, deadline?: string) => {
  const start = deadline === undefined ? -1 : sentence.indexOf(deadline);
  return titleOf(sentence, 0, start < 0 ? undefined : { start, end: start + deadline!.length });
};

// found by use: "Ik verwacht u de evaluaties begin 2014 toe te kunnen sturen" was drafted as "Verwacht u de evaluaties toe te kunnen sturen", a question
describe('a title says the act, not the expectation or intention around it', () => {
  it.each([
    ['Ik verwacht u de evaluaties begin 2014 toe te kunnen sturen.', 'begin 2014', 'De Kamer de evaluaties toesturen'],
    ['Ik ben voornemens deel te nemen aan deze Raad.', undefined, 'Deelnemen aan deze Raad'],
    ['Ik streef ernaar de vragen zo spoedig mogelijk na het Kamerreces te beantwoorden.', undefined, 'De vragen zo spoedig mogelijk na het Kamerreces beantwoorden'],
    ['Wij streven er naar om u het kabinetsstandpunt aan te bieden.', undefined, 'De Kamer het kabinetsstandpunt aanbieden'],
    ['Vanzelfsprekend zal ik u te zijner tijd over de resultaten daarvan informeren.', undefined, 'De Kamer te zijner tijd over de resultaten daarvan informeren'],
    ['Ik streef ernaar dat het wetsvoorstel voor de zomer wordt aangeboden.', 'voor de zomer', 'Het wetsvoorstel wordt aangeboden'],
  ])('%s', (sentence, deadline, expected) => {
    expect(title(sentence, deadline)).toBe(expected);
  });

  it.each([
    // no frame: the to-infinitive stays as written
    ['Het kabinet kiest ervoor om de volgende drie elementen in regelgeving op te nemen.', 'Het kabinet kiest ervoor om de volgende drie elementen in regelgeving op te nemen'],
    // a frame with nothing after it keeps its words
    ['Ik verwacht dat.', 'Verwacht dat'],
  ])('counter-example: %s', (sentence, expected) => {
    expect(title(sentence)).toBe(expected);
  });
});
