import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/** No window: nothing found, or an event without a date. */
const noWindow = (text: string, anchor: string) => find(text, anchor)?.resolution.to ?? null;

/**
 * Classes of sentences in which a phrase reads as a term but names none the government undertakes (clause.ts,
 * event-date.ts), written after heldout-12 from the grammar of the clause: its tense, who acts in it, what the phrase
 * modifies. Each class has its counter-examples, which keep their window.
 */
describe('the past told without "ge-" or without an ending of its own is no term ahead', () => {
  it.each([
    // heldout12-234 (kst, 2000): the weak past of a stem in t, "verwachtte"
    ['Ook verwachtte de minister in 2000 een overschot van ongeveer 1100 cellen.', '2000-03-14'],
    // heldout12-218 (Eerste Kamer, 2012) and heldout12-351 (kst, 2018): the perfect of verbs with be-, ver-, her-, ont-
    ['De staatssecretaris heeft deze toezegging tijdens de plenaire beraadslagingen op 12 juni 2012 herhaald en verduidelijkt.', '2012-04-17'],
    ['In het voorjaar heeft de vaste commissie voor Volksgezondheid, Welzijn en Sport een brief ontvangen van de Inter-Parliamentary Union met het verzoek om steun voor ratificatie van het Illicit Trade Protocol.', '2018-07-12'],
    // heldout12-289 (kst, 2019): the perfect of "doen" with an infinitive for its participle
    ['Over de ontwikkeling van de benodigde verpleeghuiscapaciteit heb ik u dit jaar twee brieven doen toekomen (op 23 september jl. (Kamerstuk 31 765, nr. 437) en op 18 oktober jl. (Kamerstuk 31 765, nr. 453)).', '2019-12-03'],
  ])('"%s"', (text, anchor) => {
    expect(noWindow(text, anchor)).toBeNull();
  });

  it('a decision the perfect of "doen" reports is no event ahead either (kst-31322-344, 2018, another text)', () => {
    const text = 'Het is deze zorgvuldigheid die mij, na overleg met de Minister van Onderwijs, Cultuur en Wetenschap en de Staatssecretaris van Financiën, heeft doen besluiten om een jaar extra de tijd te nemen voor de uitwerking en voorbereiding.';
    expect(find(text, '2018-02-06')).toBeNull();
  });

  it.each([
    // the present and the future of the same verbs, and a perfect that reports a promise or a decision to act
    ['Ik verwacht in 2000 een besluit te nemen over de uitbreiding van de capaciteit.', '2000-03-14', '2000-12-31'],
    ['Ik heb besloten de regeling in het voorjaar te verlengen.', '2012-04-17', '2012-05-31'],
    ['De staatssecretaris heeft toegezegd de Kamer in het voorjaar te informeren.', '2012-04-17', '2012-05-31'],
    ['Ik zal u voor de zomer een brief doen toekomen.', '2019-12-03', '2020-07-02'],
    // after "is" the same shape is an adjective
    ['De tijd die nog beschikbaar is tot de presentatie van het beleidsprogramma op 14 juni is benodigd.', '2007-05-30', '2007-06-14'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it('counter-example: "doen toekomen" after a clause with "zijn" is the future of the main clause (ek-rappel-bzk-2025, another text)', () => {
    const text = 'Wanneer het richtlijnvoorstel in de besluitvormende fase komt, zal het kabinet – zodra de betreffende stukken beschikbaar zijn – voorafgaande aan de desbetreffende Raad de definitieve (concept)versie van bovengenoemde richtlijn aan u doen toekomen.';
    expect(find(text, '2025-09-01')?.kind).toBe('event');
  });
});

describe('a date or a period that says which thing is meant is no term', () => {
  it.each([
    // heldout12-131 (inspectorate, 2017): a letter named by its date was issued on it
    ['In de brief van 7 februari heb ik aangegeven uw Kamer te informeren over de uitkomsten van het vervolgonderzoek.', '2017-09-04'],
    // heldout12-376 (Handelingen, 2012): the agenda of next week
    ['Ik stel voor, toe te voegen aan de agenda van volgende week:', '2012-06-19'],
  ])('"%s"', (text, anchor) => {
    expect(noWindow(text, anchor)).toBeNull();
  });

  it.each([
    ['Ik stuur u voor 7 februari een brief over de uitkomsten van het vervolgonderzoek.', '2017-09-04', '2018-02-06'],
    ['Ik zal u in de voortgangsrapportage van mei 2020 informeren.', '2020-03-01', '2020-05-31'],
    ['Ik stuur u volgende week de agenda van de Raad.', '2012-06-19', '2012-07-01'],
    // a part of the coming period after "van" says when, not which thing (a project log of February 2021 on GitHub, as written there)
    ['Ik verwacht in de loop van volgende week deze feedback te ontvangen en toe te passen.', '2021-02-17', '2021-02-28'],
    ['Ik zal de Kamer uiterlijk aan het eind van komende maand informeren.', '2024-03-06', '2024-04-30'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

describe('a title or a term quoted in single quotes is no term of ours', () => {
  it.each([
    // heldout12-299 (Kamervragen, 2023) and heldout10-141 (news, 2020)
    ["Antwoorden op Kamervragen over het bericht 'Alrijne ziekenhuis doet operatiekamers in Leiden en Alphen aan de Rijn in oktober op slot'", '2023-08-30'],
    ["Van Veldhoven heeft afgesproken dat drankproducenten ‘tot in de loop van 2021' de tijd krijgen om het aantal blikjes in het zwerfafval terug te dringen.", '2020-11-01'],
  ])('"%s"', (text, anchor) => {
    expect(noWindow(text, anchor)).toBeNull();
  });

  it.each([
    // heldout12-190 (news, 2016): the ministers' own words quoted at the start of the sentence
    ['‘Daarbij streven wij in ieder geval naar uiterlijk 1 maart 2016’, aldus Bussemaker en Dekker.', '2016-01-15', '2016-03-01'],
    ["Ik stuur u voor de zomer de brief 'Werken aan morgen'.", '2023-08-30', '2024-07-04'],
    // apostrophes are no quotes
    ["Ik stuur u zo'n overzicht van de auto's voor 1 juli.", '2023-03-01', '2023-06-30'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

describe('what perhaps happens is undertaken by nobody', () => {
  it.each([
    // heldout12-062 (kst, 2019) and heldout12-235 (Handelingen, 2000)
    ['Dat leest u wellicht over 25 jaar in de notulen van de ministerraad.', '2019-12-10'],
    ['Groot was mijn verbazing toen ik vanmorgen in de krant las dat de komende weken wellicht honderden gevangenen op vrije voeten komen vanwege een tekort aan cellen.', '2000-03-14'],
  ])('"%s"', (text, anchor) => {
    expect(noWindow(text, anchor)).toBeNull();
  });

  it('counter-example: the government delivering with a hedge keeps its window', () => {
    expect(find('Ik stuur u wellicht nog voor de zomer een brief over de notulen.', '2019-12-10')?.resolution.to).toBe('2020-07-02');
  });
});

describe('the day a term runs out describes what it is the term of', () => {
  it('"waarvan de termijn op 1 januari 2016 verloopt" (heldout12-213, Eerste Kamer, 2015; kst-33268-F, 2013, another letter)', () => {
    const text = 'Daarbij treft u tevens, ter informatie, een overzicht aan van de openstaande of deels voldane toezeggingen waarvan de termijn op 1 januari 2016 verloopt.';
    expect(noWindow(text, '2015-10-08')).toBeNull();
    const other = 'Daarbij treft u tevens, ter informatie, een overzicht aan van de openstaande of deels voldane toezeggingen waarvan de termijn op 1 januari 2014 verloopt.';
    expect(noWindow(other, '2013-07-24')).toBeNull();
  });

  it('counter-example: a delivery before the term runs out keeps its window', () => {
    expect(find('Ik informeer u voordat de termijn op 1 januari 2016 verloopt.', '2015-10-08')?.resolution.to).toBe('2016-01-01');
  });

  it('we act by the day a term runs out or a rule takes effect: the window is kept, as a delivery keeps it', () => {
    expect(find('Ik zal de vergunning, die op 1 juli afloopt, voor die datum verlengen.', '2026-03-02')?.resolution.to).toBe('2026-07-01');
    expect(find('Het kabinet zal de regeling, die op 1 januari 2027 afloopt, voor die datum verlengen.', '2026-03-02')?.resolution.to).toBe('2027-01-01');
    expect(find('Ik zal de vergunning verlengen voordat deze op 1 juli afloopt.', '2026-03-02')?.resolution.to).toBe('2026-07-01');
    expect(find('Ik zal de uitvoeringsregeling, die op 1 juli in werking treedt, voor die datum aanpassen.', '2026-03-02')?.resolution.to).toBe('2026-07-01');
  });

  it('counter-example: what we only tell or expect of the term or the rule keeps its day the thing\'s own', () => {
    expect(noWindow('Ik wijs erop dat de vergunning op 1 juli afloopt.', '2026-03-02')).toBeNull();
    expect(noWindow('Ik verwacht dat de wet op 1 juli in werking treedt.', '2026-03-02')).toBeNull();
    expect(noWindow('De provincie zal de vergunning, die op 1 juli afloopt, voor die datum verlengen.', '2026-03-02')).toBeNull();
    // our act that does not take the day up: the day still describes the rule
    expect(noWindow('Ik zal u informeren over de regeling, die op 1 juli in werking treedt.', '2026-03-02')).toBeNull();
  });
});

describe('the Kamer and the reader act on their own terms', () => {
  it.each([
    // heldout12-273 (news, 2023): the impersonal passive of voting
    ['Dinsdag wordt over de moties gestemd.', '2023-05-18'],
    // heldout12-356 (Handelingen, 2014): the reader asked in the present passive
    ['U wordt verzocht, deze correcties uiterlijk maandag 10 november te uur aan de Dienst Verslag en Redactie te retourneren.', '2014-10-27'],
    // heldout12-101 (Kamervragen, 2016): a question, whose clock time's colon ends no sentence
    ['Kunt u de Kamer het oordeel van de Inspectie voor de Gezondheidszorg (IGZ) over de vaststellingsovereenkomst tussen het Tergooi Ziekenhuis en nabestaanden doen toekomen vóór aanstaande donderdag 12:00 uur in verband met het Algemeen overleg IGZ voorzien op 7 april a.s.?', '2016-04-05'],
  ])('"%s"', (text, anchor) => {
    expect(noWindow(text, anchor)).toBeNull();
  });

  it.each([
    ['Ik zal u informeren voordat er dinsdag over de moties wordt gestemd.', '2023-05-18', '2023-05-23'],
    ['Dinsdag wordt u geïnformeerd over de uitslag van het onderzoek.', '2023-05-18', '2023-05-23'],
    ['U wordt uiterlijk maandag 10 november geïnformeerd over de correcties.', '2014-10-27', '2014-11-10'],
    ['Ik stuur u de brief vóór aanstaande donderdag 12:00 uur.', '2016-04-05', '2016-04-06'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

describe('a body named in full, or an inspectorate, acts on its own term', () => {
  it.each([
    // heldout12-306 (news, 2018) and heldout12-130 (inspectorates, 2017)
    ['Deze maand komt de Nationale Zorgautoriteit (NZa) met een voortgangsrapport over de wachtlijsten.', '2018-11-15'],
    ['De Inspectie Veiligheid en Justitie en de Inspectie voor de Gezondheidszorg (hierna Inspecties) voeren in 2017 een vervolgonderzoek uit.', '2017-09-04'],
  ])('"%s"', (text, anchor) => {
    expect(noWindow(text, anchor)).toBeNull();
  });

  it('counter-example: the government sending what the body wrote keeps its window', () => {
    expect(find('Deze maand stuur ik u het voortgangsrapport van de Nationale Zorgautoriteit (NZa).', '2018-11-15')?.resolution.to).toBe('2018-11-30');
  });
});

describe('a signing described in the present is the day of the ceremony', () => {
  it('"Dit akkoord wordt op 29 juni aanstaande in Den Haag ondertekend" (heldout12-357, kst, 2018)', () => {
    expect(noWindow('Dit akkoord wordt op 29 juni aanstaande in Den Haag ondertekend.', '2018-06-26')).toBeNull();
  });

  it.each([
    // heldout8-148 (kst, 2016, another text): a signing undertaken in the future
    ['Op 16 november 2016 zal de bijgevoegde2 intentieverklaring Delta-aanpak worden ondertekend door alle betrokken partijen.', '2016-11-07', '2016-11-16'],
    ['Ik onderteken het convenant op 29 juni aanstaande.', '2018-06-26', '2018-06-29'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

describe('a term in what is wished or hoped for belongs to the wish', () => {
  it.each([
    // heldout12-147 (kst, 2012), heldout12-177 (kst, 2018) and heldout11-175 (news, 2022, another text)
    ['Ik wil dat dit zo spoedig mogelijk wordt hersteld.', '2012-11-19'],
    ['Het streven van alle partijen die bij het Klimaatakkoord betrokken zijn is dat het voorstel voor hoofdlijnen van een Klimaatakkoord medio juli gepresenteerd wordt.', '2018-06-13'],
    ["Van der Burg hoopt dat de Tweede en Eerste Kamer in het najaar akkoord gaan, zodat de nieuwe 'dwangwet', zoals die wel wordt genoemd, op 1 januari in werking kan treden.", '2022-07-01'],
  ])('"%s"', (text, anchor) => {
    expect(noWindow(text, anchor)).toBeNull();
  });

  it.each([
    // heldout9-193 (news, 2019): a hope for the minister's own act, with "te"
    ['Daar hoopt ze de Kamer over een week of drie uitsluitsel over te kunnen geven.', '2019-03-12', '2019-04-02'],
    ['Ik hoop dat ik u voor de zomer kan informeren.', '2012-11-19', '2013-07-04'],
    ['Ik wil dat u voor de zomer een brief ontvangt over het herstel.', '2012-11-19', '2013-07-04'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

describe('what a negated main clause governs is not undertaken', () => {
  it('"zal ik derhalve niet kunnen ingaan op uw verzoek om voor 1 februari 2000 een reactie te geven" (heldout12-248, kst, 2000)', () => {
    const text = 'Om de hierboven vermelde redenen zal ik derhalve niet kunnen ingaan op uw verzoek om voor 1 februari 2000 een reactie te geven op de «drie relevante rapporten».';
    expect(noWindow(text, '2000-01-12')).toBeNull();
    expect(noWindow('Ik ben niet van plan om voor 1 februari 2000 een reactie te geven.', '2000-01-12')).toBeNull();
  });

  it.each([
    // "geen" is no refusal, and a negation before the last comma belongs to another clause
    ['Ik zie geen bezwaar om u voor de zomer te informeren over de uitkomsten.', '2024-03-01', '2024-07-04'],
    ['Ik zal niet alleen de brief sturen, maar ben ook voornemens om u voor 1 juli te informeren.', '2024-03-01', '2024-06-30'],
    // "niet" with a verb of holding back: the act will come
    ['Ik zal niet nalaten om u voor 1 juli te informeren over de uitkomsten.', '2024-03-01', '2024-06-30'],
    ['Ik zal niet aarzelen om de Kamer voor de zomer te informeren.', '2024-03-01', '2024-07-04'],
    ['Het kabinet zal niet wachten om voor de zomer met een voorstel te komen.', '2024-03-01', '2024-07-04'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});

describe("promises as the topic of the Kamer's own act are no term of the government's", () => {
  it.each([
    // heldout12-211 (Eerste Kamer, 2015) and heldout10-301 (Eerste Kamer, 2020): two letters with the same sentence
    ['De Eerste Kamer maakt halfjaarlijks de stand van zaken op ten aanzien van de toezeggingen die door de bewindspersonen aan deze Kamer zijn gedaan.', '2015-10-08'],
    ['De Eerste Kamer maakt halfjaarlijks de stand van zaken op ten aanzien van de toezeggingen die door de bewindspersonen aan deze Kamer zijn gedaan.', '2020-05-11'],
    // kst-33268-F (the Eerste Kamer's letter of 24 July 2013, another text)
    ['De Eerste Kamer maakt halfjaarlijks de stand van zaken op ten aanzien van de toezeggingen die door de bewindspersonen aan deze Kamer zijn gedaan.', '2013-07-24'],
  ])('"%s" at %s', (text, anchor) => {
    expect(noWindow(text, anchor)).toBeNull();
  });

  it.each([
    // a promise's term the Kamer asks to move, a series asked of the government, and one the Kamer receives
    ['De Kamer heeft verzocht de deadline van de toezegging te verschuiven naar 1 januari 2023.', '2021-11-23', '2023-01-01'],
    // eerstekamer.nl, korte aantekeningen KOREL of 21 June 2022
    ['De commissie besluit toezegging T01222 als openstaand te blijven beschouwen en de deadline te verschuiven naar 1 januari 2023.', '2022-06-21', '2023-01-01'],
    ['De Eerste Kamer heeft mij gevraagd over de toezeggingen halfjaarlijks te rapporteren.', '2020-05-11', '2020-11-11'],
    ['De Eerste Kamer ontvangt halfjaarlijks een overzicht van de stand van zaken ten aanzien van de toezeggingen.', '2020-05-11', '2020-11-11'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
