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
    // lists of letters received, by their sender (heldout20-112, kst-29862-19; heldout12-040, kst-31839-146)
    ['– de brief van de staatssecretaris van Verkeer en Waterstaat d.d. 29 juni 2009 over de afgiftecijfers van scheepsafval in de Nederlandse zeehavens in 2008 en het havenafvalbeleid in 2009 (29 862, nr. 16);', '2009-10-08'],
    ['de brief van de staatssecretaris van Volksgezondheid, Welzijn en Sport ter aanbieding van een bijstelling voor 2012 op het Landelijk Beleidskader Jeugdzorg 2009–2012 (31 839, nr. 134).', '2011-10-26'],
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
    // a planning's line, and one that sends a letter to the Kamer
    ['- Herziening van het stelsel van kinderopvangtoeslag in 2026', '2024-03-01', '2026-12-31'],
    ['Brief aan de Kamer over de evaluatie in het voorjaar van 2026', '2025-10-01', '2026-05-31'],
    // a debate's short answer (heldout22-081)
    ['in afwachting overigens van de brief natuurlijk, voor dinsdag.', '2021-12-09', '2021-12-13'],
  ])('keeps its term: "%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
