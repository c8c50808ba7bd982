import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

/**
 * A term inside a relative clause that tells what someone else does with a thing the sentence names belongs to that
 * act, not to one the sentence undertakes (clause.ts, othersRelativeClause).
 */
describe('a term in a relative clause of what someone else does', () => {
  it.each([
    // kst-27625-592 (heldout22-z053), ah-tk-20242025-573 (heldout21-a409), a news report of 22 July 2023 (heldout13-284),
    // a letter on the geneesmiddelenbeleid of 2000 (heldout12-247, an undated event)
    ['Dit doen we op basis van de meest recente informatie die het Kennisprogramma Zeespiegelstijging in 2023 oplevert.', '2022-11-28'],
    ['Voor meer gedetailleerde informatie over aantallen verwijs ik naar devertrouwelijke technische briefing over de EBI, die op 19 november plaats-vindt.', '2024-11-05'],
    ['Voor de tussentijd heeft ze een onafhankelijke commissie ingesteld die in oktober een adviesrapport uitbrengt.', '2023-07-22'],
    ['Na de «invitational conference» , die op 8 februari 2000 zal plaatsvinden, zal het Kabinet een samenhangend oordeel kunnen vormen.', '2000-01-20'],
    ['Wij baseren ons op de cijfers die het CBS in maart publiceert.', '2024-01-10'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it('keeps the term when the relative clause is our act, a passive of ours, or what someone receives', () => {
    expect(to('Dit doen we op basis van de brief die ik u in maart stuur.', '2024-01-10')).toBe('2024-03-31');
    expect(to('Daarbij betrekken we de wijzigingen in de regelgeving die dit jaar worden uitgevoerd.', '2024-01-10')).toBe('2024-12-31');
    expect(to('Het gaat om ouders die eind dit jaar hun geld krijgen.', '2024-01-10')).toBe('2024-12-31');
  });

  it('keeps the term when the thing is ours, or is delivered to the Kamer outside the relative clause', () => {
    expect(to('Deze voorstellen betrekken wij bij de kabinetsvisie op het Schipholbeleid die in april uitkomt.', '2006-02-01')).toBe('2006-04-30');
    expect(to('Ik informeer uw Kamer over de uitkomst van het overleg met de sector die in het najaar een besluit neemt.', '2013-07-01')).toBe('2013-11-30');
  });

  it('keeps the term of the main clause: a relative clause closed by its verb, or "die" as an object', () => {
    expect(to('De uitkoopregeling voor 3000 boeren die veel stikstof uitstoten gaat uiterlijk half juni van start.', '2023-05-01')).toBe('2023-06-20');
    expect(to('Alle ouders die nu bekend zijn bij de Belastingdienst krijgen voor het einde van 2021 uitbetaald.', '2021-06-01')).toBe('2021-12-31');
    expect(to('De minister heeft toegezegd de werkwijze zo snel te evalueren dat we die voor september kunnen invoeren.', '2021-06-09')).toBe('2021-08-31');
  });
});
