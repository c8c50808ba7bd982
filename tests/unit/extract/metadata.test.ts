import { describe, expect, it } from 'vitest';
import { findMetadata } from '../../../src/extract/metadata.js';
import { sentencesOf } from '../../../src/extract/structure.js';

const metadata = (text: string) => findMetadata(text, sentencesOf(text));

describe('the metadata of a letter', () => {
  it.each([
    ['Den Haag, 8 december 2025\n\nGeachte voorzitter,\n\nHierbij stuur ik u de brief.', '2025-12-08'],
    ['Datum 12 september 2024\nBetreft Voortgang\n\nGeachte voorzitter,', '2024-09-12'],
    ['Datum\n12 september 2024\n\nGeachte voorzitter,', '2024-09-12'],
    ['Antwoord van minister Van Oosten (Justitie en Veiligheid) (ontvangen 1 september 2025)\n\nJa.', '2025-09-01'],
    // Found in review (closing note 28): the city as older letters write it, whose date fell back to today.
    // kst-25616-13 (1998) and 2020D29994 (the Raad van State's advice, 2020), the city on a line of its own and after a reference.
    ["'s-Gravenhage, 20 maart 1998\n\nHierbij zend ik u de sterktecijfers van de politie.", '1998-03-20'],
    ["RAADNo.W01.20.0036/I 's-Gravenhage, 17 juni 2020\n\nBij Kabinetsmissive van 2 april 2020 heeft Uwe Majesteit verzocht.", '2020-06-17'],
  ])('finds the stated date in %j', (text, date) => {
    expect(metadata(text)).toMatchObject({ date, dateOrigin: 'stated' });
  });

  it("takes a letter dated in 's-Gravenhage for a letter, and no address or colophon for its date", () => {
    expect(metadata("'s-Gravenhage, 20 maart 1998\n\nDe sterktecijfers van de politie volgen in de bijlage.")).toMatchObject({ type: 'brief' });
    expect(metadata("Postbus 20001 - 2500 EA 's-Gravenhage - Binnenhof 20\n\nIk zal uw Kamer uiterlijk 1 maart 2027 informeren.\n")).toMatchObject({ dateOrigin: 'none' });
    expect(metadata("kst-32847-854 ISSN 0921 - 7371 's-Gravenhage 2021\n\nIk zal uw Kamer uiterlijk 1 maart 2027 informeren.\n")).toMatchObject({ dateOrigin: 'none' });
  });

  it.each([
    // tk-2020D29994 (the Raad van State's advice, 2020), typed `brief` before; kst-35434-4's and kst-29942-4's nader rapport
    ["RAADNo.W01.20.0036/I 's-Gravenhage, 17 juni 2020\n\nBij Kabinetsmissive van 20 februari 2020, no.2020000369, heeft Uwe Majesteit, op voordracht van de Minister van Binnenlandse Zaken en Koninkrijksrelaties, bij de Afdeling advisering van de Raad van State ter overweging aanhangig gemaakt het voorstel van wet.", 'overig'],
    ['Blijkens de mededeling van de Directeur van Uw kabinet van 3 april 2020, nr. 2020000701, machtigde Uwe Majesteit de Afdeling advisering van de Raad van State haar advies inzake het bovenvermelde voorstel van wet rechtstreeks aan mij te doen toekomen. Dit advies bied ik U hierbij aan.', 'overig'],
    ['Blijkens de mededeling van de Directeur van Uw kabinet van 27 juli 2004 machtigde Uwe Majesteit de Raad van State zijn advies inzake het bovenvermelde voorstel van wet rechtstreeks aan mij te doen toekomen.', 'overig'],
    // counter-examples: a letter to the Kamer that sends or cites the advice stays a letter
    ['Den Haag, 8 april 2020\n\nGeachte voorzitter,\n\nHierbij bied ik u het advies van de Afdeling advisering van de Raad van State aan.', 'brief'],
    ['Geachte voorzitter,\n\nUwe Majesteit heeft het wetsvoorstel bekrachtigd; ik informeer uw Kamer over de inwerkingtreding.', 'brief'],
  ])('types %j as %s', (text, type) => {
    expect(metadata(text)).toMatchObject({ type });
  });

  it('says a letter has no date, rather than taking a deadline for it', () => {
    expect(metadata('Geachte voorzitter,\n\nIk zal uw Kamer uiterlijk 1 maart 2027 informeren.\n')).toMatchObject({ dateOrigin: 'none', date: undefined });
  });

  it('dates an undated letter by the latest past event it dates', () => {
    const text = 'In antwoord op uw brief van 10 november 2025 deel ik u mee.\n\nIn de brief die op 15 december 2025 aan uw Kamer is verstuurd, geef ik aan hoe. Voor 1 maart 2026 stuur ik meer.\n';
    expect(metadata(text)).toMatchObject({ dateOrigin: 'inferred', date: '2025-12-15' });
  });

  it('reads the signatory, the kind and the references', () => {
    const text = [
      'Vragen van het lid Bikker (ChristenUnie) aan de minister van Justitie en Veiligheid over websites',
      '(ingezonden 10 november 2025, 2025Z19579)',
      '',
      'Vraag 1',
      'Heeft u het gelezen? 1)',
      '',
      'Antwoord op vraag 1',
      'Ja.',
      '',
      'De Minister van Justitie en Veiligheid,',
      '',
      'Foort van Oosten',
      '',
      '1) Kamerstuk 36547, nr. 34.',
    ].join('\n');
    expect(metadata(text)).toMatchObject({
      type: 'kamervragen',
      by: 'Minister van Justitie en Veiligheid',
      refs: ['2025Z19579'],
      cited: ['Kamerstuk 36547, nr. 34'],
      title: 'Antwoorden op vragen van het lid Bikker (ChristenUnie) over websites',
    });
  });

  it('takes the own Kamerstuk number from an official heading', () => {
    const text = 'Tweede Kamer der Staten-Generaal\nVergaderjaar 2025–2026, 36 547, nr. 34\n\nBRIEF VAN DE MINISTER\n\nDen Haag, 3 maart 2026\n\nGeachte voorzitter,';
    expect(metadata(text)).toMatchObject({ type: 'brief', refs: ['Kamerstuk 36547, nr. 34'], date: '2026-03-03' });
  });
});

// found by use: a PDF's title wrapped over three lines was cut at the first, and a long title cut in the middle of a word
describe('the title of a letter without a subject line', () => {
  const title = 'Groene economische groei in Nederland (Green Deal); Brief regering; Uitstel toezending reactie op de motie Van Tongeren omtrent duurzaamheid van innovatie-subsidies (Kamerstuk 34 000 XIII, nr. 40)';

  it('joins the lines a PDF wrapped it over', () => {
    const pdf = 'Groene economische groei in Nederland (Green Deal); Brief regering; Uitstel\ntoezending reactie op de motie Van Tongeren omtrent duurzaamheid van innovatie-\nsubsidies (Kamerstuk 34 000 XIII, nr. 40)\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal';
    expect(metadata(pdf).title).toBe(metadata(`${title}\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal`).title);
  });

  // found by use: a Kamerstuk's title wrapped before a name ("… het Ministerie van / Binnenlandse Zaken …") lost its second line
  it('joins a line that opens in capitals after a line ending on a word no title ends on', () => {
    const pdf = '35 300 VII Vaststelling van de begrotingsstaten van het Ministerie van\nBinnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2020\n\nNr. 113 BRIEF VAN DE MINISTER';
    expect(metadata(pdf).title).toBe('35 300 VII Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2020');
  });

  it('stops at the next line that opens in capitals', () => {
    expect(metadata('Voortgang van het programma\nAan de Voorzitter van de Tweede Kamer\n\nIk zal u informeren.').title).toBe('Voortgang van het programma');
  });

  // found by use (session 38): 212 of the 1,076 corpus letters were titled by their copy's page: 95 by
  // officielebekendmakingen.nl's table head, 35 by a site's menu, 16 by the addressee, 24 by the chamber as a running head.
  it.each([
    ['Kamerstuk\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer\nTweede Kamer der Staten-Generaal2016-201734700 nr. 19\n34 700 Kabinetsformatie 2017\nNr. 19 BRIEF VAN DE INFORMATEUR', '34 700 Kabinetsformatie 2017'],
    ['| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\n| Tweede Kamer der Staten-Generaal | 1995-1996 | 24440 nr. 4 |\nU bent hier:\nVoortgang van het programma', 'Voortgang van het programma'],
    ['[overzicht] [activiteiten] [besluiten] [open vragen]\n[toezeggingen] [stemmingen] [verslagen]\nNummer: 2011D27665, datum: 2011-05-26, versie: 1\nStand van zaken regionale luchthavens', 'Stand van zaken regionale luchthavens'],
    ['Direct naar (in deze pagina): inhoud, zoekveld of menu.\n• Download PDF\nVaststelling begroting Deltafonds voor het jaar 2016', 'Vaststelling begroting Deltafonds voor het jaar 2016'],
    ['Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2020-2021\n21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken\nNr. 2403 BRIEF VAN DE MINISTER', '21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken'],
    ['Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 27 mei 2019\nOp 25 april heeft u mij een schrijven doorgestuurd.', 'Op 25 april heeft u mij een schrijven doorgestuurd.'],
  ])('is never a line of the page around the document: %j', (text, title) => {
    expect(metadata(text).title).toBe(title);
  });

  it('is cut between words when it is long', () => {
    expect(metadata(`${title}\n\nIk zal u informeren.`).title).toBe('Groene economische groei in Nederland (Green Deal); Brief regering; Uitstel toezending reactie op de motie Van Tongeren omtrent duurzaamheid van');
  });
});

// found by use: half the printed letters (kst-19637-2476, tk-2024D16576, sgd-0000126802 …) had no reference of their own, so their id was their date only
describe("the own Kamerstuk number of a printed letter", () => {
  it.each([
    ['Brief regering : Voortgang\n19 637 Vreemdelingenbeleid\nNr. 2993\nBRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID', 'Kamerstuk 19637, nr. 2993'],
    ['32 279 Zorg rond zwangerschap en geboorte\nNr. 256 BRIEF VAN DE MINISTER VOOR MEDISCHE ZORG', 'Kamerstuk 32279, nr. 256'],
    ['35 300 VII Vaststelling van de begrotingsstaten van het Ministerie van\nBinnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2020\n\nNr. 113 BRIEF VAN DE MINISTER', 'Kamerstuk 35300-VII, nr. 113'],
    ['25 600 XV\nVaststelling van de begroting van het Ministerie van Sociale Zaken\nNr. 49\nBRIEF VAN DE MINISTER', 'Kamerstuk 25600-XV, nr. 49'],
    ['21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken\nNr. 2516 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG', 'Kamerstuk 21501-02, nr. 2516'],
    ['31 293 Primair Onderwijs\n\n31 289 Voortgezet Onderwijs\n\n31 497 Passend onderwijs\n\nNr. 573 BRIEF VAN DE MINISTER', 'Kamerstuk 31293, nr. 573'],
    ['Vergaderjaar 1984-1985\nRijksbegroting voor het jaar 1985\n18 600\nHoofdstuk VI Ministerie van Justitie\nNr. 25\nBRIEF VAN DE MINISTER VAN JUSTITIE', 'Kamerstuk 18600-VI, nr. 25'],
  ])('reads %j', (text, ref) => {
    expect(metadata(text).refs).toEqual([ref]);
  });

  it.each([
    ['a chapter the scan misread', 'Rijksbegroting voor het jaar 1988\n20200\nHoofdstuk VIM Ministerie van Onderwijs en Wetenschappen\nNr. 83\nBRIEF VAN DE MINISTER'],
    ['a number in the running text', 'Den Haag, 3 maart 2026\n\nGeachte voorzitter,\n\n10 000 woningen worden dit jaar gebouwd.\nNr. 3 van de lijst is klaar.'],
  ])('reads none from %s', (_, text) => {
    expect(metadata(text).refs).toEqual([]);
  });
});

// found by use: a letter whose text opens with its salutation (tkconv-2025D31342, a PDF without a subject line) was titled "Geachte voorzitter,"
describe('the title of a letter that opens with its salutation', () => {
  it('is the first sentence after it', () => {
    const text = 'Geachte voorzitter,\n\nHierbij ontvangt u het meerjarenplan instandhouding voor de infrastructuur in beheer bij Rijkswaterstaat. Het meerjarenplan geeft inzicht.\n\nIk hecht er waarde aan.';
    expect(metadata(text).title).toBe('Hierbij ontvangt u het meerjarenplan instandhouding voor de infrastructuur in beheer bij Rijkswaterstaat.');
  });

  it('joins the lines a PDF wrapped the sentence over', () => {
    const pdf = 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 3 maart 2026\nGeachte voorzitter,\nHierbij informeer ik u over de voortgang van de pilot jeugdzorg. De evaluatie van de\npilot wordt in het najaar van 2026 afgerond.';
    expect(metadata(pdf).title).toBe('Hierbij informeer ik u over de voortgang van de pilot jeugdzorg.');
  });
});
