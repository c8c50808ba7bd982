import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar, find } from './fixture.js';

/** A term that dates a meeting our act is tied to by "tijdens" is that meeting, an event with the term's last day (during-meeting.ts). */
describe('a meeting ahead that our act takes place during', () => {
  it.each([
    // an act of ours at a debate dated in the sentence, at other days and meetings
    ['Ik zal de Kamer tijdens het debat op dinsdag 4 november a.s. informeren over de uitkomsten.', '2025-11-03', 'tijdens het debat op dinsdag 4 november a.s', '2025-11-04'],
    ['Ik zal uw Kamer tijdens het commissiedebat van 12 maart informeren over de stand van zaken.', '2024-03-01', 'tijdens het commissiedebat van 12 maart', '2024-03-12'],
    ['Wij zullen u tijdens het wetgevingsoverleg op 20 juni 2018 informeren over de nieuwe cijfers.', '2018-06-14', 'tijdens het wetgevingsoverleg op 20 juni 2018', '2018-06-20'],
    // the meeting on the text's own day, later that day
    ['Ik zal u tijdens het vervolg van het debat op woensdag 5 november 2025 informeren over mijn reactie op de motie.', '2025-11-05', 'tijdens het vervolg van het debat op woensdag 5 november 2025', '2025-11-05'],
    // a compound of a meeting word on the text's own day is as much later that day as the word alone (laterToday read whole words only)
    ['Ik zal uw Kamer tijdens het wetgevingsoverleg van 5 november informeren over de uitkomsten.', '2025-11-05', 'tijdens het wetgevingsoverleg van 5 november', '2025-11-05'],
    ['Wij zullen u tijdens het commissiedebat op 12 maart 2024 informeren over de uitkomsten.', '2024-03-12', 'tijdens het commissiedebat op 12 maart 2024', '2024-03-12'],
    // D2 (session 34): a term that names the meeting's day or days, a meeting named by a council or an abbreviation, with or without
    // "zal ik" (the forms of heldout7-206, heldout8-019 and heldout5-003, at other meetings and days)
    ['De minister-president brengt dit standpunt in tijdens de Europese Raad van 26-27 oktober.', '2023-10-10', 'tijdens de Europese Raad van 26-27 oktober', '2023-10-27'],
    ['Deze inzet vormt de inbreng van de minister-president tijdens de ER van 26-27 oktober.', '2023-10-10', 'tijdens de ER van 26-27 oktober', '2023-10-27'],
    ['Nederland zal dit punt opbrengen tijdens de Raad Algemene Zaken van 24 oktober.', '2023-10-10', 'tijdens de Raad Algemene Zaken van 24 oktober', '2023-10-24'],
    ['Ik zal dit opbrengen tijdens de JBZ-Raad van 12 oktober.', '2023-10-10', 'tijdens de JBZ-Raad van 12 oktober', '2023-10-12'],
    ['Ik zal de resultaten met de sector bespreken tijdens de werkconferentie die gepland staat in de week van 13 november 2023.', '2023-10-10', 'tijdens de werkconferentie die gepland staat in de week van 13 november 2023', '2023-11-19'],
  ])('"%s" at %s is an event', (text, anchor, phrase, to) => {
    const found = find(text, anchor);
    expect(found?.kind).toBe('event');
    expect(found?.phrase).toBe(phrase);
    expect(found?.resolution.to).toBe(to);
    expect(text.slice(found!.start, found!.end)).toBe(phrase);
    // Drafted as a `due` by extract or import tk, the phrase resolves as the finder read it (heldout9-068 did not).
    const read = resolvePhrase(phrase, anchor, calendar);
    expect(read.ok && read.resolution).toMatchObject({ kind: 'event', relation: 'at', to, event: found!.kind === 'event' && found!.resolution.kind === 'event' ? found!.resolution.event : '' });
  });

  it.each([
    // no future of ours: where a promise was made, or what others will discuss
    ['Tijdens het commissiedebat van 12 februari heb ik toegezegd u te informeren.', '2024-03-01'],
    ['Tijdens het wetgevingsoverleg van 5 november heb ik toegezegd u te informeren.', '2025-11-05'],
    ['De EU-inzet richting Kopenhagen zal worden besproken tijdens de Milieuraad van 2 maart, de Ecofin van 10 maart en de Voorjaarsraad van 19–20 maart.', '2009-02-13'],
  ])('counter-example: "%s" stays without a deadline', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // a term that only bounds the meeting (a month, the window after a recess) says by when it falls, not its day: the
    // meeting dated on the term's last day would show a day nobody named, so the term stays the window it is
    ['Ik zal hierop reageren tijdens het vervolg van het debat na het herfstreces.', '2023-10-10', 'window', 'na het herfstreces'],
    ['Ik zal u tijdens het wetgevingsoverleg in juni informeren.', '2024-03-01', 'window', 'in juni'],
    // a term counted from the text's date says when, not which meeting
    ['Ik zal u tijdens het debat zo spoedig mogelijk informeren.', '2023-10-10', 'window', 'zo spoedig mogelijk'],
    // a word in capitals with more after its hyphen names a period, not a meeting
    ['Ik zal u tijdens de COVID-periode in 2021 informeren.', '2020-10-01', 'window', 'in 2021'],
    // the meeting's longer phrase does not outweigh the term the sentence gives its act
    ['Zoals toegezegd tijdens het Algemeen Overleg op 23 mei 2018 wordt u twee keer per jaar door middel van een rapportage geïnformeerd.', '2018-02-27', 'recurring', 'twee keer per jaar'],
  ])('counter-example: "%s" at %s keeps its term', (text, anchor, kind, phrase) => {
    const found = find(text, anchor);
    expect(found?.kind).toBe(kind);
    expect(found?.phrase).toBe(phrase);
  });

  it('counter-example: the weekday of a past meeting\'s date dates no meeting ahead', () => {
    expect(find('Ik zal u tijdens het debat op woensdag 8 november 2017 informeren over de uitkomsten.', '2019-01-01')).toBeNull();
  });

  it('counter-example: a day of our own act that no meeting dates stays a window', () => {
    const found = find('Ik zal u op dinsdag 4 november a.s. de brief sturen, na het debat.', '2025-11-03');
    expect(found?.kind).toBe('window');
    expect(found?.resolution.to).toBe('2025-11-04');
  });

  it.each([
    // the day is past, not named, or not a day
    ['tijdens het commissiedebat van 12 februari 2024', '2024-03-01'],
    ['tijdens het debat', '2024-03-01'],
    ['tijdens het debat over de begroting', '2024-03-01'],
    ['tijdens het wetgevingsoverleg in juni 2023', '2024-03-01'],
  ])('counter-example: the due "%s" at %s is no meeting on its day', (phrase, anchor) => {
    const read = resolvePhrase(phrase, anchor, calendar);
    expect(read.ok ? read.resolution : undefined).not.toMatchObject({ kind: 'event', relation: 'at' });
  });
});

/**
 * The questions written answers leave to the debate are answered in it as the debate's own course, in every person and
 * voice (GUIDE §1, D2 and its clarification of session 34; the forms of heldout9-068, heldout10-304 and -307, at other
 * days and meetings): no deadline, however the debate is dated.
 */
describe('the questions left to the debate', () => {
  it.each([
    ['De overige gestelde vragen zal ik beantwoorden tijdens mijn eerste termijn van het debat op dinsdag 4 november a.s.', '2025-11-03'],
    ['De overige gestelde vragen zal ik tijdens het vervolg van het debat op woensdag 5 november 2025 in mijn eerste termijn beantwoorden.', '2025-11-05'],
    ['Wij zullen de resterende vragen tijdens het wetgevingsoverleg op 20 juni 2018 beantwoorden.', '2018-06-14'],
    ['De resterende vragen worden beantwoord tijdens het commissiedebat op 12 maart 2024.', '2024-03-12'],
    ['De overige vragen zullen worden beantwoord in de eerste termijn van het debat op 12 maart 2024.', '2024-03-01'],
    ['Tijdens het debat van 12 maart 2024 zal de minister ingaan op de nog openstaande vragen.', '2024-03-01'],
    ['De vragen van de leden zal ik in mijn eerste termijn van het debat op 12 maart 2024 beantwoorden.', '2024-03-01'],
  ])('"%s" at %s has no deadline', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // answers in writing, by a term, or informing the Kamer at the debate are acts of ours with their term
    ['De overige vragen zal ik schriftelijk beantwoorden voor 1 december 2025.', '2025-11-03', 'voor 1 december 2025'],
    ['Ik zal u tijdens het debat op dinsdag 4 november a.s. informeren over de overige vragen.', '2025-11-03', 'tijdens het debat op dinsdag 4 november a.s'],
    // the term of another act in the sentence is that act's
    ['De overige vragen beantwoord ik tijdens het debat, en het rapport stuur ik u voor 1 maart 2026.', '2025-11-03', 'voor 1 maart 2026'],
    // the answers go out in a document, with its term: the debate named is where the questions came up
    ['De resterende vragen zal ik beantwoorden in de voortgangsrapportage die ik u voor het zomerreces stuur, zoals besproken in het commissiedebat.', '2025-11-03', 'voor het zomerreces'],
    // a promise told as made at the debate, with its own term
    ['Tijdens het debat van 5 maart heb ik toegezegd de overige vragen voor 1 april 2026 te beantwoorden.', '2026-03-10', 'voor 1 april 2026'],
    // questions answered in a debate without being the rest, nor at a turn of it: a meeting of our act
    ['Ik zal de vragen over de uitvoering beantwoorden tijdens het commissiedebat van 12 maart.', '2024-03-01', 'tijdens het commissiedebat van 12 maart'],
  ])('counter-example: "%s" at %s keeps its term', (text, anchor, phrase) => {
    expect(find(text, anchor)?.phrase).toBe(phrase);
  });
});
