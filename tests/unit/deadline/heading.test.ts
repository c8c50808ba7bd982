import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * A heading, a caption or a list line has no finite verb and so no act a term could belong to (heading.ts, clause.ts
 * 'heading'); a sentence with a verb, a bound, a short answer, a list line and a delivery keep their term.
 */
describe('a heading, caption or list line without a verb', () => {
  it.each([
    // rijksoverheid.nl, press conferences after the ministerraad (heldout23-177, -148, -129)
    ['Letterlijke tekst van de persconferentie van minister-president Rutte na afloop van de ministerraad op 22 december 2017.', '2017-12-22'],
    ['Inleidend statement van minister-president Rutte tijdens de wekelijkse persconferentie na afloop van de ministerraad.', '2022-10-14'],
    ['Met aandacht voor het rapport van de parlementaire ondervragingscommissie kinderopvangtoeslag, een terugblik op het afgelopen jaar en een vooruitblik op 2021.', '2020-12-18'],
    // a Verzamelbrief's heading (heldout17-262), a committee's list of its written consultations (heldout18-202), a law's title (dev-643)
    ['Verzamelbrief juli/augustus 2005 30 augustus 2005', '2005-08-30'],
    ['12/10: Schriftelijk Overleg Landbouw- en Visserijraad dd 19-20 oktober 2020', '2020-10-06'],
    ['Wet van 11 september 1997 tot wijziging van de begroting van de uitgaven en de ontvangsten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 1997 (wijziging samenhangende met de Voorjaarsnota)', '1997-09-11'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // a verb after a fronted year, which makes no noun of it (heldout16-114, heldout22-a017, heldout5-026)
    ['In 2019 evalueren het Rijk en de waterschappen de doeltreffendheid en de effecten van de subsidieregeling op basis van praktijkervaringen.', '2018-11-01', '2019-12-31'],
    ['In het voorjaar 2025 maakt het kabinet opnieuw de balans op.', '2024-11-01', '2025-05-31'],
    // a verb in a text in capitals, whose capitals name nobody, and one with a footnote number glued to it
    ['DE MINISTER BESLUIT IN HET NAJAAR VAN 2025 OVER DE VERLENGING VAN DE REGELING.', '2025-03-01', '2025-11-30'],
    ['De minister besluit12 in het najaar van 2025 over de verlenging van de regeling.', '2025-03-01', '2025-11-30'],
    // a register's deadline, as a line and in a table (heldout15-037; an Eerste Kamer page as a letter of the corpus holds it)
    ['Deadline 1 juli 2024', '2023-06-01', '2024-07-01'],
    ['Nummer | T01970 |\n---|---|\nStatus | deels voldaan |\nDatum toezegging | 27 mei 2014 |\nDeadline | 1 juli 2025 |', '2024-12-01', '2025-07-01'],
    // a debate's short answer (heldout22-081)
    ['in afwachting overigens van de brief natuurlijk, voor dinsdag.', '2021-12-09', '2021-12-13'],
  ])('keeps its term: "%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
