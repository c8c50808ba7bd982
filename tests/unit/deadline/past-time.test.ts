import { describe, expect, it } from 'vitest';
import { addDays, makeDate } from '../../../src/core/civil-date.js';
import { find } from './fixture.js';

/** Every seventh day of 2023 to 2026: anchors in every month, on every weekday. */
const ANCHORS: string[] = [];
for (let day = makeDate(2023, 1, 1); day <= '2026-12-31'; day = addDays(day, 7)) ANCHORS.push(day);

/**
 * A phrase that names a time before the text's own date is never read as a window ahead (past-time.ts). Each
 * sentence is read at every anchor: whatever the phrase alone would resolve to there, the words next to it put it
 * before the anchor, so no window may start after it.
 */
describe('a time before the text is never a window ahead', () => {
  const gone = [
    // heldout10-223 (kst 2023, geurhinder) and the same words in sentences of other kinds
    'In mijn brief aan de Tweede Kamer van 8 november vorig jaar1 heb ik toegezegd te komen met voorstellen.',
    'De staatssecretaris sprak vorig jaar september de verwachting uit dat het aantal zou dalen.',
    'Het rapport van juni verleden jaar laat zien dat het werkt.',
    'Vorig jaar in maart heeft de Kamer de motie aangenomen.',
    // heldout10-284 (news, 2024) and others
    "Volgens de minister blijkt uit onderzoek van eerder dit jaar dat zo'n aparte categorie niet effectief is.",
    'Eerder deze maand heeft de Raad van State geadviseerd.',
    // heldout10-067 (a motion, 2022)
    'constaterende dat zowel vorig als dit jaar de budgettaire besluitvorming erg gefragmenteerd binnenkomt bij de Kamer;',
  ];
  for (const text of gone) {
    it(text, () => {
      for (const anchor of ANCHORS) {
        const found = find(text, anchor);
        expect(found === null || found.resolution.from === null || found.resolution.from <= anchor, `${anchor}: ${found?.phrase}`).toBe(true);
      }
    });
  }

  // heldout10-208 (news, October 2025): the spring of the text's year is over, whatever the tense.
  it.each([
    ['De minister wilde dit voorjaar al ingrijpen.', 'dit voorjaar', [6, 7, 8, 9, 10, 11, 12]],
    ['Ik informeer uw Kamer dit voorjaar over de uitkomsten.', 'dit voorjaar', [6, 7, 8, 9, 10, 11, 12]],
    ['Ik informeer uw Kamer deze zomer over de uitkomsten.', 'deze zomer', [9, 10, 11, 12]],
    ['Ik informeer uw Kamer dit najaar over de uitkomsten.', 'dit najaar', [12]],
    ['Ik informeer uw Kamer deze winter over de uitkomsten.', 'deze winter', [3, 4, 5]],
  ] as const)('"%s" after its season has ended: no window', (text, _phrase, months) => {
    for (const month of months) expect(find(text, makeDate(2025, month, 15)), `2025-${month}-15`).toBeNull();
  });

  it.each([
    ['Ik informeer uw Kamer dit voorjaar over de uitkomsten.', '2025-02-03', '2025-05-31'],
    ['Ik informeer uw Kamer dit voorjaar over de uitkomsten.', '2025-04-10', '2025-05-31'],
    ['Ik informeer uw Kamer deze zomer over de uitkomsten.', '2025-07-03', '2025-08-31'],
    ['Ik informeer uw Kamer dit najaar over de uitkomsten.', '2025-01-20', '2025-11-30'],
    ['Ik informeer uw Kamer deze winter over de uitkomsten.', '2025-10-03', '2026-02-28'],
    ['Ik informeer uw Kamer deze winter over de uitkomsten.', '2026-01-10', '2026-02-28'],
  ])('counter-example: "%s" at %s, its season not over, keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // "vorig jaar" said of something else than the phrase
    ['Ik stuur u voor 1 december, net als vorig jaar, het onderzoek.', '2024-09-01', '2024-11-30'],
    ['Vorig jaar heb ik toegezegd u in maart te informeren, en dat doe ik in maart 2025.', '2024-12-12', '2025-03-31'],
    // "later" and "eind" of this year are still ahead; only "eerder" is gone
    ['Eerder dit jaar heb ik u toegezegd het onderzoek later dit jaar te sturen.', '2024-09-01', '2024-12-31'],
    ['Ik stuur u het onderzoek voor eind dit jaar.', '2024-09-01', '2024-12-31'],
    ['Ik stuur u deze maand het onderzoek.', '2024-09-01', '2024-09-30'],
    // a past year in a clause of its own
    ['Het onderzoek loopt sinds vorig jaar en ik stuur u dit jaar de resultaten.', '2024-09-01', '2024-12-31'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  // heldout10-305 (a heading of written answers, 2019): a reduced relative clause of a completed act
  it.each([
    ['Schriftelijke antwoorden op vragen gesteld tijdens de begrotingsbehandeling van de ontwerpbegroting voor het jaar 2020', '2019-10-09'],
    ['Overzicht van toezeggingen gedaan tijdens de begrotingsbehandeling', '2024-11-20'],
  ])('"%s": a meeting after a participle without a finite verb is past', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // a finite verb before the participle makes it a verb of the clause; a plan is still ahead
    ['Uw Kamer wordt geïnformeerd tijdens de begrotingsbehandeling.', '2019-06-09', '2019-12-19'],
    ['De antwoorden worden uw Kamer toegestuurd tijdens de begrotingsbehandeling.', '2019-06-09', '2019-12-19'],
    ['Ik stuur uw Kamer het overzicht gepland tijdens de begrotingsbehandeling.', '2019-06-09', '2019-12-19'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
