import { describe, expect, it } from 'vitest';
import { window, find } from './fixture.js';

/**
 * Terms read from the day of the promise (resolve.ts): a weekday without a date, the rest of that day, a clock time,
 * the begin or end of a week. 2019-02-05 is a Tuesday, 2022-10-21 a Friday.
 */
describe('a weekday without a date', () => {
  it.each([
    // the first such day on or after the promise; said on that day, the day itself
    ['vrijdag', '2019-02-05', '2019-02-08', '2019-02-08'],
    ['op dinsdag', '2019-02-05', '2019-02-05', '2019-02-05'],
    ['vrijdagmiddag', '2022-10-21', '2022-10-21', '2022-10-21'],
    ['deze vrijdag', '2022-10-21', '2022-10-21', '2022-10-21'],
    // "aanstaande", "komende", "a.s.": the first after the promise, never its own day
    ['aanstaande dinsdag', '2017-09-21', '2017-09-26', '2017-09-26'],
    ['komende vrijdag', '2022-10-21', '2022-10-28', '2022-10-28'],
    ['vrijdag a.s.', '2022-10-21', '2022-10-28', '2022-10-28'],
    // the week after the promise's
    ['volgende week dinsdag', '2019-02-05', '2019-02-12', '2019-02-12'],
    ['dinsdag volgende week', '2019-02-07', '2019-02-12', '2019-02-12'],
    // bounds: up to that day, or the day before
    ['uiterlijk vrijdag', '2019-02-05', '2019-02-05', '2019-02-08'],
    ['uiterlijk deze vrijdag', '2022-10-21', '2022-10-21', '2022-10-21'],
    ['vóór vrijdag', '2019-02-05', '2019-02-05', '2019-02-07'],
    ['by Friday', '2019-02-05', '2019-02-05', '2019-02-08'],
  ])('%s at %s → %s … %s', (phrase, anchor, from, to) => {
    expect(window(phrase, anchor)).toEqual([from, to]);
  });
});

describe('the day of the promise, and the parts of a week', () => {
  it.each([
    ['later vandaag', '2022-07-01', '2022-07-01', '2022-07-01'],
    ['later vanavond', '2022-02-15', '2022-02-15', '2022-02-15'],
    ['vóór 18.00 uur', '2014-03-12', '2014-03-12', '2014-03-12'],
    ['vandaag vóór 12.00 uur', '2014-03-12', '2014-03-12', '2014-03-12'],
    // 2021-04-01 is a Thursday: the next week runs from 5 to 11 April
    ['begin volgende week', '2021-04-01', '2021-04-05', '2021-04-07'],
    ['uiterlijk begin volgende week', '2021-04-01', '2021-04-01', '2021-04-07'],
    ['eind deze week', '2021-04-01', '2021-04-01', '2021-04-04'],
  ])('%s at %s → %s … %s', (phrase, anchor, from, to) => {
    expect(window(phrase, anchor)).toEqual([from, to]);
  });

  it.each([
    ['Vandaag ontvangt u digitaal een overzicht van de toezeggingen.', '2020-05-11'],
    ['Ik praat vanavond over een onderwerp dat in eerste aanleg wellicht minder spectaculair oogt.', '2013-04-10'],
  ])('a bare "vandaag" or "vanavond" is the text\'s own date, no term: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

/** Real sentences of news reports (dev-442, dev-452, and of other texts than the held-out rows that prompted the class). */
describe('found in running text', () => {
  it.each([
    ['Het kabinet wil dan vrijdag besluiten nemen en bekendmaken.', '2021-11-01', 'vrijdag', '2021-11-05'],
    ['Die brief komt uiterlijk begin volgende week.', '2021-04-01', 'uiterlijk begin volgende week', '2021-04-07'],
    ['Daarover stuurt de minister later vandaag een brief aan de Tweede Kamer.', '2022-07-01', 'later vandaag', '2022-07-01'],
    ['Ik stuur u uiterlijk vrijdag de antwoorden op de gestelde vragen.', '2019-02-05', 'uiterlijk vrijdag', '2019-02-08'],
    // a clock time gives way to the day its sentence names
    ['Ik stuur u de antwoorden op vrijdag 8 februari vóór 12.00 uur.', '2019-02-05', 'op vrijdag 8 februari', '2019-02-08'],
  ])('"%s"', (text, anchor, phrase, to) => {
    const found = find(text, anchor);
    expect(found?.phrase).toBe(phrase);
    expect(found?.resolution.to).toBe(to);
  });

  it.each([
    // the day the text is written, named by its weekday, in the past (dev-444) or as the day itself
    ['Donderdag lekten zoals gebruikelijk al vroegtijdig de hoofdlijnen van het nieuws uit waarmee het kabinet komt.', '2022-01-13'],
    ['Dat schrijft de staatssecretaris dinsdag in een brief aan de Tweede Kamer.', '2021-06-01'],
    // said on a day before the text's own, in the present of news: the verb of saying dates it, not the coming weekday
    ['Dat meldt het kabinet dinsdag aan de Tweede Kamer.', '2021-06-02'],
    ['De minister schrijft vrijdag dat zij de regeling verlengt.', '2021-06-05'],
    // the past of a strong verb (dev-448, heldout11-028's form)
    ['Het kabinet was woensdag in een ingelaste ministerraad bijeen, zoals de minister na afloop zei.', '2022-02-01'],
    ['Bij diverse partijen riep de uitleg van de minister dinsdag veel vragen op.', '2019-02-07'],
    ['Donderdagmiddag zei hij na afloop van een overleg huiswerk te hebben.', '2022-10-21'],
    // a day gone by, a day counted or of a month, a habit
    ['Vorige week dinsdag hebben we met uw Kamer gedebatteerd.', '2022-03-29'],
    ['Op de site van de Tweede Kamer verschijnt iedere maandag een overzicht van de vragen.', '2025-02-25'],
    ['Als je dat op maandagavond doet, heb je vaak op dinsdagmorgen de antwoorden.', '2018-07-01'],
    // the cabinet's weekly meeting (dev-445) and a meeting's agenda
    ['Vrijdag wordt in de eerste reguliere ministerraad een besluit genomen over het afschalen van de coronamaatregelen.', '2022-01-13'],
    ['We spreken over de Raad Algemene Zaken die voor aanstaande dinsdag op de agenda van de minister staat.', '2015-03-12'],
    // the Kamer's own planning
    ['De Kamer debatteert woensdagavond over het eigen risico.', '2017-09-19'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('the third Tuesday of September is no Tuesday of the coming week', () => {
    expect(find('Het kabinet presenteert de begroting op de derde dinsdag van september.', '2008-07-02')?.phrase).toBe('september');
  });
});

/** The simple past of strong verbs and of verbs in -eren has no ending to know it by: such a clause tells what happened (clause.ts). */
describe('a clause in the simple past', () => {
  it.each([
    // heldout2-020, dev-354, heldout6-068, read a year before their dates: the day is still ahead, the clause past
    ['Op 4 februari 2019 stuurde ik u de eerste voortgangsrapportage van de operatie.', '2018-09-30'],
    ['Op woensdag 8 februari 2006 vond de eerste termijn van de plenaire behandeling van het wetsvoorstel plaats.', '2005-02-13'],
    ['Op 19 november 2019 publiceerde het Sociaal en Cultureel Planbureau de evaluatie van vijf jaar Participatiewet.', '2019-06-09'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // a promise reported in the past keeps its term, as does a participle with "ge-" and the present
    ['De minister zegde toe de Kamer voor de zomer te informeren.', '2019-04-25', '2019-07-04'],
    ['Ik stuur u op 4 februari 2019 de eerste voortgangsrapportage.', '2018-09-30', '2019-02-04'],
    ['De geïnteresseerde leden ontvangen op 4 februari 2019 de eerste voortgangsrapportage.', '2018-09-30', '2019-02-04'],
  ])('counter-example: "%s" keeps its term', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

/**
 * A weekday without a date in a clause in the perfect is the day the act was done, not a term ahead (clause.ts,
 * perfectOfThatDay): the class r found after the weekday readings came in. 2026-03-04 is a Wednesday.
 */
describe('a weekday in the perfect', () => {
  it.each([
    // the participle without "ge-" of a verb with an unstressed prefix, after the auxiliary or with the weekday fronted
    ['Het kabinet heeft vrijdag besloten de maatregelen met drie weken te verlengen.', '2026-03-04'],
    ['Vrijdag heeft het kabinet besloten om de scholen te sluiten.', '2026-03-04'],
    // a participle with "ge-", the auxiliary after the weekday in a clause of comparison
    ['Zoals ik maandag heb aangekondigd, stuur ik u een brief over de uitvoering.', '2026-03-04'],
    // a promise made on a Friday, shortened from heldout8-008 (whose own answer is its later event, "zodra …")
    ['Ik hoor de minister zeggen: ik heb vrijdag toegezegd om de wens van de Eerste Kamer mee te nemen.', '2019-06-04'],
    ['De stukken zijn dinsdag verstuurd aan de leden van de commissie.', '2026-03-04'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // no perfect: the act is ahead
    ['Ik kom hier maandag op terug in een brief aan uw Kamer.', '2026-03-04', '2026-03-09'],
    // the weekday after the participle belongs to what was decided; "te" makes an infinitive
    ['Het kabinet heeft besloten vrijdag de maatregelen te verlengen.', '2026-03-04', '2026-03-06'],
    // a determiner makes a noun of a participle's shape, "is voornemens" is no perfect
    ['Het kabinet is voornemens vrijdag een besluit te nemen over de verlenging.', '2026-03-04', '2026-03-06'],
  ])('counter-example: "%s" keeps its term', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
