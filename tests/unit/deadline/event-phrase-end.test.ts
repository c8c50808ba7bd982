import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar, find } from './fixture.js';

/**
 * An event's noun phrase ends where Dutch ends it: a verb after the head ends it, a name or a Kamerstuk's number after
 * the head belongs to it (event.ts, leavesItsNounPhrase; find-in-text.ts, withTheEventsName). Users see the phrase in
 * `explain`, in `extract`'s drafted due and in `import tk`.
 */
describe('where an event phrase ends', () => {
  it.each([
    // the closing note's example, and real sentences of other texts (the sentence splits' heldout5-046, heldout16-289, heldout11-049)
    ['Ik zal u nog voor het debat informeren over de uitkomsten.', '2025-11-05', 'nog voor het debat', 'het debat'],
    // https://zoek.officielebekendmakingen.nl/kst-27924-72.html (2018-08-27)
    ['Zoals ik reeds meldde, zal ik uw Kamer zo spoedig mogelijk na die gesprekken informeren over de herziening van het pachtstelsel.', '2018-08-27', 'zo spoedig mogelijk na die gesprekken', 'die gesprekken'],
    // https://zoek.officielebekendmakingen.nl/dossier/kst-33280-VIII-3.html (2012-06-28)
    ['De maatregelen in het begrotingsakkoord op OCW terrein worden bij Miljoenennota verwerkt in de begroting van OCW.', '2012-06-28', 'bij Miljoenennota', 'Miljoenennota'],
    ['Het kabinet wil conceptwetsvoorstellen voor bespreking in de ministerraad te publiceren op internet.', '2006-11-09', 'voor bespreking in de ministerraad', 'bespreking in de ministerraad'],
    // a name after the head: the closing note's example; heldout12-163 (https://berthub.eu/tkconv/get/2022D33882), heldout6-016
    ['Ik stuur u de brief vóór het commissiedebat Mestbeleid.', '2025-11-05', 'vóór het commissiedebat Mestbeleid', 'het commissiedebat Mestbeleid'],
    ['Ik stuur u de brief vóór het commissiedebat Mestbeleid (29 410, nr. 36) toe.', '2025-11-05', 'vóór het commissiedebat Mestbeleid (29 410, nr. 36)', 'het commissiedebat Mestbeleid (29 410, nr. 36)'],
    ['Ik zal u voor het eerstvolgende commissiedebat Belastingdienst een stand-van-zakenbrief sturen.', '2022-09-02', 'voor het eerstvolgende commissiedebat Belastingdienst', 'het eerstvolgende commissiedebat Belastingdienst'],
    ['Ik informeer u voor het commissiedebat Hulp- en Geneesmiddelenbeleid over de voortgang.', '2025-09-23', 'voor het commissiedebat Hulp- en Geneesmiddelenbeleid', 'het commissiedebat Hulp- en Geneesmiddelenbeleid'],
    // a no-break space, soft hyphens and a footnote's number: offsets stay the text's own, the footnote stays out
    ['Ik stuur de brief vóór het commissiedebat\u00a0Mestbeleid aan uw Kamer.', '2025-11-05', 'vóór het commissiedebat\u00a0Mestbeleid', 'het commissiedebat Mestbeleid'],
    ['Ik stuur de brief vóór het commissie\u00addebat Mest\u00adbeleid aan uw Kamer.', '2025-11-05', 'vóór het commissie\u00addebat Mest\u00adbeleid', 'het commissiedebat Mestbeleid'],
    ['Ik stuur de brief vóór het commissiedebat Mestbeleid1 aan uw Kamer.', '2025-11-05', 'vóór het commissiedebat Mestbeleid', 'het commissiedebat Mestbeleid'],
  ])('"%s"', (text, anchor, phrase, event) => {
    const found = find(text, anchor);
    expect(found?.phrase).toBe(phrase);
    expect(text.slice(found!.start, found!.end)).toBe(phrase);
    expect(found?.kind === 'event' && found.resolution.kind === 'event' && found.resolution.event).toBe(event);
    // Drafted as a due, the phrase reads back as the same event.
    const read = resolvePhrase(phrase, anchor, calendar);
    expect(read.ok && read.resolution.kind === 'event' && read.resolution.event).toBe(event);
  });

  it.each([
    // what a preposition ties to the head stays with it
    ['Ik zal u voor het debat over de begroting informeren.', '2025-11-05', 'voor het debat over de begroting'],
    ['Ik stuur u de reactie na de evaluatie daarvan.', '2025-11-05', 'na de evaluatie daarvan'],
    // a date still dates the event; a name before it is part of the span
    ['Ik zal u voor het commissiedebat Mestbeleid op 20 november informeren.', '2025-11-05', 'voor het commissiedebat Mestbeleid op 20 november'],
    // no name across a full stop, nor the "U" of address
    ['Ik stuur u de brief voor het debat. Mestbeleid blijft een zorg.', '2025-11-05', 'voor het debat'],
    ['Ik zal voor het debat U informeren.', '2025-11-05', 'voor het debat'],
    // a name is taken whole or not at all: not a title that runs on in small letters, not a label
    ['Ik stuur u de reactie voor het debat over de Beleidsbrief Meer dan de Som.', '2025-11-05', 'voor het debat over de Beleidsbrief'],
    ['Ik stuur u de antwoorden bij het Jaarverslag 2007 Vraagsteller: de vaste commissie.', '2008-05-01', 'bij het Jaarverslag 2007'],
    // never a part of a word: the name ends before its abbreviation in brackets (2025D31003, an extract corpus letter)
    ['Ik informeer u na een advies van de Adviescommissie Maatwerkafspraken Verduurzaming Industrie (AMVI) over de uitkomst.', '2025-07-01', 'na een advies van de Adviescommissie Maatwerkafspraken Verduurzaming Industrie'],
  ])('counter-example: "%s"', (text, anchor, phrase) => {
    expect(find(text, anchor)?.phrase).toBe(phrase);
  });
});
