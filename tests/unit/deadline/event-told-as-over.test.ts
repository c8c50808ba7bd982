import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * An event that what follows it tells as over, by its own relative clause in the past or by "geleden", is no event a
 * promise waits on (clause.ts, eventIsOver). A relative clause after a complement may tell of the complement's noun,
 * and one in the present or future leaves the event ahead.
 */
describe('an event told as over', () => {
  it.each([
    // the fipronil letter of 25 June 2018 (kst-26991-529), a progress report of 19 March 2021 (heldout7-057)
    ['Wij zijn de Commissie zeer erkentelijk voor het grondige onderzoek dat zij heeft verricht.', '2018-06-25'],
    ['In het eerste gedeelte van deze voortgangsrapportage zal ik stilstaan bij de resultaten die we in deze kabinetsperiode hebben behaald; in het tweede gedeelte kijk ik vooruit.', '2021-03-19'],
    // news of 31 March 2023 (heldout11-154), a monitor of 3 July 2020 (heldout12-286)
    ['De top van het kabinet was daar bijeen gekomen om opnieuw te spreken over hoe het kabinet gehoor geeft aan het “signaal van de kiezer” bij de provinciale verkiezingen van twee weken geleden.', '2023-03-31'],
    ['Na de nulmeting die verscheen in 2019 is dit de volgende jaarlijkse meting van het programma.', '2020-07-03'],
  ])('no event: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps an event whose relative clause looks ahead, or tells of a complement', () => {
    // dev-289 (a letter of 9 July 2010): the round "die gepland staat voor 7 september" is ahead, and dates the event
    expect(find('Ik streef ernaar dit besluit binnen twee maanden na de laatste verkiezingsronde, die gepland staat voor 7 september, te nemen.', '2010-07-09')).toMatchObject({ kind: 'event', to: '2010-11-07' });
    expect(find('Na de evaluatie die nu wordt uitgevoerd, stuur ik u een reactie.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'Na de evaluatie' });
    expect(find('Na afronding van de evaluatie die vorig jaar is gestart, stuur ik u de resultaten.', '2024-03-01')).toMatchObject({ kind: 'event' });
  });
});

describe('an event whose relative clause tells how it was arranged', () => {
  it.each([
    ['Na het overleg dat is gepland, zal ik u informeren over de uitkomsten.', 'Na het overleg'],
    ['Na het bestuurlijk overleg dat ik heb aangevraagd, zal ik u informeren over de uitkomsten.', 'Na het bestuurlijk overleg'],
    ['Ik zal u informeren na het debat dat is uitgesteld.', 'na het debat'],
  ])('is still ahead: "%s"', (text, phrase) => {
    expect(findDeadline(text, '2024-03-06', calendar)).toMatchObject({ kind: 'event', phrase });
  });
});
