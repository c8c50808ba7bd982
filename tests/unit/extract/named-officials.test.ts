import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { asOffices, namedOfficials } from '../../../src/extract/named-officials.js';
import { calendar } from '../deadline/fixture.js';

// Real texts, verbatim: news reports that name the minister once with the office and then by the surname alone.
/** https://www.nhnieuws.nl/nieuws/n84267/kabinet-wil-alle-gemeenten-verplichten-om-bij-te-dragen-aan-asielopvang (1 July 2022) */
const NHNIEUWS_2022 =
  "Het kabinet praat vandaag over een plan van staatssecretaris Van der Burg om gemeenten in Nederland verplicht te laten meewerken aan asielopvang. Als hij groen licht krijgt, zet hij in de zomer een wetsvoorstel op papier. Van der Burg hoopt dat de Tweede en Eerste Kamer in het najaar akkoord gaan, zodat de nieuwe 'dwangwet', zoals die wel wordt genoemd, op 1 januari in werking kan treden.\n\nHet is nog niet duidelijk wat er precies in het wetsvoorstel komt te staan. Daarover stuurt Van der Burg later vandaag een brief aan de Tweede Kamer.\n";
/** https://www.nhnieuws.nl/nieuws/n84308/na-de-zomer-wetsvoorstel-om-gemeenten-desnoods-te-dwingen-asielzoekers-op-te-vangen (July 2022), its opening. */
const NHNIEUWS_2022_LATER =
  'Staatssecretaris Van der Burg zet deze zomer een wetsvoorstel op papier, waardoor gemeenten in Nederland verplicht worden om asielzoekers op te vangen. Het gaat om een juridische stok achter de deur waarmee gemeenten in het uiterste geval kunnen worden gedwongen om mee te werken.\n';
/** https://nos.nl/artikel/2262302-tweede-kamer-wil-meer-vaart-achter-aanpak-ggz-wachtlijsten (15 November 2018), two sentences. */
const NOS_2018 = 'Toenmalig minister Schippers van Volksgezondheid had vorig jaar een soortgelijke deadline gesteld, maar deze is toen niet gehaald. Deze maand komt de Nationale Zorgautoriteit (NZa) met een voortgangsrapport over de wachtlijsten.\n';

describe('the government named by name', () => {
  it('a name the text gives with an office is that office; a former holder and a ministry are not', () => {
    expect(namedOfficials(NHNIEUWS_2022)).toEqual([{ name: 'Van der Burg', office: 'de staatssecretaris' }]);
    expect(namedOfficials(NOS_2018)).toEqual([]);
    expect(namedOfficials('Het rapport is opgesteld in opdracht van de minister van Financiën.')).toEqual([]);
  });

  it('"oud-" or "ex-" before the office is a former holder; a party before it is not', () => {
    // uu.nl's agenda (30 January 2017) and the Raad voor Cultuur's advice on the cultural infrastructure (2019), as written there.
    expect(namedOfficials('Oud-minister Ben Bot verzorgt eerste Geremek Lezing over toekomst van de EU')).toEqual([]);
    expect(namedOfficials('Oud-minister Bussemaker heeft de Raad voor Cultuur gevraagd haar te adviseren over de toekomstige ondersteuning van cultuurproducerende instellingen.')).toEqual([]);
    expect(namedOfficials('Dat zei ex-staatssecretaris Van Ark.')).toEqual([]);
    expect(namedOfficials('VVD-minister Adema wil dat de boeren meer tijd krijgen.')).toEqual([{ name: 'Adema', office: 'de minister' }]);
  });

  it('after a given name or straight after the office, the surname; before "van" and a portfolio, the word itself', () => {
    // oogtv.nl (2024), Kamerstuk 21 501-02, nr. 1466 (2015) and trouw.nl (2019), as written there.
    expect(namedOfficials('Staatssecretaris Vijlbrief van Mijnbouw gaf tijdens de bijeenkomst onder meer een update over de dingen die nu al in gang zijn gezet en wat er komend jaar gaat gebeuren.').map((official) => official.name)).toEqual(['Vijlbrief']);
    expect(namedOfficials('en Minister Koenders van Buitenlandse Zaken, die vergezeld is van enkele ambtenaren van zijn ministerie.').map((official) => official.name)).toEqual(['Koenders']);
    expect(namedOfficials('Minister Cora van Nieuwenhuizen van infrastructuur zegde vandaag tijdens een debat toe dat zij wil kijken of een verbod of beperking van nachtvluchten mogelijk is.').map((official) => official.name)).toEqual(['van Nieuwenhuizen']);
  });

  it('the name alone is read as the office, and each offset of the text read points into the sentence as written', () => {
    const sentence = 'Daarover stuurt Van der Burg later vandaag een brief aan de Tweede Kamer.';
    const read = asOffices(sentence, namedOfficials(NHNIEUWS_2022));
    expect(read.text).toBe('Daarover stuurt de staatssecretaris later vandaag een brief aan de Tweede Kamer.');
    const term = read.text.indexOf('later vandaag');
    expect(sentence.slice(read.original(term), read.original(term + 'later vandaag'.length))).toBe('later vandaag');
  });

  it('a capitalised word before the surname is part of the name only if the text gave it with the office', () => {
    // https://nos.nl/artikel/2155027-van-der-steur-ik-wilde-kamer-geen-informatie-onthouden.html (January 2017), two sentences.
    const NOS_2017 = 'Dat zei minister Van der Steur in een Kamerdebat over de deal. Volgens Van der Steur kun je daar niet uit afleiden dat hij heeft geadviseerd het gedeelte over de bedragen uit de tekst weg te halen.\n';
    const nos = namedOfficials(NOS_2017);
    expect(asOffices('Volgens Van der Steur kun je daar niet uit afleiden dat hij heeft geadviseerd het gedeelte over de bedragen uit de tekst weg te halen.', nos).text).toBe(
      'Volgens de minister kun je daar niet uit afleiden dat hij heeft geadviseerd het gedeelte over de bedragen uit de tekst weg te halen.',
    );
    // https://www.nu.nl/politiek/4414137/van-steur-ziet-debat-teevendeal-met-vertrouwen-tegemoet.html (January 2017)
    expect(asOffices('Volgens Van der Steur is het maar de vraag of er wel iets nieuws aan het licht gekomen is.', nos).text).toBe('Volgens de minister is het maar de vraag of er wel iets nieuws aan het licht gekomen is.');
    // No real sentence found in time for these two: an adverb before the name opens the sentence, as "Volgens" does.
    const read = asOffices('Ook Van der Burg wil dat gemeenten meewerken.', namedOfficials(NHNIEUWS_2022));
    expect(read.text).toBe('Ook de staatssecretaris wil dat gemeenten meewerken.');
    expect('Ook Van der Burg wil dat gemeenten meewerken.'.slice(read.original(0), read.original(4))).toBe('Ook ');
  });

  it('a title that names someone else before the surname makes it another person, left as written', () => {
    // No real sentence found in time: a member of the Kamer or a mayor who shares the office holder's surname.
    const officials = namedOfficials(NHNIEUWS_2022);
    for (const sentence of [
      'Kamerlid Van der Burg wil opheldering.',
      'VVD-Kamerlid Van der Burg wil opheldering.',
      'Het lid Van der Burg vraagt de regering om een brief.',
      'Burgemeester Van der Burg stuurt de raad volgende week een brief.',
      'Oud-staatssecretaris Van der Burg zal volgende week een boek presenteren.',
      'Toenmalig staatssecretaris Van der Burg stuurde de Kamer een brief.',
    ]) {
      expect(asOffices(sentence, officials).text).toBe(sentence);
    }
  });

  it('counter-example: the given name the text gave with the office goes with the name, and the surname alone is the office', () => {
    // https://www.skipr.nl/actueel/id34918-%27gelazer-over-wachttijden-ggz-moet-stoppen%27.html (June 2018), tests/fixtures/extract/letters.
    const SKIPR_2018 =
      'Een groot deel van de Tweede Kamer wil niet langer wachten tot ggz-instellingen open kaart spelen over de wachttijd voor patiënten. Staatssecretaris Paul Blokhuis van Volksgezondheid moet de instellingen die niet meewerken met naam en toenaam aan de kaak stellen, vinden onder meer regeringspartijen VVD en CDA.\n\nDe partijen lijken op hun wenken te worden bediend. Blokhuis maakt later dit jaar op de website kiezenindeggz.nl bekend hoe lang het bij iedere instelling duurt voor een behandeling kan beginnen.\n';
    const officials = namedOfficials(SKIPR_2018);
    expect(officials).toEqual([{ name: 'Blokhuis', office: 'de staatssecretaris', given: ['Paul'] }]);
    expect(asOffices('Staatssecretaris Paul Blokhuis van Volksgezondheid moet de instellingen die niet meewerken met naam en toenaam aan de kaak stellen, vinden onder meer regeringspartijen VVD en CDA.', officials).text).toBe(
      'de staatssecretaris van Volksgezondheid moet de instellingen die niet meewerken met naam en toenaam aan de kaak stellen, vinden onder meer regeringspartijen VVD en CDA.',
    );
    expect(asOffices('Blokhuis maakt later dit jaar op de website kiezenindeggz.nl bekend hoe lang het bij iedere instelling duurt voor een behandeling kan beginnen.', officials).text).toMatch(/^de staatssecretaris maakt later dit jaar/);
    expect(asOffices('Paul Blokhuis zal de Kamer voor de zomer informeren.', officials).text).toBe('de staatssecretaris zal de Kamer voor de zomer informeren.');
  });

  it('what the named minister undertakes with a term is a promise, with the term as written; what the Kamer is hoped to do is not', () => {
    const draft = draftFromText(NHNIEUWS_2022_LATER, { calendar, fallbackDate: '2022-07-01' });
    expect(draft.commitments).toHaveLength(1);
    expect(draft.commitments[0]).toMatchObject({ quote: expect.stringContaining('Staatssecretaris Van der Burg zet deze zomer een wetsvoorstel op papier'), due: { kind: 'phrase', phrase: 'deze zomer' } });
    const hoped = draftFromText(NHNIEUWS_2022, { calendar, fallbackDate: '2022-07-01' }).commitments.map((commitment) => commitment.quote);
    expect(hoped.some((quote) => quote.startsWith('Van der Burg hoopt'))).toBe(false);
  });
});

describe('the state as the one bound', () => {
  // https://tpo.nl/2016/10/31/nrc-nederland-gaat-associatieverdrag-oekraine-tekenen-dankzij-steun-d66-en-cda (31 October 2016), its opening.
  const TPO_2016 = 'Nederland gaat het associatieverdrag met Oekraïne ratificeren. Het kabinet heeft zich in de Tweede Kamer verzekerd van de steun van D66 en in de Eerste Kamer van het CDA.\n';

  it('"Nederland gaat … ratificeren" is the government undertaking for the state; securing support is done', () => {
    const draft = draftFromText(TPO_2016, { calendar, fallbackDate: '2016-10-31' });
    expect(draft.commitments.map((commitment) => commitment.quote)).toEqual(['Nederland gaat het associatieverdrag met Oekraïne ratificeren.']);
  });
});

describe('the government as news names it', () => {
  const news = (text: string, date: string) => draftFromText(`${text}\n`, { calendar, fallbackDate: date }).commitments.map((commitment) => commitment.quote);

  it('"de bewindsvrouw", "de bewindsman" are the minister: what she promises is a promise, what she reports of another\'s task or cannot say yet is not', () => {
    // https://www.rtlnieuws.nl/nieuws/politiek/artikel/4888571/stikfstofdebat-oplossing-nog-ver-te-zoeken (October 2019)
    expect(news('Veel maatregelen moeten nog verder worden uitgewerkt, Schouten heeft daarom ook nog geen compleet financieel plaatje paraat. De bewindsvrouw belooft de Kamer voor het einde van het jaar nader te informeren.', '2019-10-01')).toEqual(['De bewindsvrouw belooft de Kamer voor het einde van het jaar nader te informeren.']);
    // https://nieuws.nl/algemeen/20230621/voorzitter-landbouwoverleg-komt-volgende-week-met-adviezen/ (June 2023)
    expect(news('In een brief aan de Kamer meldde de bewindsman dat Kalden is gevraagd om “de komende periode” een analyse en een eindverslag op te stellen.', '2023-06-01')).toEqual([]);
  });
});
