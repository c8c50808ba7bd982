import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

/** A judgment of what would be good or important is an aim or a wish, not an act undertaken (clause.ts, judgedGood). */
describe('a term in what is judged good or important', () => {
  it.each([
    // ParlaMint-NL 2022-04-14 (heldout22-032), a letter of 24 November 2006 on Natura-2000 (heldout19-110),
    // ah-tk-20232024-2210 (heldout21-a016), h-tk-20172018-70-5 (heldout21-091)
    ['Maar het lijkt me wel goed dat we daar op korte termijn weer zicht op hebben.', '2022-04-14'],
    ['Overeenkomstig de gedachtewisseling met de Kamerleden, acht ik het van belang dat zo spoedig mogelijk aan alle betrokkenen duidelijkheid wordt geboden over de uitwerking van Natura-2000 in de praktijk.', '2006-11-24'],
    ['Wij vinden het van belang om duidelijkheid te geven aan de initiatiefnemers en de andere stakeholders over het vervolg van de ruimtelijke procedure voor de DRC, waarbij modaliteiten zo snel mogelijk gerealiseerd worden.', '2024-07-23'],
    ['Interessant om op korte termijn te vernemen wat de uitkomst is van het onderzoek.', '2018-04-05'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it('keeps the term of a delivery judged good, and of an act after the judged sentence has closed', () => {
    expect(to('Ik vind het belangrijk u voor de zomer te informeren over de uitkomsten.', '2024-03-01')).toBe('2024-07-04');
    expect(to('Het is van belang dat de Kamer voor 1 juli een brief ontvangt.', '2024-03-01')).toBe('2024-06-30');
    // ah-tk-20242025-578 as its text layer runs the sentences together
    expect(to('Ik vind het belangrijk om alle perspectieven bij dit vraagstuk mee te nemen.Daarom ga ik in maart op werkbezoek bij een locatie.', '2024-12-30')).toBe('2025-03-31');
  });
});
