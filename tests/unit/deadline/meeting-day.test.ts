import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * Talking, debating or visiting on a day or in a week is a meeting, whoever does it: the day or the week is the
 * meeting's, not the term of a promise (event-date.ts, MEETS). What is delivered from the meeting keeps its term.
 */
describe("a meeting's day or week", () => {
  it.each([
    // a minister's programme on Curaçao (dev-343, 18 January 2013), news of 1 January 2022 (heldout11-215) and of
    // 1 November 2022 (heldout13-188), a Rijksoverheid news item of 1 February 2020 (heldout13-262)
    ['Vrijdag 25 januari maakt de minister nader kennis met het eiland en zijn geschiedenis.', '2013-01-18'],
    ['Staatssecretaris voor Mijnbouw Hans Vijlbrief (D66) gaat volgende week twee dagen lang in gesprek met bewoners, bestuurders en instanties in het getroffen aardbevingsgebied in Groningen.', '2022-01-01'],
    ['Donderdag debatteert Schouten opnieuw urenlang met de pensioenwoordvoerders van partijen, en het is nog maar de vraag of dat het slotakkoord is van de wetsbespreking in de Tweede Kamer.', '2022-11-01'],
    ['Er ligt nu een conceptplan, waarover deze week nog onder meer met provincies en binnen de coalitie wordt gesproken.', '2020-02-01'],
    ['Op donderdag 8 juni bezoekt de minister Bonaire.', '2023-06-01'],
    ['De minister spreekt volgende week met de provincies over de uitvoering.', '2023-06-01'],
  ])('no window: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps the term of what is delivered from the meeting', () => {
    // news of 31 March 2023 (heldout11-156): the letter is due by the debate's day
    expect(find('Dinsdag debatteert het kabinet met de Tweede Kamer over zorgen in de samenleving, dan moet er een brief zijn.', '2023-03-31')).toMatchObject({ kind: 'window', to: '2023-04-04' });
    expect(find('Ik ga volgende week in gesprek met de sector en stuur u daarna een brief over de uitkomsten.', '2023-06-01')).toMatchObject({ kind: 'window', to: '2023-06-11' });
    expect(find('Ik zal u volgende week informeren over mijn gesprek met de provincies.', '2023-06-01')).toMatchObject({ kind: 'window', to: '2023-06-11' });
  });

  it('leaves a week with no meeting in it as it was', () => {
    expect(find('Ik stuur u de nota volgende week.', '2023-06-01')).toMatchObject({ kind: 'window', to: '2023-06-11' });
    expect(find('De bezoekers krijgen volgende week een antwoord van het ministerie.', '2023-06-01')).toMatchObject({ kind: 'window', to: '2023-06-11' });
    // Found by review: "bezoeken" after a determiner is the noun (visits), not the verb of visiting.
    expect(find("Ik zal volgende week de bezoeken aan de regio's evalueren.", '2023-06-01')).toMatchObject({ kind: 'window', to: '2023-06-11' });
    expect(find('Het kabinet zal volgende week zijn bezoeken aan de grensregio afronden.', '2023-06-01')).toMatchObject({ kind: 'window', to: '2023-06-11' });
  });

  it('still takes the verb of visiting for a meeting', () => {
    expect(find('Volgende week bezoeken de ministers de getroffen gebieden.', '2023-06-01')).toBeNull();
    expect(find('De staatssecretaris zal volgende week de provincies bezoeken.', '2023-06-01')).toBeNull();
  });
});
