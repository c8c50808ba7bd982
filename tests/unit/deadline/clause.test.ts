import { describe, expect, it } from 'vitest';
import { whyNotADeadline } from '../../../src/core/deadline/clause.js';

/** The reason for the phrase `phrase` inside `text`, read as a window. */
const why = (text: string, phrase: string, kind: 'window' | 'event' | 'recurring' = 'window', singleDay = false, yearsAhead = 0) => {
  const start = text.indexOf(phrase);
  return whyNotADeadline(text, start, start + phrase.length, kind, singleDay, yearsAhead);
};

describe('what the clause says of a phrase', () => {
  it('a clause in the past tense dates the past', () => {
    expect(why('Voor het zomerreces is door uw Kamer een wetsvoorstel aangenomen om de hoogte te bevriezen.', 'Voor het zomerreces')).toBe('past-tense');
    expect(why('de procedure waarbij voor het eind van het jaar zeer nadrukkelijk werd gevraagd om een spoedbehandeling', 'voor het eind van het jaar')).toBe('past-tense');
  });

  it('a promise reported in the perfect, or a clause that looks ahead, keeps its deadline', () => {
    expect(why('In aanvulling daarop is uw Kamer voor het begrotingsdebat een eerste rapportage toegezegd.', 'voor het begrotingsdebat')).toBeUndefined();
    expect(why('In de brief is toegezegd dat uw Kamer jaarlijks vóór het zomerreces zal worden geïnformeerd.', 'jaarlijks vóór het zomerreces', 'recurring')).toBeUndefined();
    expect(why('In mijn brief heb ik gemeld uw Kamer in april 2018 de resultaten aan te kunnen bieden.', 'in april 2018')).toBeUndefined();
    expect(why('De commissie heeft op 22 november 2018 overleg gevoerd.', 'op 22 november 2018')).toBe('past-tense');
    // D7: a promise told before with "zou", the act's future as seen when it was told.
    expect(why('Ik heb U meegedeeld dat ik de informatie in september 2013 aan Uw Kamer zou doen toekomen.', 'in september 2013')).toBeUndefined();
  });

  it('a date the sentence says cannot be met is given up; "niet later dan" is no negation', () => {
    expect(why('Het is niet mogelijk, zoals eerder toegezegd, uw Kamer eind februari te informeren.', 'eind februari')).toBe('given-up');
    expect(why('De reactie vergt afstemming, die niet voor de deadline van 9 juli kan worden voltooid.', '9 juli')).toBe('given-up');
    expect(why('Ik zal u niet later dan 1 mei informeren.', '1 mei')).toBeUndefined();
  });

  it("what a closed clause before says is not ready or not possible gives up nothing of the main clause's term", () => {
    expect(why('Omdat het rapport nog niet gereed is, zal ik u voor de zomer informeren.', 'voor de zomer')).toBeUndefined();
    expect(why('Dat bleek in maart niet haalbaar, maar ik stuur u het rapport voor de zomer.', 'voor de zomer')).toBeUndefined();
    expect(why('Het rapport is nog niet gereed voor de zomer.', 'voor de zomer')).toBe('given-up');
    expect(why('Het lukt niet om, zoals gehoopt, voor de zomer het rapport te sturen.', 'voor de zomer')).toBe('given-up');
  });

  it('what this letter does, it does now; what it announces keeps its date', () => {
    expect(why('In aanloop naar het Schriftelijk Overleg van 21 april 2020, informeer ik u in deze brief over:', 'In aanloop naar het Schriftelijk Overleg van 21 april 2020')).toBe('this-letter');
    expect(why('Gelijktijdig met deze brief wordt de Kamer geïnformeerd over de verkenning.', 'Gelijktijdig met deze brief')).toBeUndefined();
    expect(why('In deze brief zeg ik toe u voor 1 mei te informeren.', 'voor 1 mei')).toBeUndefined();
  });

  it('a start, the bounds of a period or the day a law takes effect date something else', () => {
    expect(why('Het kabinet zal de steun vanaf het vierde kwartaal van dit jaar beëindigen.', 'het vierde kwartaal van dit jaar')).toBe('date-of-thing');
    expect(why('het afschaffen van het eigen risico van 1 januari 2023 tot 1 januari 2024.', '1 januari 2023')).toBe('date-of-thing');
    expect(why('De Wkb treedt hierdoor per 1 januari 2024 in werking.', 'per 1 januari 2024')).toBe('date-of-thing');
    expect(why('Als onderdeel van een in 2015 tot stand gekomen pakket', 'in 2015')).not.toBe('date-of-thing');
    expect(why('De Wkb treedt per 1 januari 2024 in werking.', 'per 1 januari 2024', 'event')).not.toBe('date-of-thing');
  });

  it('an expectation once voiced with a past modal is past, whatever its passive infinitive says; told with "zou", its term stands (D7)', () => {
    const voiced = 'De verwachting werd uitgesproken dat dit actieplan rond de zomer van 2012 aan de Tweede Kamer gezonden zou kunnen worden.';
    expect(why(voiced, 'rond de zomer van 2012')).toBeUndefined();
    expect(why('Ik heb de verwachting uitgesproken dat het onderzoek in de tweede helft van 2010 kon worden voltooid.', 'in de tweede helft van 2010')).toBe(
      'past-tense',
    );
    expect(why('De verwachting is nu dat het rapport in voorjaar 2011 zal worden voltooid.', 'in voorjaar 2011')).toBeUndefined();
  });

  it('the day an event takes place or a meeting is held is no deadline; a promise "plaatsvinden" in the future keeps it', () => {
    const elections = 'Snel na deze verkiezing, op 18 maart 2026, vinden de gemeenteraadsverkiezingen plaats.';
    expect(why(elections, 'op 18 maart 2026')).toBe('event-date');
    expect(why(elections, 'na deze verkiezing', 'event')).toBe('event-date');
    expect(why('Het gesprek vindt plaats op 22 mei 2024.', 'op 22 mei 2024')).toBe('event-date');
    expect(why('Ik informeer u voor de zomer over het debat dat op 20 juni plaatsvindt.', 'op 20 juni')).toBe('event-date');
    expect(why('Ik informeer u voor de zomer over het debat dat op 20 juni plaatsvindt.', 'voor de zomer')).toBeUndefined();
    expect(why('Beantwoording zal zo spoedig mogelijk plaatsvinden.', 'zo spoedig mogelijk')).toBeUndefined();
    expect(why('De oplevering vindt plaats in het derde kwartaal van 2025.', 'in het derde kwartaal van 2025')).toBeUndefined();
    const directive = 'de definitieve versie van de richtlijn waarover in de Raad besluitvorming moet plaatsvinden ruimschoots voorafgaand aan de desbetreffende Raad aan de Kamer te doen toekomen';
    expect(why(directive, 'ruimschoots voorafgaand aan de desbetreffende Raad', 'event')).toBeUndefined();
    expect(why('Daarom vraag ik dat debat aan, bij voorkeur te houden op 26 oktober, plenair.', 'op 26 oktober')).toBe('event-date');
    expect(why('Ik zal u voor de zomer op de hoogte houden van de gesprekken.', 'voor de zomer')).toBeUndefined();
    expect(why('een wetgevingsoverleg op woensdag 29 mei 2019 van 12.00 uur tot 16.00 uur over het wetsvoorstel', 'op woensdag 29 mei 2019')).toBe(
      'event-date',
    );
    expect(why('U ontvangt de brief uiterlijk 1 juli om 12.00 uur.', 'uiterlijk 1 juli')).toBeUndefined();
    expect(why('Op 29 oktober 2025 is de vervroegde Tweede Kamerverkiezing.', 'Op 29 oktober 2025')).toBe('event-date');
    expect(why('Op 26 oktober is het Klimaatdag.', 'Op 26 oktober')).toBe('event-date');
    expect(why('Op 1 juli 2025 is de evaluatie gereed.', 'Op 1 juli 2025')).toBeUndefined();
  });

  it('a frequency is a promise only when the sentence delivers to the Kamer', () => {
    expect(why('De bron van deze gegevens is het tweejaarlijks trendrapport «Staat van het bestuur 2010».', 'tweejaarlijks', 'recurring')).toBe('how-often');
    expect(why('De Schoolkostenmonitor wordt iedere drie jaar uitgevoerd in opdracht van het Ministerie.', 'iedere drie jaar', 'recurring')).toBe('how-often');
    expect(why('Zoals toegezegd wordt u twee keer per jaar geïnformeerd over de voortgang.', 'twee keer per jaar', 'recurring')).toBeUndefined();
    expect(why('De staatssecretaris rapporteert halfjaarlijks over de voortgang.', 'halfjaarlijks', 'recurring')).toBeUndefined();
  });

  it('a sentence with no party to a promise tells what someone else does', () => {
    expect(why('In maart 2026 zal Netbeheer Nederland met een update van deze cijfers komen.', 'In maart 2026')).toBe('no-party');
    const forecast = 'Op basis van de prognoses van woningcorporaties leveren zij in 2025 zo’n 25.000 sociale huurwoningen op.';
    expect(why(forecast, 'in 2025')).toBe('no-party');
    expect(why('Dit deelonderzoek wordt in de zomer van 2026 opgeleverd.', 'in de zomer van 2026')).toBeUndefined();
    expect(why('De evaluatie volgt in 2026.', 'in 2026')).toBeUndefined();
    expect(why('Het actieplan volgt in het eerste kwartaal van 2025.', 'in het eerste kwartaal van 2025')).toBeUndefined();
    expect(why('Beantwoording zal zo spoedig mogelijk plaatsvinden.', 'zo spoedig mogelijk')).toBeUndefined();
    expect(why('De minister stuurt in maart 2025 de terugkoppeling naar de Kamer.', 'in maart 2025')).toBeUndefined();
  });

  it('a law or system introduced on a day or "per" a date applies from then; introduced in a period it is delivered', () => {
    expect(why('kies ik ervoor om de planning een half jaar op te schuiven en de wet dus per 1 juli 2021 in te voeren.', 'per 1 juli 2021', 'window', true)).toBe(
      'date-of-thing',
    );
    expect(why('Het kabinet werkt ook aan het nieuwe box 3-stelsel, dat per 2025 in moet gaan.', 'per 2025')).toBe('date-of-thing');
    expect(why('Daarin meldt de regering dat de wet op 1 juli aanstaande ingevoerd kan worden.', 'op 1 juli aanstaande', 'window', true)).toBe('date-of-thing');
    expect(why('ontving ik signalen over risico’s in relatie tot de beoogde invoeringsdatum van 1 juli 2021.', '1 juli 2021', 'window', true)).toBe('date-of-thing');
    expect(why('Dit systeem zal in de loop van 2008 worden ingevoerd.', 'in de loop van 2008')).toBeUndefined();
    const informs = 'De minister zegt toe de Kamer in december 2020 schriftelijk te informeren over het tijdpad voor de inwerkingtreding van de nieuwe Wet.';
    expect(why(informs, 'in december 2020')).toBeUndefined();
  });

  it('the Kamer or a committee acting on its own date promises nothing; what it receives or asks of the government keeps its term', () => {
    expect(why('De Eerste Kamer stemt dinsdag 23 mei over de beide wetsvoorstellen en de moties.', 'dinsdag 23 mei', 'window', true)).toBe('kamer-acts');
    expect(why('De commissie besluit op 12 juli 2022 nog de gelegenheid te bieden om inbreng te leveren.', 'op 12 juli 2022', 'window', true)).toBe('kamer-acts');
    expect(why('De commissie vraagt een versneld advies aan de Raad van State – liefst voor 1 september 2022.', 'voor 1 september 2022')).toBe('kamer-acts');
    expect(why('Wij kunnen ons voorstellen dat de Kamer de behandeling van het wetsvoorstel na ontvangst daarvan voortzet.', 'na ontvangst', 'event')).toBe(
      'kamer-acts',
    );
    expect(why('Uw Kamer ontvangt voor de zomer de evaluatie.', 'voor de zomer')).toBeUndefined();
    expect(why('Uw Kamer heeft verzocht de wetgeving zo spoedig mogelijk bij uw Kamer in te dienen.', 'zo spoedig mogelijk')).toBeUndefined();
    expect(why('De commissie besluit de toezegging open te laten en de deadline te verschuiven naar 1 januari 2023.', 'naar 1 januari 2023')).toBeUndefined();
    expect(why('De commissie verzoekt de regering de Kamer voor 1 mei te informeren.', 'voor 1 mei')).toBeUndefined();
  });

  it('a year five or more years ahead with nothing delivered to the Kamer is a target or a scenario', () => {
    const law = 'Het kabinet legt in de Klimaatwet vast dat ons land in 2030 55 procent minder CO2 uitstoot en in 2050 klimaatneutraal is.';
    expect(why(law, 'in 2030', 'window', false, 8)).toBe('target');
    expect(why('een scenario waarin er in Nederland vier grote kerncentrales worden gebouwd in 2040.', 'in 2040', 'window', false, 16)).toBe('target');
    expect(why('Ik zal uw Kamer in 2030 over de uitkomsten informeren.', 'in 2030', 'window', false, 5)).toBeUndefined();
    expect(why('De evaluatie volgt in 2026.', 'in 2026', 'window', false, 2)).toBeUndefined();
  });

  it('an aim or a necessity without an act of delivery is no promise; an aim that delivers is', () => {
    expect(why('Vanzelfsprekend moeten we zo snel mogelijk uit deze situatie geraken.', 'zo snel mogelijk')).toBe('aim');
    expect(why('daarom blijf ik bij de ambitie van uw Kamer en mijzelf om hiervan zo snel mogelijk afscheid te nemen.', 'zo snel mogelijk')).toBe('aim');
    expect(why('Het kabinet heeft de ambitie om de elektriciteitsproductie uiterlijk in 2040 CO2-neutraal te maken.', 'uiterlijk in 2040')).toBe('aim');
    expect(why('Het doel is om u voor de zomer te informeren over de uitkomsten.', 'voor de zomer')).toBeUndefined();
    expect(why('verzoekt de regering controleerbare doelen op te stellen en de wet in 2011 te evalueren', 'in 2011')).toBeUndefined();
    expect(why('Ik heb de regering van Aruba gevraagd de Kamer in 2011 te informeren.', 'in 2011')).toBeUndefined();
  });

  it('a term the government asks of someone else is theirs', () => {
    expect(why('Ik heb de Raad verzocht in het najaar 2020 een advies te geven, waarna ik een beleidsreactie zal versturen.', 'in het najaar 2020')).toBe(
      'asked-of-other',
    );
    expect(why('De commissie heeft mij gevraagd ruim voor het zomerreces de evaluatie aan de Kamer te doen toekomen.', 'ruim voor het zomerreces')).toBeUndefined();
    expect(why('Ik verwacht begin 2013 vraag en aanbod beter in beeld te kunnen brengen.', 'begin 2013')).toBeUndefined();
  });

  it('what this letter or its annex does with a present passive or "bij deze", it does now', () => {
    const informed = 'Met deze brief wordt de Tweede Kamer voor het Wetgevingsoverleg Water van 18 november 2024 geïnformeerd over de stand van zaken.';
    expect(why(informed, '18 november 2024', 'window', true)).toBe('this-letter');
    const bijDeze = 'Ter voorbereiding van het commissiedebat Armoede van 6 oktober aanstaande informeer ik u bij deze graag over de laatste stand van zaken.';
    expect(why(bijDeze, 'Ter voorbereiding van het commissiedebat Armoede van 6 oktober aanstaande', 'event')).toBe('this-letter');
    expect(why('In de bijlage vindt u een overzicht van de locaties waar Nederland op korte termijn samenwerkt.', 'op korte termijn')).toBe('this-letter');
    expect(why('In verband hiermee kunt u de brief in januari tegemoet zien.', 'in januari')).toBeUndefined();
  });

  it('a clause that says what will not happen is given up; "niet later dan" is a term', () => {
    expect(why('Naar ik begreep heeft uw Kamer geen gelegenheid voor afronding van dit overleg voor het meireces.', 'voor het meireces')).toBe('given-up');
    expect(why('maar zal een wijziging van de afsteektijden niet vóór de komende jaarwisseling kunnen ingaan.', 'vóór de komende jaarwisseling')).toBe('given-up');
    expect(why('Ik zal u niet later dan 1 mei informeren.', '1 mei')).toBeUndefined();
  });

  it('an agreement reported as the predicate is no undertaking to the Kamer; "zoals afgesproken" reports a promise', () => {
    const islands = 'Afgesproken is dat de komende maanden een meerjarenprogramma met de eilanden zal worden uitgewerkt.';
    expect(why(islands, 'de komende maanden')).toBe('agreement');
    expect(why('In de prestatieafspraken is afgesproken dat woningcorporaties uiterlijk in 2029 30.000 woningen bouwen.', 'uiterlijk in 2029')).toBe('agreement');
    // An agreement to act by an infinitive is the parties' own act, the writer's among them (heldout4-019, read alone since D7).
    expect(why('Afgesproken is de resultaten tijdig ter kennis van de Kamer te brengen bij de behandeling van de begroting.', 'bij de behandeling van de begroting')).toBeUndefined();
    expect(why('Zoals met uw Kamer afgesproken, zal ik u voor de zomer informeren.', 'voor de zomer')).toBeUndefined();
  });

  it('a term asked of someone else in an "om … te" clause is theirs; "niet alleen" denies nothing', () => {
    const asked = 'Ik heb de NZa gevraagd om voor 1 juli een advies uit te brengen.';
    expect(why(asked, 'voor 1 juli')).toBe('asked-of-other');
    expect(why('Uw Kamer heeft mij gevraagd om u voor 1 juli te informeren.', 'voor 1 juli')).toBeUndefined();
    expect(why('Ik zal u voor 1 juli niet alleen de evaluatie maar ook de reactie sturen.', 'voor 1 juli')).toBeUndefined();
    expect(why('Uw Kamer beschikt voor de zomer over de evaluatie.', 'voor de zomer')).toBeUndefined();
  });

  it('a body outside the government as the subject plans for itself; those who receive from the government are no agents', () => {
    const presidency = 'Het Voorzitterschap heeft het voornemen om in de Visserijraad van oktober a.s. een algemene benadering vast te stellen.';
    // The month after the Council's name says which meeting is meant, which is read first; the presidency plans all the same.
    expect(why(presidency, 'oktober')).toBe('event-date');
    expect(why('Het Voorzitterschap heeft het voornemen om in oktober een algemene benadering vast te stellen.', 'in oktober')).toBe('no-party');
    expect(why('In maart 2026 zal Netbeheer Nederland met een update van deze cijfers komen.', 'In maart 2026')).toBe('no-party');
    expect(why('Gemeenten krijgen in 2025 extra middelen voor de opvang.', 'in 2025')).toBeUndefined();
    const chair = 'De voorzitter van de Commissie heeft toegelicht dat het rapport uiterlijk voor aanvang van het zomerreces wordt opgeleverd.';
    expect(why(chair, 'uiterlijk voor aanvang van het zomerreces')).toBeUndefined();
    expect(why('De Europese Commissie zal in juni een voorstel doen, waarna ik uw Kamer informeer.', 'in juni')).toBe('no-party');
    // Independent administrative bodies and advisory councils the guide names: their plans are theirs.
    expect(why('De NZa publiceert in maart 2026 de nieuwe monitor.', 'in maart 2026')).toBe('no-party');
    expect(why('Het UWV verwacht in de laatste week van oktober advies uit te kunnen brengen.', 'in de laatste week van oktober')).toBe('no-party');
    expect(why('De Raad voor Cultuur brengt in het voorjaar van 2026 zijn advies uit.', 'in het voorjaar van 2026')).toBe('no-party');
    expect(why('Ik stuur u het advies van de Gezondheidsraad in maart 2026.', 'in maart 2026')).toBeUndefined();
  });
});


describe('what the clause says of a phrase: titles, schedules, advice, what a promise follows, a question told before', () => {
  it('a phrase inside a title or quotation is part of it', () => {
    expect(why('De toekomstverkenning «Vandaag is het 2040» heeft uw Kamer op 8 september jl. ontvangen.', 'het 2040')).toBe('quoted');
    expect(why('Ik stuur u de rapportage «Korte termijnraming voor emissies en energie in 2020» van het PBL.', 'in 2020')).toBe('quoted');
    expect(why('Ik stuur u het rapport "Ruimte voor 2030" voor de zomer.', 'voor de zomer')).toBeUndefined();
    expect(why('De motie verzoekt de regering «de Kamer voor 1 juli te informeren over de voortgang».', 'voor 1 juli')).toBeUndefined();
  });

  it('a schedule described is no term undertaken, unless the clause delivers or the sentence promises at it', () => {
    const bill =
      'Daarna geef ik aan wat deze onderzoeken beleidsmatig betekenen, mede in het licht van het lopende wetsvoorstel Breed Offensief waarvan de behandeling in uw Kamer na het zomerreces gepland staat.';
    expect(why(bill, 'na het zomerreces')).toBe('scheduled');
    expect(why('Het vervolgadvies staat gepland voor het zomerreces van 2020.', 'voor het zomerreces van 2020')).not.toBeUndefined();
    expect(why('De oplevering van het rapport staat gepland voor eind 2026.', 'eind 2026')).toBeUndefined();
    expect(why('De evaluatie van de wet staat gepland voor 2026.', 'voor 2026')).toBeUndefined();
    expect(why('Het commissiedebat staat gepland voor het zomerreces.', 'voor het zomerreces')).not.toBeUndefined();
    const week = 'Dit rapport zal met de bestuurders worden besproken tijdens de week welke nu gepland staat in de week van 8 juni 2015.';
    expect(why(week, 'in de week van 8 juni 2015')).toBeUndefined();
  });

  it('advice is given by advisers: its term is theirs, unless the government or the Kamer acts on it', () => {
    expect(why('Het adviescollege verwacht in de laatste week van oktober advies uit te kunnen brengen.', 'in de laatste week van oktober')).toBe('advice');
    expect(why('Het vervolgadvies staat gepland voor het zomerreces van 2020.', 'voor het zomerreces van 2020')).toBe('scheduled');
    expect(why('Het college brengt in het voorjaar van 2026 een advies uit over de toetsing.', 'in het voorjaar van 2026')).toBe('advice');
    expect(why('Zij verwacht dat zij in het voorjaar van 2021 een reactie op het advies kan geven.', 'in het voorjaar van 2021')).toBeUndefined();
    expect(why('Ik stuur u het advies in maart 2026.', 'in maart 2026')).toBeUndefined();
  });

  it('a date followed by ", waarna" and a delivery is of the event the promise follows', () => {
    const report = 'Ik verwacht het rapport van deze commissie in de tweede helft van maart 2014, waarna een kabinetsreactie wordt opgemaakt.';
    expect(why(report, 'in de tweede helft van maart 2014')).toBe('before-the-promise');
    expect(why('Het onderzoek wordt in juni afgerond, waarna ik uw Kamer informeer.', 'in juni')).toBe('before-the-promise');
    expect(why('Ik stuur u in juni de evaluatie, waarna wij met de sector in gesprek gaan.', 'in juni')).toBeUndefined();
  });

  it('an indirect question told or asked before reports it; told now, it is no term either way', () => {
    const told = 'Op uw verzoek heb ik recent nader toegelicht op welke vier momenten in 2024 uw Kamer de verzamelbrieven kan verwachten.';
    expect(why(told, 'in 2024')).toBe('past-tense');
    expect(why('In de vorige brief heb ik toegelicht hoe in 2025 de eerste resultaten worden gemeten.', 'in 2025')).toBe('past-tense');
    expect(why('Ik zal u voor de zomer laten weten hoe in 2025 de eerste resultaten worden gemeten.', 'voor de zomer')).toBeUndefined();
  });

  it('this letter meeting a request or promise keeps its term now', () => {
    const met = 'Met deze hoofdlijnenbrief geef ik ook invulling aan mijn toezegging in het commissiedebat om voor het einde van het jaar een brief hierover te sturen.';
    expect(why(met, 'voor het einde van het jaar')).toBe('this-letter');
    const answered = 'Met deze brief beantwoord ik het verzoek van de commissie, om voor het einde van het reces een brief te sturen.';
    expect(why(answered, 'voor het einde van het reces')).toBe('this-letter');
    expect(why('Ik heb toegezegd om voor het einde van het jaar een brief hierover te sturen.', 'voor het einde van het jaar')).toBeUndefined();
    const more = 'Met deze brief geef ik uitvoering aan de motie en zeg ik toe om voor de zomer een evaluatie te sturen.';
    expect(why(more, 'voor de zomer')).toBeUndefined();
  });

  it('a principle is an aim; an agreement that the government will deliver to the Kamer is a promise', () => {
    const principle = 'Ik benadruk dat het uitgangspunt is uw Kamer zo veel en zo spoedig mogelijk mee te nemen in de onderhandelingen.';
    expect(why(principle, 'zo spoedig mogelijk')).toBe('aim');
    expect(why('In het overleg is afgesproken dat ik uw Kamer voor de zomer informeer over de uitkomsten.', 'voor de zomer')).toBeUndefined();
  });
});
