import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * A frequency is a series to the Kamer when its clause delivers to the Kamer, whether the delivery comes before the
 * frequency ("informeer ik uw Kamer jaarlijks"), after it ("jaarlijks met de Kamer te delen", "maandelijks op de hoogte te
 * houden", "jaarlijks een overzicht zal geven") or the frequency is the adjective of one thing delivered ("een
 * halfjaarlijkse monitor aan de Kamer te zenden"). A report named with "de"
 * exists already, and a frequency of what others do or of money flowing is no series.
 */
describe('a frequency on a delivery to the Kamer', () => {
  it.each([
    // heldout19-y047, heldout15-189, heldout18-y006
    ['Met de voortgangsrapportages informeer ik uw Kamer jaarlijks over de inspanningen en vorderingen van het kabinet op het gebied van externe veiligheid.', '2008-10-21', 'jaarlijks', '2009-10-21'],
    ['verzoekt de regering een praktijkbegeleidingsgroep in te stellen die het actieprogramma monitort, en de uitkomsten hiervan jaarlijks met de Kamer te delen,', '2018-02-01', 'jaarlijks', '2019-02-01'],
    ['De minister zegt de Kamer toe om het passend onderwijs te evalueren en een halfjaarlijkse monitor aan de Kamer te zenden.', '2012-10-02', 'halfjaarlijkse', '2013-04-02'],
    // written for the class
    ['Over de voortgang stuur ik uw Kamer maandelijks een overzicht.', '2025-11-20', 'maandelijks', '2025-12-20'],
    ['Ik zal de Kamer een driemaandelijkse rapportage over de wachttijden sturen.', '2025-11-20', 'driemaandelijkse', '2026-02-20'],
    // found in review: the delivery before the frequency was read in lower case only, so a clause opening on its verb (a
    // register's entry) lost its series; the delivery after the frequency was read in any case
    ['Rapporteren aan de Kamer jaarlijks over de voortgang van de aanpak.', '2025-11-20', 'jaarlijks', '2026-11-20'],
    // session 37: keeping the Kamer informed, putting at its disposal and giving it one thing are deliveries too
    // (heldout15-106, heldout23-q012, heldout22-172: a motion, an Eerste Kamer register entry, a debate)
    ['verzoekt de regering, om de Kamer middels een tweewekelijkse brief ook in het reces op de hoogte te houden van de voortgang rondom de sluiting,', '2020-07-02', 'tweewekelijkse', '2020-07-16'],
    ['De minister zegt de Kamer toe dat de monitorgegevens op digitale wijze maandelijks ter beschikking worden gesteld aan de Kamer.', '2020-01-28', 'maandelijks', '2020-02-28'],
    ['Ik heb aan de Kamer toegezegd dat ik jaarlijks een overzicht zal geven van de voortgang in de Wob-verzoeken.', '2022-04-06', 'jaarlijks', '2023-04-06'],
    // written for the class
    ['Ik zal de Kamer maandelijks op de hoogte houden van de wachttijden.', '2025-11-20', 'maandelijks', '2025-12-20'],
    ['Ik zal de cijfers jaarlijks ter beschikking stellen aan uw Kamer.', '2025-11-20', 'jaarlijks', '2026-11-20'],
  ])('reads the series in "%s"', (text, anchor, phrase, to) => {
    expect(find(text, anchor)).toEqual({ kind: 'recurring', phrase, to });
  });

  it.each([
    // a report that exists already, named with "de"
    ['In de jaarlijkse rapportage die ik u vandaag stuur, staan de cijfers van de gemeenten.', '2025-11-20'],
    // money flowing, and what another does, with no delivery to the Kamer in the clause
    ['Ik informeer u over de subsidie, die jaarlijks € 85 mln. bedraagt.', '2025-11-20'],
    ['Het RIVM stelt een tweejaarlijkse monitor op.', '2025-11-20'],
    // what others keep others informed of, or give, is no delivery to the Kamer
    ['De gemeenten houden de inwoners maandelijks op de hoogte.', '2025-11-20'],
    ['Het RIVM geeft jaarlijks een overzicht van de emissies.', '2025-11-20'],
    // a member's question to the government, put as a noun without a verb (heldout9-132)
    ['Maar eerst alvast de vraag aan de minister of zij bereid is om deze Kamer tot aan het moment van de invoering jaarlijks een voortgangsrapportage te geven.', '2019-04-23'],
  ])('reads no series in "%s"', (text, anchor) => {
    expect(find(text, anchor)?.kind ?? null).not.toBe('recurring');
  });
});
