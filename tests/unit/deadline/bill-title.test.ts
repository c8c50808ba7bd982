import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * A bill's title names the bill (clause.ts, 'quoted'): a moment in it ("(wijziging samenhangende met de Najaarsnota)",
 * "in verband met koopkrachtondersteuning in 2025") says which bill, not by when anything is done. A heading, a list item
 * or a dossier line opens on the title's head noun and has no finite verb; a sentence that names the bill keeps its term.
 */
describe("a bill's title is no deadline", () => {
  it.each([
    // dev-684 (a memorie van toelichting's page, 2019) and dev-686 (its heading, the number glued to the title)
    ['Wijziging van de begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat (XII) voor het jaar 2019 (wijziging samenhangende met de Najaarsnota)', '2019-11-26'],
    ['35 350XII Wijziging van de begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat (XII) voor het jaar 2019 (Wijziging samenhangende met de Najaarsnota)', '2019-11-26'],
    // dev-685: the dossier a document belongs to
    ['Onderdeel van kamerstukdossier 35350 XII-2 Wijziging van de begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat (XII) voor het jaar 2019 (wijziging samenhangende met de Najaarsnota).', '2019-11-26'],
    // dev-680: a committee's agenda line
    ['- 2024-10-03 14:00: Wijziging van de Wet op het kindgebonden budget tot intensivering van het kindgebonden budget in verband met koopkrachtondersteuning in 2025 (Inbreng verslag (wetsvoorstel)), vaste commissie voor Financiën', '2024-09-17'],
    // heldout16-236 (an Eerste Kamer list of bills, 2025): after "het wetsvoorstel" at the head of a list item
    ['-het wetsvoorstel Wijziging van de begrotingsstaten van het Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur (XIV) en het Diergezondheidsfonds (F) voor het jaar 2025 (wijziging samenhangende met de Voorjaarsnota) (36725-XIV).', '2025-06-24'],
  ])('"%s"', (text, anchor) => {
    const found = find(text, anchor);
    expect(found === null || found.resolution.to === null, JSON.stringify(found)).toBe(true);
  });

  it.each([
    // the title's head noun opening a sentence with a verb, and a sentence that names the bill in its act
    ['Wijziging van de subsidieregeling leg ik voor de zomer aan uw Kamer voor.', '2024-03-01', '2024-07-04'],
    ['Ik zal het wetsvoorstel Wijziging van de Wet op het kindgebonden budget voor de zomer indienen.', '2024-03-01', '2024-07-04'],
    ['Het wetsvoorstel Wijziging van de Wet op het kindgebonden budget wordt voor de zomer bij uw Kamer ingediend.', '2024-03-01', '2024-07-04'],
    ['35 350 Wijziging van de begrotingsstaten: ik stuur u de nota van wijziging voor 1 december.', '2019-11-01', '2019-11-30'],
    // a planning's line with no verb that delivers, to the Kamer or by a bill's submission
    ['- Herziening van de Wet publieke gezondheid voor de zomer naar de Kamer', '2024-03-01', '2024-07-04'],
    ['- Wijziging van de Wet op het kindgebonden budget (indiening bij de Tweede Kamer voor de zomer)', '2024-03-01', '2024-07-04'],
    ['Regels over de verantwoording voor 1 juli 2024 aan de Kamer', '2024-03-01', '2024-06-30'],
    // a planning's line that names no law, budget, decree or treaty
    ['- Herziening van het stelsel van kinderopvangtoeslag in 2026', '2024-03-01', '2026-12-31'],
  ])('"%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
