import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * The Kamer's own sittings, votes and planning (clause.ts, 'kamer-acts'): the Kamer as the subject of its own
 * procedure even with the government as whom it meets or whose bill it treats, addressed as "u" with a verb only it
 * does, or an infinitive only it can carry out.
 */
describe("the Kamer's own sittings are no deadline", () => {
  it.each([
    // dev-435 (eerstekamer.nl news, 2021): the ministers own the bill the Kamer treats
    ['De Eerste Kamer behandelt vrijdag 8 januari het wetsvoorstel van de ministers De Jonge (Volksgezondheid, Welzijn en Sport), Grapperhaus (Justitie en Veiligheid) en Ollongren (Binnenlandse Zaken en Koninkrijksrelaties) over de verplichting voor mensen om een negatieve PCR-test te overleggen bij terugkeer uit het buitenland.', '2021-01-07'],
    // heldout10-171 (VNG letter, 2023): the Kamer addressed as "u" votes
    ['U stemt dinsdag 24 oktober over de bij het tweeminutendebat gehandicaptenbeleid ingediende moties.', '2023-10-23'],
    // heldout11-043 (Kamerbrief, 2017): the Kamer meets the minister
    ['In de week van 11 december spreekt u met minister Wiebes over de begroting van het Ministerie van Economische Zaken en Klimaat.', '2017-11-24'],
    // heldout11-195 (Kamerbrief, 2017): treated by the Kamer
    ['Dit wetsvoorstel waarmee het verplicht eigen risico in de Zorgverzekeringswet in 2018 op € 385 gehandhaafd blijft, zal op dinsdag 26 september 2017 door de Tweede Kamer worden behandeld.', '2017-09-21'],
    // dev-111 (the Kamer's chair, 2019) and heldout11-135 (Kamerbrief, 2008): a vote and a debate to be planned
    ['Ik stel voor dinsdag 19 november a.s. ook te stemmen over:', '2019-11-14'],
    ['Ik verzoek u vriendelijk om dit VAO niet deze week, maar volgende week te plannen.', '2008-10-30'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // dev-436 (eerstekamer.nl news, 2022): the Kamer expects the government's letter by a term
    ['De Kamer verwacht de brief van het kabinet voor dinsdag 8 maart te ontvangen, of zoveel eerder als mogelijk.', '2022-02-22', '2022-03-07'],
    // the government's own act before the Kamer's treatment it makes possible
    ['Ik verwacht het wetsvoorstel voor de zomer bij uw Kamer in te dienen, zodat het in het najaar door uw Kamer kan worden behandeld.', '2024-03-01', '2024-07-04'],
    // the Kamer waiting for or asking the government's letter or reaction by a term
    ['De commissie wacht de brief van de minister voor 1 juli af.', '2024-05-01', '2024-06-30'],
    ['De commissie heeft behoefte aan een reactie van de minister voor 1 juli.', '2024-05-01', '2024-06-30'],
    // the government delivering before or at the Kamer's sitting
    ['In de week van 11 december stuur ik u de voortgangsrapportage.', '2017-11-24', '2017-12-17'],
    ['Ik informeer u voor dinsdag 26 september 2017, wanneer het wetsvoorstel door de Tweede Kamer wordt behandeld.', '2017-09-21', '2017-09-25'],
    ['Ik stel voor u voor dinsdag 19 november a.s. te informeren over de stemmingen.', '2019-11-14', '2019-11-18'],
    // our own planning, and agreeing on something with the Kamer, are the government's own acts
    ['Ik ben voornemens om in maart een bijeenkomst met de sector te plannen.', '2024-01-15', '2024-03-31'],
    ['Daarom zullen wij trachten in het voorjaar - ruim voor Prinsjesdag - een volwaardige dummy begroting met u af te stemmen.', '2025-12-15', '2026-05-31'],
    ['De Eerste Kamer debatteert op 12 december over de belastingplannen; ik stuur u op 1 december de nota.', '2022-11-22', '2022-12-01'],
    // the government votes and sets the agenda in a council or consultation of its own
    ['Het kabinet is voornemens dit onderwerp tijdens de Informele Milieuraad in september 2026 te agenderen.', '2026-03-01', '2026-09-30'],
    ['Ik ben voornemens om dit punt voor de zomer in de Europese Raad te agenderen.', '2026-03-01', '2026-07-02'],
    ['Ik ben voornemens de uitkomsten voor 1 juni 2026 in het Bestuurlijk Overleg met de VNG te agenderen.', '2026-03-01', '2026-05-31'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

/**
 * The Kamer's own procedure in any form (clause.ts, 'kamer-acts' and 'scheduled'): the Kamer or a committee as the agent
 * of a passive, whatever is done; the Kamer's written input (inbreng), which only members and committees deliver; a
 * bill on the Kamer's agenda.
 */
describe("the Kamer's own procedure, as agent, input or agenda, is no deadline", () => {
  it.each([
    // heldout12-078, heldout12-270, heldout15-066, heldout19-214 (the chair): speaking time in a debate is the Kamer's to set
    ['Ik stel voor, bij het debat over de agenda van de Europese top hedenavond spreektijden te hanteren van 10 minuten voor de VVD en de Partij van de Arbeid.', '2012-06-26'],
    ['Ik stel voor om voor het debat over de Europese top spreektijden te hanteren van twaalf minuten voor de fracties van de VVD, de PvdA, de PVV en het CDA.', '2013-06-25'],
    ['Ik stel voor, bij het debat over de Najaarsnota 2011 de volgende spreektijden te hanteren:', '2011-12-13'],
    // heldout13-066 (voorhang, 2023): the Kamer as the agent of making its wish known, the wish's own "om … te ontvangen" closed by "kan"
    ['De wens om over de voorgenomen voordracht voor de vast te stellen ministeriële regeling nadere inlichtingen te ontvangen kan door of namens de Kamer of door ten minste dertig leden van de Kamer te kennen worden gegeven uiterlijk op 21 juni 2023.', '2023-05-22'],
    ['Het verzoek om hierover te debatteren kan door of namens de Kamer worden gedaan uiterlijk op 1 juli 2024.', '2024-02-20'],
    ['Het verslag wordt door de commissie op 3 april vastgesteld.', '2024-02-20'],
    ['Ik verwacht dat het wetsvoorstel in mei door de Kamer wordt behandeld.', '2024-02-20'],
    // heldout14-014 (Eerste Kamer, 2018) and dev-362 (Eerste Kamer committee notes, 2021): the Kamer's input
    ['Inbreng voor het nader voorlopig verslag wordt geleverd op 3 april 2018.', '2018-03-27'],
    ['De commissies besluiten op 16 maart 2021 inbreng te leveren voor schriftelijk overleg over de bij brief van 23 februari 2021 aangeboden', '2021-03-02'],
    ['Inbreng voor het verslag wordt geleverd op 12 maart 2024.', '2024-02-20'],
    // heldout14-213 (Kamerbrief, 2014): a bill on the Kamer's agenda
    ['Het voorstel van wet tot wijziging van de Wet gemeenschappelijke regelingen (Kamerstukken 33 659) staat geagendeerd voor plenaire behandeling in de week van 4 februari.', '2014-01-29'],
    ['Het wetsvoorstel staat geagendeerd voor plenaire behandeling in de week van 11 maart.', '2024-02-20'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // the agent inside a noun phrase: the motion is carried out by the government
    ['De door de Kamer aangenomen motie wordt voor de zomer uitgevoerd.', '2024-02-20', '2024-07-04'],
    // the agent in a relative or comparative clause of its own, the phrase after it in the main clause
    ['Het onderzoek dat door de Kamer werd gevraagd, wordt voor de zomer afgerond.', '2024-02-20', '2024-07-04'],
    ['Zoals door de Kamer werd gevraagd, wordt de evaluatie voor de zomer afgerond.', '2024-02-20', '2024-07-04'],
    ['De evaluatie waarom door de Kamer is verzocht wordt in 2025 uitgevoerd.', '2024-02-20', '2025-12-31'],
    // a delivery in the clause, or an "om … te" clause that holds the phrase, keeps the term
    ['De nota wordt u voor de zomer toegezonden, voordat het voorstel door de Kamer wordt behandeld.', '2024-02-20', '2024-07-04'],
    ['De nota is bedoeld om u voor de zomer te informeren, voordat het voorstel door de Kamer wordt behandeld.', '2024-02-20', '2024-07-04'],
    // the government's own input
    ['De inbreng van het kabinet voor de consultatie wordt voor 1 mei geleverd.', '2024-02-20', '2024-04-30'],
    ['Ik lever voor 1 mei mijn inbreng voor de consultatie van de Europese Commissie.', '2024-02-20', '2024-04-30'],
    ['Nederland levert voor 1 juni zijn inbreng op de consultatie van de Europese Commissie.', '2024-02-20', '2024-05-31'],
    ['De Nederlandse inbreng voor de consultatie wordt voor 1 juni geleverd.', '2024-02-20', '2024-05-31'],
    // a delivery on the agenda, and the government's term beside the Kamer's agenda
    ['De oplevering van het rapport staat geagendeerd voor eind 2026.', '2024-02-20', '2026-12-31'],
    ['Het rapport staat geagendeerd voor het commissiedebat; ik stuur u voor 1 maart mijn reactie.', '2024-02-20', '2024-02-29'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

/** A year after plans names the year they are for (clause.ts, 'date-of-thing'). */
describe('the year of plans is no deadline', () => {
  it.each([
    // dev-437 (eerstekamer.nl news, 2024) and heldout11-059 (news, 2022)
    ['De Eerste Kamer debatteerde dinsdag 8 oktober met minister-president Schoof over de plannen van de regering voor 2025.', '2024-10-09'],
    ['De Eerste Kamer debatteert vervolgens op 12 en 13 december over de belastingplannen van het kabinet voor 2023.', '2022-11-22'],
    // the plans named without the Kamer's sitting: their year alone
    ['In de Miljoenennota staan de plannen van de regering voor 2025.', '2024-06-01'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('counter-example: a year right after the verb keeps its window', () => {
    expect(find('Ik stuur u voor 2025 de plannen van het kabinet.', '2024-10-09')?.resolution.to).toBe('2024-12-31');
  });
});

/**
 * A member speaking (clause.ts, 'members-words'): under a member's label, or with "mijn fractie" as the speaker's
 * party, what the member or the Kamer will do is no promise of the government's.
 */
describe("members' words are no deadline", () => {
  it.each([
    // dev-438 (Handelingen, 2012), heldout11-009 (verslag, 2014), heldout11-102 (Eerste Kamer, 2007)
    ['De heer Pechtold (D66): Voorzitter. Het lijkt me prima om morgen dat debat te hebben.', '2012-10-30'],
    ['Mevrouw Jacobi (PvdA): Voorzitter. Op Prinsjesdag krijgen we de Deltabeslissingen, maar er is vandaag al voldoende te bespreken.', '2014-06-19'],
    ['Als hierdoor bepaalde specifieke projecten in 2008 buiten de boot vallen is mijn fractie eventueel bereid daarover aan te geven dat deze FES-waardig zijn.', '2007-10-04'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // a member who tells what the minister will do, or asks for a term; a minister's own label; a minister after a member
    ['Mevrouw Jacobi (PvdA): Voorzitter. De minister zal voor de zomer een brief sturen.', '2014-06-19', '2014-07-03'],
    ['Mijn fractie vraagt de minister om in 2008 een evaluatie te sturen.', '2007-10-04', '2008-12-31'],
    ['Minister Schultz van Haegen: Voorzitter. Ik stuur de Kamer voor de zomer een brief over de Deltabeslissingen.', '2014-06-19', '2014-07-03'],
    ['Mevrouw Jacobi (PvdA): Voorzitter. Ik dank de minister. Minister Schultz van Haegen: Voorzitter. Ik stuur de Kamer voor de zomer een brief.', '2014-06-19', '2014-07-03'],
    // a minister's or state secretary's label with a party or a ministry in brackets is still the government's
    ['Minister Keijzer (BBB): Voorzitter. Ik zal u voor de zomer een brief sturen over de voortgang.', '2025-03-12', '2025-07-03'],
    ['Staatssecretaris Nobel (SZW): Ik stuur u voor 1 juli 2025 de evaluatie van de regeling.', '2025-03-12', '2025-06-30'],
    ['Mevrouw Jacobi (PvdA): Voorzitter. Ik dank de minister. De minister: Ik stuur de Kamer voor de zomer een brief.', '2014-06-19', '2014-07-03'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // heldout16-152, heldout10-154 (verslagen), heldout19-073 and dev-366: members told of in the third person, what
    // they note or understand
    ['Deze leden constateren dat de Wet Bibob onlangs, in 2020, nog is gewijzigd en dat binnen een jaar reeds een nieuw voorstel tot wijziging aan de Kamer', '2021-09-29'],
    ['Naar de leden van GroenLinks hebben begrepen worden de Kamers hierover voor de zomer geïnformeerd.', '2020-10-08'],
    ['Tot slot merken de leden van de VVD-fractie op dat volgens de stukken de implementatietijd van het nieuwe systeem, als het wetsvoorstel wordt aangenomen, drie tot zes jaar is.', '2023-07-01'],
  ])('told of in the third person: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // members of the cabinet are the government; the government's answer to the members keeps its term
    ['De leden van het kabinet sturen de Kamer voor de zomer een brief over de uitkomsten.', '2024-03-01', '2024-07-04'],
    ['De regering deelt de mening van deze leden en zal de Kamer voor de zomer informeren.', '2024-03-01', '2024-07-04'],
    // members asking the government to act make a request, whose term the sentence set keeps
    ['De leden vragen de minister om voor de zomer een brief te sturen.', '2024-03-01', '2024-07-04'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

/** A meeting named with the day it is held on (event-date.ts, namesAMeeting): the day is the meeting's, as after "van". */
describe('the day a named meeting is held on is no deadline', () => {
  it('"de Algemene Politieke Beschouwingen op 17 en 18 september 2024"', () => {
    // heldout11-071 (Kamerbrief, 2024)
    expect(find('Het kabinet ziet uit naar de Algemene Politieke Beschouwingen op 17 en 18 september 2024 waar het kabinet met uw Kamer van gedachten kan wisselen over het regeerprogramma.', '2024-09-12')).toBeNull();
  });

  it.each([
    // dev-439 (the minister's letter of 5 March 2018): a briefing before the meeting named with its day
    ['Om uw Kamer goed te informeren ter voorbereiding op het algemeen overleg op 15 maart aanstaande zeg ik u graag alle medewerking toe voor een vertrouwelijke technische briefing.', '2018-03-05', '2018-03-14'],
    ['Ik stuur u de brief voor het debat op 4 juni.', '2024-05-20', '2024-06-03'],
    // whom something is sent to, and when: no meeting
    ['Ik informeer de Kamer op 4 juni over de uitkomsten.', '2024-05-20', '2024-06-04'],
  ])('counter-example: "%s" keeps its term', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

/**
 * The Kamer's sitting in the first person plural (clause.ts, 'kamer-acts'): members, the chair and the minister in the
 * chamber say "we" of the votes, debates and talks they hold together there. Talks with others, agreeing on something
 * and consenting stay acts with their term.
 */
describe("the Kamer's sitting in the first person plural is no deadline", () => {
  it.each([
    // heldout21-033 (Handelingen 2018, the chair), heldout21-049, heldout19-281, heldout21-193: votes on a weekday
    ['Dinsdag stemmen wij over de moties.', '2018-04-05'],
    ['We stemmen dinsdag over de moties.', '2018-04-05'],
    ['Wij gaan hier volgende week dinsdag over stemmen.', '2021-06-17'],
    ['Ook over dit voorstel gaan we volgende week dinsdag stemmen.', '2022-03-30'],
    // heldout21-070 (a member), heldout21-y346: a debate the Kamer holds
    ['We debatteren binnenkort over uitbreiding van het instrumentarium van de inspectie.', '2018-04-05'],
    ['We hebben volgende week een commissiedebat over een aantal fiscale voorstellen uit het "Fit for 55"-pakket.', '2022-01-20'],
    // heldout21-y079 (the chair), heldout16-101: speaking on of a subject
    ['Dan spreken we volgende week verder.', '2018-04-12'],
    ['Voor het zomerreces zullen wij hierover ook nog verschillende keren spreken.', '2011-06-01'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // talks with others are the government's act
    ['Na de zomer spreken wij met de gemeenten over de uitvoering.', '2024-03-01', '2024-10-31'],
    ['Voor de zomer praten we met de provincies over de verdeling.', '2024-03-01', '2024-07-04'],
    ['Wij hebben binnenkort een bestuurlijk overleg met de VNG.', '2024-03-01', '2024-04-12'],
    // agreeing on something and consenting are anyone's acts
    ['Na akkoord stemmen wij de planning voor 1 mei met u af.', '2024-03-01', '2024-04-30'],
    ['Wij stemmen voor de zomer in met het voorstel van de Commissie.', '2024-03-01', '2024-07-04'],
    // bringing the Kamer up to date is a delivery
    ['Wij praten u voor de zomer bij over de voortgang.', '2024-03-01', '2024-07-04'],
    // agreeing on or declaring a choice before a clause: "spreken … af of", "spreken … uit of"
    ['Wij spreken voor de zomer af of de pilot wordt verlengd.', '2024-03-01', '2024-07-04'],
    ['Voor 1 juli spreken wij uit of het kabinet de regeling verlengt.', '2024-03-01', '2024-06-30'],
    // a delivery in its own clause beside the sitting keeps its term
    ['We spreken volgende week verder; ik stuur u voor dinsdag een brief.', '2024-03-01', '2024-03-04'],
    ['Wij zullen u voor de zomer een brief sturen, zodat we daarover na het zomerreces kunnen debatteren.', '2024-03-01', '2024-07-04'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

/**
 * A meeting of the Kamer held, planned, asked for, supported or let take place (clause.ts, 'kamer-acts'), whoever
 * speaks: the Kamer sets its own meetings. A public debate, or one with others, and a delivery beside the meeting keep
 * their term.
 */
describe("a meeting of the Kamer held or planned is no deadline", () => {
  it.each([
    // heldout21-y318 (Handelingen 2022, the minister), heldout21-y018 (a member): the Kamer's decision, a member's support
    ['Uw Kamer heeft gisteren besloten om binnen zes weken een debat te voeren over de Klimaat- en Energieverkenning van vorig jaar.', '2022-01-20'],
    ['Nu we, ook na vanmorgen, de tijdsplanning horen, namelijk na het meireces, steunen we het debat.', '2018-04-12'],
    // heldout16-380 (Kamerbrief, 2014): the government asks the Kamer to let its meeting take place
    ['Hierbij verzoek ik u het eerder geplande maar tot nader order aangehouden Algemeen Overleg over mestbeleid op zo kort mogelijke termijn te laten plaatsvinden.', '2014-04-03'],
    // dev-203 (a committee's agenda, 2009): a meeting turned into another
    ['Bezien wordt of het algemeen overleg MIRT kan worden omgezet in een notaoverleg met een duur van vijf uur (op een maandag, vóór het zomerreces)', '2009-05-20'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    ['Het kabinet wil dit najaar een maatschappelijk debat voeren over de toekomst van de zorg.', '2024-03-01', '2024-11-30'],
    ['Wij voeren voor de zomer een debat met jongeren over hun toekomst.', '2024-03-01', '2024-07-04'],
    ['Ik stuur u de brief voor 1 maart, zodat het debat op 12 maart kan plaatsvinden.', '2024-02-01', '2024-02-29'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
