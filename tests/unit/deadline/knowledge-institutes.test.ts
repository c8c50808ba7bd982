import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

const to = (text: string, anchor: string) => find(text, anchor)?.resolution.to ?? null;

/**
 * A knowledge institute or an inspectorate acting on its own judgement is a third party (GUIDE §1, D11 (c)): the RIVM,
 * the KNMI, the planbureaus, the IGJ, the ILT, the NVWA, SodM, by name or by the noun of their kind ("de Inspectie …", "de
 * onderwijsinspectie", "het planbureau"), from the one list both the finder and `extract` read
 * (core/independent-bodies.ts). The government commissioning or delivering their work keeps its term.
 */
describe('a knowledge institute or an inspectorate acting on its own judgement', () => {
  it.each([
    // kst-34775-X-66 (heldout17-218), kst-31936-1022 (heldout21-y171), 2021Z13948 (heldout16-229)
    ['Het RIVM zal de conceptonderzoeksresultaten niet zoals voorzien in december 2017 maar eind januari 2018 opleveren.', '2017-12-18'],
    ['In 2023 wordt door het RIVM een notitie opgesteld, waarin wordt verkend welke stappen nodig zijn om de gecumuleerde gezondheidsrisico’s rond Schiphol meer expliciet te maken.', '2022-12-22'],
    ['Het RIVM en de provincie Noord-Holland hebben aangegeven dat als blijkt dat de publicatie van het rapport sneller kan, het rapport eerder dan half september wordt gepubliceerd.', '2021-08-31'],
    // ah-tk-20232024-1771 (heldout21-a179)
    ['Eind mei verwacht de ILT het eindrapport op te kunnen leveren.', '2024-05-17'],
    ['Het KNMI publiceert in het najaar van 2026 nieuwe klimaatscenario’s.', '2026-03-01'],
    ['Het Planbureau voor de Leefomgeving brengt in het najaar van 2026 de Klimaat- en Energieverkenning uit.', '2026-03-01'],
    // kst-28286-752 (heldout19-a054): the bodies extract already counted, read from the one list (core/independent-bodies.ts).
    ['Het bedrijf zal de komende maanden door de NVWA worden gemonitord.', '2014-07-25'],
    ['De IGZ zal voor de zomer van 2026 haar rapport uitbrengen.', '2026-03-01'],
    // By the noun of their kind, alone or at the head of a compound.
    ['De onderwijsinspectie zal voor de zomer van 2026 haar rapport uitbrengen.', '2026-03-01'],
    ['Het planbureau zal in juni 2026 zijn raming publiceren.', '2026-03-01'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it.each([
    ['Ik laat het RIVM voor de zomer onderzoeken of de normen volstaan.', '2026-03-01', '2026-07-02'],
    ['Ik stuur u het RIVM-rapport voor de zomer.', '2026-03-01', '2026-07-02'],
  ])('the government commissioning or delivering its work keeps the term: "%s"', (text, anchor, expected) => {
    expect(to(text, anchor)).toBe(expected);
  });

  it('an event named after the institute\'s work keeps its event: the institute is no subject there (heldout17-219, kst-34775-X-66)', () => {
    const text = 'Zodra het RIVM-onderzoek is voltooid, een groep deskundigen het onderzoeksresultaat heeft getoetst en de paritaire commissie aan Defensie advies heeft uitgebracht, worden de belanghebbenden geïnformeerd.';
    expect(find(text, '2017-12-18')?.kind).toBe('event');
  });
});
