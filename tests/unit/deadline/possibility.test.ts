import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => findDeadline(text, anchor, calendar);

/** A sentence opened by an adverb of possibility says what may happen, which nobody undertakes (clause.ts, 'possibility'). */
describe('what may happen is no deadline', () => {
  it.each([
    // heldout10-145 (news, 2022), and the other adverbs
    ['Mogelijk neemt het kabinet daarover op vrijdag 9 december alsnog een besluit.', '2022-12-01'],
    ['Wellicht volgt de uitspraak van de rechter voor de zomer.', '2022-12-01'],
    ['Misschien komt het rapport in maart 2023 beschikbaar.', '2022-12-01'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // a promise with a condition, a remark announced, and the adverb inside a sentence that undertakes
    ['Zo mogelijk stuur ik u voor 1 februari de brief.', '2022-12-01', '2023-01-31'],
    ['Indien mogelijk stuur ik u voor 1 februari de brief.', '2022-12-01', '2023-01-31'],
    ['Wellicht ten overvloede merk ik op dat ik u voor 1 februari de brief stuur.', '2022-12-01', '2023-01-31'],
    ['Ik stuur u zo snel mogelijk, en uiterlijk voor 1 februari, de brief.', '2022-12-01', '2023-01-31'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
