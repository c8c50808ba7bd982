import { describe, expect, it } from 'vitest';
import { signedBy } from '../../../src/extract/signed-by.js';

describe('signedBy: who signs the letter, as offices', () => {
  it.each([
    ['a ministry with a comma, the name after it', 'Ik zal u informeren.\n\nDe Minister van Onderwijs, Cultuur en Wetenschap, I.K. van Engelshoven\n', ['Minister van Onderwijs, Cultuur en Wetenschap']],
    ['the office alone on its line, the name on the next', 'Hoogachtend,\n\nDe Staatssecretaris van Financiën,\n\nM.L.A. van Rij\n', ['Staatssecretaris van Financiën']],
    ['a ministry whose name runs on to the next line', 'de Minister van Volksgezondheid,\nWelzijn en Sport,\n\ndrs. A. Klink\n', ['Minister van Volksgezondheid, Welzijn en Sport']],
    ['a name given in full after the comma is not the ministry', 'De Minister van Defensie, Kajsa Ollongren\n', ['Minister van Defensie']],
    ['"en" within the ministry', 'De Minister voor Basis- en Voortgezet Onderwijs en Media, A.D. Wiersma\n', ['Minister voor Basis- en Voortgezet Onderwijs en Media']],
    ['an Eerste Kamer register names who is responsible', 'Verantwoordelijke(n) Minister van Binnenlandse Zaken en Koninkrijksrelaties\n', ['Minister van Binnenlandse Zaken en Koninkrijksrelaties']],
    // kst-29338-289 (held-out-23): the Kamer writes the office in lower case since 2020; the questions' addressee was not read.
    ['questions put to an office written in lower case', 'De vaste commissie voor Onderwijs, Cultuur en Wetenschap heeft een\naantal vragen en opmerkingen voorgelegd aan de minister van Onderwijs,\nCultuur en Wetenschap over de brief van 30 september 2024.', ['Minister van Onderwijs, Cultuur en Wetenschap']],
    ['questions answered by an office written in lower case', 'De vragen zijn op 6 november 2024 gesteld. Bij brief van 16 januari 2025 zijn ze door de minister van Financiën beantwoord.', ['Minister van Financiën']],
    // kst-22112-1600, kst-29385-75, kst-33037-49 (held-out-22): a copy that runs the page on one line.
    ['the heading of a copy on one line', 'Vergaderjaar 2012–2013 22 112Nieuwe Commissievoorstellen Nr. 1600 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 5 april 2013 Hierbij bied ik u vier fiches aan.', ['Minister van Buitenlandse Zaken']],
    // bnc-fiche-5-2022 (held-out-23), bnc-fiche-instant-payments (held-out-21): no signature, the ministry that answers for it.
    ['a BNC-fiche\'s responsible ministry', 'Fiche 5: Herziening MiFID/MiFIR\n1. Algemene gegevens\ng) Eerstverantwoordelijk ministerie\nMinisterie van Financiën\nh) Rechtsbasis', ['Minister van Financiën']],
  ])('%s', (_, text, offices) => {
    expect(signedBy(text)).toEqual(offices);
  });

  // troonrede-2009, troonrede-2015 (held-out-21): 20 promises drafted with no office.
  it('the speech from the throne binds the Minister-President; the address elsewhere in a text does not', () => {
    expect(signedBy('Leden van de Staten-Generaal,\nDe huidige tijd vraagt om vastberadenheid.\nHet kabinet zal dit jaar een wetsvoorstel indienen.')).toEqual(['Minister-President, Minister van Algemene Zaken']);
    expect(signedBy('Verslag van de vergadering.\n\n' + 'De voorzitter opent de vergadering. '.repeat(10) + '\nLeden van de Staten-Generaal,\nHet woord is aan de Koning.')).toEqual([]);
  });

  it('a fiche sent with a signed letter binds the letter\'s signer, not the fiche\'s ministry', () => {
    const letter = 'Hierbij bied ik u de fiches aan.\n\nDe Minister van Buitenlandse Zaken,\nF.C.G.M. Timmermans\n\nFiche 3\nEerstverantwoordelijk ministerie\nMinisterie van Economische Zaken\n';
    expect(signedBy(letter)).toEqual(['Minister van Buitenlandse Zaken']);
  });

  it('takes the office the official heading names first, in the signature\'s spelling, then the other signatures', () => {
    const letter = 'Nr. 405 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT\n\nAan de Voorzitter\n\nDe Minister van Landbouw, Natuur en Voedselkwaliteit, P. Adema\n\nDe Staatssecretaris van Infrastructuur en Waterstaat, V.L.W.A. Heijnen\n';
    expect(signedBy(letter)).toEqual(['Staatssecretaris van Infrastructuur en Waterstaat', 'Minister van Landbouw, Natuur en Voedselkwaliteit']);
  });

  it.each([
    ['two offices of one ministry', 'BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE\n', 'Minister van Defensie'],
    ['two ministers, the second after "EN"', 'Nr. 16 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT EN MINISTER VOOR RECHTSBESCHERMING\n', 'Minister van Volksgezondheid, Welzijn en Sport'],
    ['a state secretary and a minister', 'BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT EN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n', 'Staatssecretaris van Infrastructuur en Waterstaat'],
    ['a letter of several ministers', 'BRIEF VAN DE MINISTERS VAN FINANCIËN EN VAN ECONOMISCHE ZAKEN\n', 'Minister van Financiën'],
  ])('a heading of %s names the first', (_, text, office) => {
    expect(signedBy(text)[0]).toBe(office);
  });

  it('answers to Kamervragen: the one who answers, else the one asked', () => {
    expect(signedBy('Antwoord van minister Van Oosten (Justitie en Veiligheid)\n\nVraag 1')).toEqual(['Minister van Justitie en Veiligheid']);
    // The Aanhangsel's heading as published with its ministry's bracket left open (ah-tk-20242025-613).
    expect(signedBy('Antwoord van staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport (ontvangen 20 november 2024)\n\nVraag 1')).toEqual(['Staatssecretaris van Volksgezondheid, Welzijn en Sport']);
    expect(signedBy('Vragen van het lid Bikker (ChristenUnie) aan de Minister van Justitie en Veiligheid over de leeftijdsverificatie (ingezonden 1 september 2025).')).toEqual(['Minister van Justitie en Veiligheid']);
  });

  it('a page of the Tweede Kamer\'s site: its heading in lower case, or the record of who sent or answered it', () => {
    expect(signedBy('Nr. 70 Brief van de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties\n\nAan de Voorzitter\n')).toEqual(['Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties']);
    expect(signedBy('Indiener(s): Ronald Plasterk (minister binnenlandse zaken en koninkrijksrelaties) Onderwerpen: begroting')).toEqual(['Minister van Binnenlandse Zaken en Koninkrijksrelaties']);
    expect(signedBy('Beantwoord door Piet Adema (minister landbouw, natuur en voedselkwaliteit) (CU)')).toEqual(['Minister van Landbouw, Natuur en Voedselkwaliteit']);
    expect(signedBy('Indiener(s): Wouter Koolmees (minister sociale zaken en werkgelegenheid, viceminister-president )')).toEqual(['Minister van Sociale Zaken en Werkgelegenheid']);
    expect(signedBy('Indiener(s): Martin van Rijn (minister zonder portefeuille volksgezondheid, welzijn en sport)')).toEqual([]);
  });

  it('written questions answered by letter: the office that answered', () => {
    expect(signedBy('De vragen zijn op 8 oktober 2020 voorgelegd aan de Minister van Landbouw, Natuur en Voedselkwaliteit. Bij brief van 5 november 2020 zijn ze door de Minister van Landbouw, Natuur en Voedselkwaliteit beantwoord.')).toEqual(['Minister van Landbouw, Natuur en Voedselkwaliteit']);
    expect(signedBy('Bij brief van 15 december 2023 zijn ze door de Ministers van Onderwijs, Cultuur en Wetenschap en voor Primair en Voortgezet Onderwijs beantwoord.')).toEqual(['Minister van Onderwijs, Cultuur en Wetenschap']);
  });

  it('a Rijksoverheid page\'s "Ondertekenaar:", and questions put to an office, which answers them', () => {
    expect(signedBy('Ministerie van Defensie\n\nOndertekenaar: Staatssecretaris van Defensie\n')).toEqual(['Staatssecretaris van Defensie']);
    expect(signedBy('De vaste commissie voor Financiën heeft een aantal vragen voorgelegd aan de Staatssecretaris van Financiën over de brief van 31 oktober 2018.')).toEqual(['Staatssecretaris van Financiën']);
    expect(signedBy('De commissie heeft vragen voorgelegd aan de Minister en Staatssecretaris van Volksgezondheid, Welzijn en Sport over het rapport.')).toEqual(['Minister van Volksgezondheid, Welzijn en Sport']);
    expect(signedBy('De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de Staatssecretaris\nvan Defensie over de brief.')).toEqual(['Staatssecretaris van Defensie']);
  });

  // Found in review (closing note 28): officeActing wrote "&" as "en" and signedBy kept it, so one letter named one office two ways.
  it('"&" in a ministry\'s name, as an Eerste Kamer register writes it, is written "en", as officeActing writes it', () => {
    expect(signedBy('Ondertekenaar: Staatssecretaris van Economische Zaken, Landbouw & Innovatie\n')).toEqual(['Staatssecretaris van Economische Zaken, Landbouw en Innovatie']);
    expect(signedBy('De vragen zijn voorgelegd aan de Minister van Economische Zaken, Landbouw & Innovatie. Bij brief van 5 mei 2011 zijn ze door de Minister van Economische Zaken, Landbouw & Innovatie beantwoord.')).toEqual(['Minister van Economische Zaken, Landbouw en Innovatie']);
  });

  it('a signature in capitals, as letters printed from PDF set it: the ministry may run on to the next line, a portfolio after a dash is not the office', () => {
    expect(signedBy('Hoogachtend,\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\nMark Harbers\nDE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\ndrs. V.L.W.A. Heijnen\n')).toEqual(['Minister van Infrastructuur en Waterstaat', 'Staatssecretaris van Infrastructuur en Waterstaat']);
    expect(signedBy('aanpassen.\nDE MINISTER VAN LANDBOUW, NATUUR EN\nVOEDSELKWALITEIT,\nG. Verburg\n')).toEqual(['Minister van Landbouw, Natuur en Voedselkwaliteit']);
    expect(signedBy('DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT – OPENBAAR VERVOER EN MILIEU,\nS.P.R.A. van Weyenberg\n')).toEqual(['Staatssecretaris van Infrastructuur en Waterstaat']);
    expect(signedBy('DE MINISTER VAN FINANCIËN,\nE. Heinen\n')).toEqual(['Minister van Financiën']);
    // A line in capitals that is no signature: the name on the next line is not a ministry's.
    expect(signedBy('DE MINISTER VAN DEFENSIE\nKAJSA OLLONGREN\n')).toEqual(['Minister van Defensie']);
  });

  it('the heading of an answer: a name with a dash and particles, an abbreviated ministry, a portfolio after a dash, a ministry on two lines', () => {
    expect(signedBy('Antwoord van Minister Faber – Van de Klashorst (Asiel en Migratie), mede\nnamens de Ministers voor Buitenlandse Handel en Ontwikkelingshulp (ontvangen 18 november 2024).')).toEqual(['Minister van Asiel en Migratie']);
    expect(signedBy('Antwoord van Minister Bruins Slot (BZ) van Minister Schreinemacher')).toEqual(['Minister van Buitenlandse Zaken']);
    expect(signedBy('Antwoord van Staatssecretaris Vijlbrief (Financiën – Fiscaliteit en Belastingdienst), mede namens de Staatssecretaris Van Huffelen (Financiën – Toeslagen en Douane) (ontvangen 17 juni 2021).')).toEqual(['Staatssecretaris van Financiën']);
    expect(signedBy('Antwoord van Staatssecretaris Van Marum (Binnenlandse Zaken en\nKoninkrijksrelaties) (ontvangen 6 november 2024)')).toEqual(['Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties']);
  });

  it('the heading of an answer names a portfolio: "Minister voor" unless it is a ministry on the text\'s date', () => {
    expect(signedBy('Antwoord van minister Klever (Buitenlandse Handel en Ontwikkelingshulp) (ontvangen 20 november 2024)')).toEqual(['Minister voor Buitenlandse Handel en Ontwikkelingshulp']);
    expect(signedBy('Antwoord van minister Kuipers (Medische Zorg) (ontvangen 3 mei 2023)')).toEqual(['Minister voor Medische Zorg']);
    const housing = 'Antwoord van minister De Jonge (Volkshuisvesting en Ruimtelijke Ordening) (ontvangen 8 maart 2023)';
    expect(signedBy(housing, '2023-03-08')).toEqual(['Minister voor Volkshuisvesting en Ruimtelijke Ordening']);
    expect(signedBy(housing, '2024-11-20')).toEqual(['Minister van Volkshuisvesting en Ruimtelijke Ordening']);
    // sgd-ah-tk-19731974-1115, sgd-ah-tk-19811982-180 (Aanhangsel): the ministry of 1965-1982 was read as the portfolio of 2022-2024.
    expect(signedBy('ANTWOORD van Minister Gruijters (Volkshuisvesting en Ruimtelijke Ordening). (Ontvangen 26 maart 1974.)', '1974-03-26')).toEqual(['Minister van Volkshuisvesting en Ruimtelijke Ordening']);
  });

  // sgd-ah-tk-19891990-246, sgd-ah-tk-19751976-1022, sgd-ah-tk-19811982-180, sgd-ah-tk-19931994-405 (held-out-25, -26): no
  // office, or "Minister voor Justitie a.i.", was read from these headings.
  it('the answer\'s heading as the scans print it: a minister ad interim, "Antwoorden Minister …", the office run into the name', () => {
    expect(signedBy('Antwoord van minister Lubbers (Justitie a.i.). (Ontvangen 5 januari 1990) Met verwijzing naar …', '1990-01-05')).toEqual(['Minister van Justitie']);
    expect(signedBy('Mededeling Mededeling van Minister De Gaay Fortman (Justitie a.i). (Ontvangen 27 april 1976) In antwoord op uw brief …', '1976-04-27')).toEqual(['Minister van Justitie']);
    expect(signedBy('Antwoord Antwoorden Minister Van Dam (Volks-huisvesting en Ruimtelijke Ordening). (Ontvangen 9 november 1981) 1 Ja.', '1981-11-09')).toEqual(['Minister van Volkshuisvesting en Ruimtelijke Ordening']);
    expect(signedBy('Antwoord van ministerTer Beek (Defensie). (Ontvangen 30 maart 1994)', '1994-03-30')).toEqual(['Minister van Defensie']);
  });

  it('a minister named in the running text signs nothing', () => {
    expect(signedBy('In de brief van de minister van Financiën van 3 mei is dat toegelicht.\n')).toEqual([]);
    expect(signedBy('Zoals de Minister van Financiën, de heer Heinen, heeft aangegeven, volgt een brief.\n')).toEqual([]);
    expect(signedBy('De Minister van Financiën heeft toegezegd de Kamer te informeren.\n')).toEqual([]);
  });

  // Found in held-out-22 (kamerbrief 2012-01-16, innovatiecontracten): "De staatssecretaris van Onderwijs, Cultuur en
  // Wetenschap zal de reviewcommissie … verzoeken …" on a line of its own was read as her signature, its sentence as her
  // name, and she was taken for the letter's signer before the minister who signs it.
  it('a sentence that opens with an office on a line of its own is no signature: a name after the comma, not a sentence', () => {
    const letter = 'Middels deze brief bied ik u, mede namens de staatssecretaris van Onderwijs, Cultuur en Wetenschappen, de brief aan.\nDe staatssecretaris van Onderwijs, Cultuur en Wetenschap zal de reviewcommissie voor het hoger onderwijs verzoeken om te voorzien in toetsing.\nDe minister van Economische Zaken, Landbouw en Innovatie, M. J. M. Verhagen\n';
    expect(signedBy(letter)).toEqual(['Minister van Economische Zaken, Landbouw en Innovatie']);
    expect(signedBy('De Staatssecretaris van Justitie en Veiligheid, A. Broekers-Knol\n')).toEqual(['Staatssecretaris van Justitie en Veiligheid']);
  });
  // sgd-0000112537, sgd-kst-20072-3, sgd-0000096497, sgd-0000028580, sgd-0000118208 (held-out-24): the scanned heading
  // broken over lines and words, or a letter misread, was taken as the office ("Minister van Sociale Zaken en").
  it.each([
    ['broken over two lines', 'Nr. 1\nBRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN\nWERKGELEGENHEID\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n', 'Minister van Sociale Zaken en Werkgelegenheid'],
    ['broken before the ministry\'s last word', 'BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE\nZAKEN\nAan de Voorzitter\n', 'Staatssecretaris van Binnenlandse Zaken'],
    ['broken after the office', 'BRIEF VAN DE STAATSSECRETARIS\nVAN VERKEER EN WATERSTAAT\nAan de Voorzitter\n', 'Staatssecretaris van Verkeer en Waterstaat'],
    ['a word broken with a hyphen', 'BRIEF VAN DE MINISTER VAN ONDERWIJS EN WETEN-SCHAPPEN\nAan de Voorzitter\n', 'Minister van Onderwijs en Wetenschappen'],
    ['a word broken with a space', 'BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING, RUIMTE LIJKE ORDENING EN MILIEUBEHEER EN VAN DE STAATSSECRETARIS VAN JUSTITIE\n', 'Minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer'],
    ['a letter misread', 'BRIEF VAN DE STAATSSECRETARIS VAN ONDERWIJS EN WETEIMSCHAPPEN\nAan de Voorzitter\n', 'Staatssecretaris van Onderwijs en Wetenschappen'],
  ])('a scanned heading %s names the ministry as it is spelled', (_, text, office) => {
    expect(signedBy(text)[0]).toBe(office);
  });

  it('a ministry\'s name it had exactly is kept, and a portfolio\'s name the list does not hold is left as written', () => {
    expect(signedBy('BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAPPEN\n')[0]).toBe('Minister van Onderwijs, Cultuur en Wetenschappen');
    expect(signedBy('BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP\n')[0]).toBe('Minister van Onderwijs, Cultuur en Wetenschap');
    expect(signedBy('De Minister voor Medische Zorg, B. Bruins\n')).toEqual(['Minister voor Medische Zorg']);
  });

  // sgd-ah-tk-19861987-94, sgd-ah-tk-19851986-935, sgd-ah-tk-19851986-600 (held-out-24): the ministries of the 1980s
  // were not known, so their ministers were written "Minister voor", as of a portfolio.
  it('the heading of an answer names a ministry of the past: "Minister van"', () => {
    expect(signedBy('Antwoord van minister Brinkman (Welzijn, Volksgezondheid en Cultuur). (Ontvangen 9 april 1986)', '1986-04-09')).toEqual(['Minister van Welzijn, Volksgezondheid en Cultuur']);
    expect(signedBy('Antwoord van minister Deetman (Onderwijs en Wetenschappen), mede namens de minister van Welzijn, Volksgezondheid en Cultuur.', '1986-07-30')).toEqual(['Minister van Onderwijs en Wetenschappen']);
  });
  // ah-tk-20242025-600, -615 (held-out-21), ah-tk-20112012-1211 (held-out-22), sgd-ah-tk-19901991-287,
  // sgd-ah-tk-19921993-181 (held-out-24), ah-tk-20222023-808 (held-out-11): the Aanhangsel's notice that the answers come
  // later names who gives it as its answers do; the promise to answer was bound to no one.
  it('the heading of an Aanhangsel notice that answers come later: the one who gives it', () => {
    expect(signedBy('Mededeling van staatssecretaris Rummenie (Landbouw, Visserij, Voedselzekerheid en Natuur) (ontvangen 20 november 2024)\n\nIk zal de Kamer zo spoedig mogelijk de antwoorden doen toekomen.')).toEqual(['Staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur']);
    expect(signedBy('Mededeling\nMededeling van Staatssecretaris Kosto (Justitie). (Ontvangen 25 november 1992)', '1992-11-25')).toEqual(['Staatssecretaris van Justitie']);
    expect(signedBy('Mededeling van staatssecretaris Ter Veld (Sociale Zaken en Werkgele-genheid). (Ontvangen 3 mei 1990)', '1990-05-03')).toEqual(['Staatssecretaris van Sociale Zaken en Werkgelegenheid']);
  });
  // tkconv-2022D49824, tkconv-2015D45828, h-tk-20122013-29-14 (held-out-15), h-tk-20232024-9-7 (held-out-14),
  // 2026D05607 (held-out-5), kst-31200-III-13 (held-out-16): the record of a budget debate, or its written answers, is signed by
  // no one; its promises were bound to no office.
  it('the debate on a ministry\'s budget: that ministry\'s office, a state secretary where only state secretaries speak', () => {
    expect(signedBy('Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling van Onderwijs, Cultuur en Wetenschap op 23 november 2022\n\nVraag:\n')).toEqual(['Minister van Onderwijs, Cultuur en Wetenschap']);
    expect(signedBy('Aan de orde is de behandeling van:\n- het wetsvoorstel Vaststelling van de begrotingsstaten van het ministerie van Veiligheid en Justitie (VI) voor het jaar 2013;\n\nMinister Opstelten:\nVoorzitter.')).toEqual(['Minister van Veiligheid en Justitie']);
    expect(signedBy('- het wetsvoorstel Vaststelling van de begrotingsstaat van het Ministerie van Financiën (IXB) voor het jaar 2024;\n\nStaatssecretaris Van Rij:\nVoorzitter.')).toEqual(['Staatssecretaris van Financiën']);
    expect(signedBy('Vaststelling van de begrotingsstaten van het Ministerie van Algemene Zaken (III) voor het jaar 2008\n')).toEqual(['Minister-President, Minister van Algemene Zaken']);
    // A budget of no ministry of the list ("begrotingsstaten van het Gemeentefonds") names no office.
    expect(signedBy('Vaststelling van de begrotingsstaten van het Gemeentefonds voor het jaar 2024\n')).toEqual([]);
  });
  // 1848-1769 (held-out-6), uitstel-2007-islamitische-feestdagen (held-out), sgd-0000177676 (held-out-24): a page that
  // flattens the letter, or a scan, runs the signature on after the last sentence; no office was read.
  it('a signature run on after the last sentence: the office, before the signer\'s initials, title or "mede namens"', () => {
    expect(signedBy('Ik ben voornemens de uitkomsten in mei 2015 naar de Tweede Kamer te sturen. De Minister van Economische Zaken, H.G.J. Kamp…')).toEqual(['Minister van Economische Zaken']);
    expect(signedBy('Ik zal de vragen zo spoedig mogelijk beantwoorden. De staatssecretaris van Onderwijs, Cultuur en Wetenschap, mede namens de Minister voor Wonen, Wijken en Integratie, Marja van Bijsterveldt-Vliegenthart')).toEqual(['Staatssecretaris van Onderwijs, Cultuur en Wetenschap']);
    expect(signedBy('nog deze maand van start kan gaan. De Minister-President, Minister van Algemene Zaken A. A. M. van Agt Tweede Kamer, zitting 1978-1979')).toEqual(['Minister-President, Minister van Algemene Zaken']);
    expect(signedBy('Dat is afgesproken. De Minister van Financiën, de heer Heinen, heeft dat toegelicht.')).toEqual([]);
  });
  // opennieuwsbank-2010-ocw-moties, opennieuwsbank-2005-E251 (letterhead), kst-30800-X-109 (budget), kst-30550-XI-6
  // (annual report), bz-2009-razeb: no signature or heading named an office; the ministry whose document it is does.
  it('a document of the ministry, by its letterhead, budget or annual report: its minister, when nothing else names one', () => {
    expect(signedBy('Ministerie van Sociale Zaken\nen Werkgelegenheid\nAAN Postbus 90801\n\nHierbij informeer ik u.')).toEqual(['Minister van Sociale Zaken en Werkgelegenheid']);
    expect(signedBy('Ministerie van Onderwijs, Cultuur en Wetenschap\n\nDatum 18 januari 2010\nBetreft Reactie op moties\n')).toEqual(['Minister van Onderwijs, Cultuur en Wetenschap']);
    expect(signedBy('Vaststelling begroting van het Ministerie van Defensie (X) voor het jaar 2007\n\nBrief van de minister en staatssecretaris van defensie\n')).toEqual(['Minister van Defensie']);
    expect(signedBy('30 550 XI Jaarverslag en slotwet ministerie van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer 2005\n')).toEqual(['Minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer']);
    expect(signedBy('Ministerie van Financiën\n\nIk zal u informeren.\n\nDe Staatssecretaris van Financiën,\n\nM.L.A. van Rij\n')).toEqual(['Staatssecretaris van Financiën']);
  });
});
