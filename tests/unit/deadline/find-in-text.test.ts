import { describe, expect, it, test } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor = '2024-12-12') => findDeadline(text, anchor, calendar);

describe('findDeadline', () => {
  test.each([
    ['De Kamer wordt voor de zomer geïnformeerd over de uitkomsten van het onderzoek.', 'voor de zomer', '2025-07-03'],
    ['De minister stuurt in maart 2025 de terugkoppeling van het gesprek naar de Kamer.', 'in maart 2025', '2025-03-31'],
    ['De staatssecretaris informeert de Kamer in het eerste kwartaal van 2025 over de voortgang.', 'in het eerste kwartaal van 2025', '2025-03-31'],
    ['De Kamer ontvangt uiterlijk 1 maart 2025 een brief.', 'uiterlijk 1 maart 2025', '2025-03-01'],
    ['De minister stuurt de Kamer binnen drie weken een reactie.', 'binnen drie weken', '2025-01-02'],
    ['De Kamer ontvangt op korte termijn een brief over de stand van zaken.', 'op korte termijn', '2025-01-23'],
    ['Voor het kerstreces 2025 volgt een brief.', 'Voor het kerstreces 2025', '2025-12-18'],
  ])('%s → %s', (text, phrase, to) => {
    const found = find(text);
    expect(found?.phrase).toBe(phrase);
    expect(found?.resolution.to).toBe(to);
  });

  test('the phrase found is a literal substring of the text, at the index given', () => {
    const texts = [
      'De minister zegt toe de Kamer, vóór het zomerreces van 2025, te informeren.',
      'In het najaar stuurt de minister een brief; eerder, in  mei 2025, volgt een tussenstand.',
      'De Kamer wordt medio 2025 geïnformeerd over z.s.m. te nemen maatregelen.',
    ];
    for (const text of texts) {
      const found = find(text);
      expect(found, text).toBeDefined();
      expect(text.slice(found!.start, found!.end)).toBe(found!.phrase);
      expect(text).toContain(found!.phrase);
    }
  });

  test('no phrase: no deadline', () => {
    expect(find('De minister gaat in gesprek met de sector over de uitvoering.')).toBeNull();
    expect(find('De minister stuurt de Kamer een brief over de motie-Bikker.')).toBeNull();
    expect(find('')).toBeNull();
  });

  test('a phrase never spans two sentences', () => {
    expect(find('De brief komt voor. De zomer is druk voor de Kamer.')?.phrase).toBe('De zomer');
  });

  test('a window already over when the promise was made loses to one still to come', () => {
    const found = find('In het debat van 12 december 2024 zegde de minister toe in het voorjaar van 2025 te rapporteren.');
    expect(found?.phrase).toBe('in het voorjaar van 2025');
    expect(found?.resolution.from).toBe('2025-03-01');
  });

  test('of two phrases for the future, the longest wins', () => {
    expect(find('In 2025, uiterlijk in de tweede helft van 2025, volgt de evaluatie.')?.phrase).toBe('uiterlijk in de tweede helft van 2025');
  });
});

describe('the rules for text', () => {
  it('never drops a named year', () => {
    const text = 'Ik heb in antwoord op eerdere vragen toegezegd dat ik Uw Kamer daartoe voor 1 april 2020 een notitie zal doen toekomen.';
    expect(find(text, '2020-04-06')).toBeNull();
    expect(find(text, '2020-01-10')?.phrase).toBe('voor 1 april 2020');
    expect(find('Het debat van 29 januari 2024 is verplaatst.', '2024-02-01')).toBeNull();
    expect(find('De evaluatie volgt in de zomer van 2023.', '2024-01-01')).toBeNull();
  });

  it('finds no deadline in a window that ended before the anchor, nor in the text\'s own date', () => {
    expect(find('Tijdens het commissiedebat van 12 maart 2024 heb ik dit toegezegd.', '2024-06-01')).toBeNull();
    expect(find('In mijn brief van 5 juni 2024 heb ik u geïnformeerd.', '2024-06-05')).toBeNull();
    expect(find('Ik stuur u de brief uiterlijk 5 juni 2024.', '2024-06-05')?.resolution.to).toBe('2024-06-05');
    // An event dated on the anchor is the text's own date too.
    expect(find('De Minister heeft deze vragen beantwoord bij brief van 4 juni 2024.', '2024-06-04')).toBeNull();
  });

  it('takes a named date or period over "zo spoedig mogelijk" or "op korte termijn" in the same text: how soon, made precise', () => {
    const sentence = 'Ik zal mij ervoor inspannen dat het wetsvoorstel zo spoedig mogelijk bij de Kamer aanhangig wordt gemaakt en verwacht dat dit voor 1 januari 2007 het geval zal zijn.';
    expect(find(sentence, '2006-10-13')?.phrase).toBe('voor 1 januari 2007');
    expect(find('De Kamer ontvangt op korte termijn, in ieder geval in maart 2025, een brief.')?.phrase).toBe('in maart 2025');
    expect(find('I will inform the House as soon as possible, in any case in March 2025.')?.resolution.to).toBe('2025-03-31');
    // Alone, each keeps its window.
    expect(find('Ik zal u zo spoedig mogelijk informeren.')?.resolution.to).toBe('2025-01-02');
  });

  it('reads a date without a year as the nearest such date', () => {
    expect(find('Op 10 december heeft het overleg plaatsgevonden.', '2018-12-12')).toBeNull();
    expect(find('Ik stuur u voor 1 februari een brief.', '2018-12-12')?.resolution.to).toBe('2019-01-31');
    expect(find('De brief volgt in januari.', '2018-12-12')?.resolution.to).toBe('2019-01-31');
  });

  it('takes the future promise, not the past meeting, from a sentence with both', () => {
    const text =
      'Zoals toegezegd tijdens het Algemeen Overleg op 23 mei 2018, wordt u voor het zomerreces van 2019 geïnformeerd over de voortgang.';
    expect(find(text, '2018-12-10')?.phrase).toBe('voor het zomerreces van 2019');
  });

  it('reads a footnote marker glued to a year as the year', () => {
    const found = find('Het onderzoek wordt afgerond in het voorjaar van 20151. Daarna volgt een brief.', '2014-10-01');
    expect(found?.phrase).toBe('in het voorjaar van 2015');
    expect(found?.resolution.to).toBe('2015-05-31');
    expect(find('Ik informeer u voor het zomerreces2.', '2024-03-01')?.phrase).toBe('voor het zomerreces');
  });

  it('invents no window for a phrase counted from an event the text does not date', () => {
    expect(find('Zo spoedig mogelijk daarna zend ik u de resultaten.', '2020-03-01')).toBeNull();
    // The event with its span ("binnen drie maanden na ontvangst van het advies") is found, without a window until it is dated.
    expect(find('Binnen drie maanden na ontvangst van het advies stuur ik een reactie.', '2020-03-01')).toMatchObject({
      kind: 'event',
      phrase: 'Binnen drie maanden na ontvangst van het advies',
      resolution: { from: null, to: null, within: { unit: 'month', count: 3 } },
    });
    expect(find('Ik stuur u zo spoedig mogelijk een reactie.', '2020-03-01')?.resolution.to).toBe('2020-03-22');
  });

  it('keeps a past window when the anchor is only today, preferring one still to come', () => {
    const options = { anchorIsPromiseDate: false };
    expect(findDeadline('Dit deelonderzoek wordt in de zomer van 2026 opgeleverd.', '2026-12-05', calendar, options)?.resolution.to).toBe(
      '2026-08-31',
    );
    expect(findDeadline('Na 1 maart 2024, uiterlijk in de zomer van 2027, volgt het rapport.', '2026-12-05', calendar, options)?.phrase).toBe(
      'uiterlijk in de zomer van 2027',
    );
  });

  it('finds second-table forms in text', () => {
    expect(find('Ik zal uw Kamer op zo kort mogelijke termijn informeren.', '2024-03-01')?.resolution.to).toBe('2024-03-22');
    expect(find('De brief volgt rond de jaarwisseling.', '2024-03-01')?.resolution.to).toBe('2025-01-15');
    expect(find('Voor de Voorjaarsnota ontvangt u een voorstel.', '2024-03-01')?.resolution.to).toBe('2024-05-31');
    expect(find('Op vrijdag 13 september 2024 ontvangt u de uitkomsten.', '2024-09-01')?.phrase).toBe('Op vrijdag 13 september 2024');
    // The same date when an event takes place is no deadline (event-date.ts).
    expect(find('Op vrijdag 13 september 2024 vindt de bijeenkomst plaats.', '2024-09-01')).toBeNull();
    expect(find('De commissie besluit de toezegging als openstaand te beschouwen met nieuwe deadline 1 januari 2023.', '2021-11-23')?.phrase).toBe(
      'nieuwe deadline 1 januari 2023',
    );
    expect(find('Ik zal u op 7 oktober a.s. nader informeren.', '2024-09-20')?.resolution.to).toBe('2024-10-07');
    expect(find('In mijn brief van 16 juni jl. heb ik dat gemeld.', '2024-09-20')).toBeNull();
  });

  it('finds an event-bound deadline, with no window until the event is dated', () => {
    const found = find('Ik stuur de Kamer voor het commissiedebat een brief over de stand van zaken.', '2024-03-01');
    expect(found).toMatchObject({ kind: 'event', phrase: 'voor het commissiedebat' });
    expect([found?.resolution.from, found?.resolution.to]).toEqual([null, null]);
    expect(find('Zodra de evaluatie gereed is, zal ik de Tweede Kamer hierover informeren.', '2021-12-15')?.kind).toBe('event');
  });

  it('dates an event the text dates', () => {
    const found = find('Ik stuur u de brief voorafgaand aan het Wetgevingsoverleg op 20 juni.', '2024-05-01');
    expect(found?.kind).toBe('event');
    expect(found?.resolution.to).toBe('2024-06-19');
  });

  it('finds a recurring deadline as a whole, its first instance the window', () => {
    const found = find('Uw Kamer wordt jaarlijks vóór het zomerreces geïnformeerd over de voortgang.', '2024-09-23');
    expect(found).toMatchObject({ kind: 'recurring', phrase: 'jaarlijks vóór het zomerreces' });
    expect(found?.resolution.to).toBe('2025-07-03');
  });

  test.each([
    // The whole noun phrase, up to the clause's end or a verb: not a second action joined by "en" ("en het opstellen van …").
    [
      'Ik zal uw Kamer zo spoedig mogelijk na ontvangst van het advies en de aanbevelingen van de paritaire commissie en het opstellen van mijn reactie hierop hierover informeren.',
      '2018-03-15',
      'zo spoedig mogelijk na ontvangst van het advies en de aanbevelingen van de paritaire commissie',
      'after',
    ],
    ['Ik informeer u na ontvangst van het advies hierover informeren.', '2024-03-01', 'na ontvangst van het advies', 'after'],
    ['Beantwoording zal plaatsvinden voor het verschijnen van de meicirculaire provinciefonds.', '2011-05-13', 'voor het verschijnen van de meicirculaire provinciefonds', 'before'],
    ['De brief volgt voor het verschijnen van het jaarverslag.', '2024-03-01', 'voor het verschijnen van het jaarverslag', 'before'],
    ['Ik reageer voor het uitbrengen van het eindrapport.', '2024-03-01', 'voor het uitbrengen van het eindrapport', 'before'],
    ['Ik zal uw Kamer zo spoedig mogelijk na ontvangst van het advies en de aanbevelingen van de paritaire commissie informeren.', '2018-03-15', 'zo spoedig mogelijk na ontvangst van het advies en de aanbevelingen van de paritaire commissie', 'after'],
    ['Zo snel mogelijk na de publicatie van het rapport stuur ik u een reactie.', '2024-03-01', 'Zo snel mogelijk na de publicatie van het rapport', 'after'],
    ['Uiterlijk bij gelegenheid van het toezenden van de evaluatieopdracht aan uw Kamer doe ik u de reactie toekomen.', '2014-02-06', 'Uiterlijk bij gelegenheid van het toezenden van de evaluatieopdracht aan uw Kamer', 'at'],
    ['Voor de behandeling van het wetsvoorstel inzake de Omgevingswet stuur ik u een brief.', '2024-03-01', 'Voor de behandeling van het wetsvoorstel inzake de Omgevingswet', 'before'],
    ['Ter gelegenheid van de behandeling van het wetsvoorstel informeer ik u nader.', '2024-03-01', 'Ter gelegenheid van de behandeling van het wetsvoorstel', 'at'],
  ])('finds the event without a date in %s', (text, anchor, phrase, relation) => {
    const found = find(text, anchor);
    expect(found).toMatchObject({ kind: 'event', phrase, resolution: { relation, from: null, to: null } });
  });

  test.each([
    ['Zodra bekend is wanneer de Commissie haar rapport oplevert, wordt uw Kamer hierover geïnformeerd.', 'Zodra bekend is wanneer de Commissie haar rapport oplevert', 'bekend is wanneer de Commissie haar rapport oplevert'],
    ['Ik informeer u zodra duidelijk is hoe de rechter oordeelt.', 'zodra duidelijk is hoe de rechter oordeelt', 'duidelijk is hoe de rechter oordeelt'],
    ['Zodra bekend wordt welke gemeenten deelnemen, stuur ik u een overzicht.', 'Zodra bekend wordt welke gemeenten deelnemen', 'bekend wordt welke gemeenten deelnemen'],
    ['Daarnaast zal ik uw Kamer binnen dezelfde termijn nog informeren over de toezeggingen.', 'binnen dezelfde termijn', 'dezelfde termijn'],
    ['Ik stuur u binnen diezelfde periode een brief.', 'binnen diezelfde periode', 'diezelfde periode'],
  ])('finds an event that waits on what is known or was named before: %s', (text, phrase, event) => {
    expect(find(text, '2018-06-05')).toMatchObject({ kind: 'event', phrase, resolution: { event, from: null, to: null } });
  });

  it('reads a verb-final clause to its end only after "zodra", "nadat" or "wanneer"', () => {
    expect(find('Het kabinet besluit later hoe de rechter oordeelt.', '2018-06-05')).toBeNull();
    expect(find('Zodra bekend is wanneer het rapport komt. Dan volgt in maart 2019 een brief.', '2018-06-05')?.phrase).toBe('in maart 2019');
  });

  test.each([
    ['Ik ben voornemens de Kamer jaarlijks een dergelijk overzicht te doen toekomen.', 'jaarlijks', '2011-11-22'],
    ['Uw Kamer wordt maandelijks geïnformeerd over de stand van zaken.', 'maandelijks', '2010-12-22'],
  ])('reads a bare frequency as a series when its clause delivers to the Kamer: %s', (text, phrase, to) => {
    expect(find(text, '2010-11-22')).toMatchObject({ kind: 'recurring', phrase, resolution: { to } });
  });

  it('reads no series in a bare frequency that says how often money flows or something happens', () => {
    expect(find('Er is jaarlijks € 85 mln. beschikbaar voor de regeling.', '2010-11-22')).toBeNull();
    expect(find('Het fonds keert jaarlijks uit aan gemeenten, zoals ik u eerder heb geïnformeerd.', '2010-11-22')).toBeNull();
  });

  it('reads an infinitive as an event only right after "het"', () => {
    expect(find('Het rapport zal voor de zomer verschijnen.', '2022-05-13')?.phrase).toBe('voor de zomer');
    expect(find('Het rapport zal na de zomer verschijnen.', '2022-05-13')?.kind).toBe('window');
  });

  it('dates an event whose noun phrase runs to fifteen words', () => {
    const text =
      'Ik zal u zo spoedig mogelijk de gevraagde informatie doen toekomen, in ieder geval ruimschoots voorafgaand aan het Wetgevingsoverleg over de Jaarverslagen van Infrastructuur en Waterstaat op 20 juni.';
    expect(find(text, '2018-05-15')).toMatchObject({ kind: 'event', resolution: { from: '2018-05-15', to: '2018-06-19' } });
    const other = 'De nota volgt uiterlijk voorafgaand aan het commissiedebat over de begroting van het Ministerie van Defensie op 16 april aanstaande.';
    expect(find(other, '2024-03-01')).toMatchObject({ kind: 'event', resolution: { to: '2024-04-15' } });
  });

  test.each([
    ['Wij kiezen er daarom voor de voortgangsbrief begin volgend jaar aan uw Kamer te sturen.', '2011-12-22', 'begin volgend jaar', '2012-03-31'],
    ['Ik kies ervoor de rapportage in maart 2025 aan uw Kamer te zenden.', '2024-12-12', 'in maart 2025', '2025-03-31'],
    ['Wij kiezen er daarom voor het verslag eind dit jaar aan uw Kamer te sturen.', '2024-03-01', 'eind dit jaar', '2024-12-31'],
  ])('ends an event noun phrase at a time phrase not tied to it: %s', (text, anchor, phrase, to) => {
    expect(find(text, anchor)).toMatchObject({ kind: 'window', phrase, resolution: { to } });
  });

  test.each([
    ['De resultaten van de evaluatie zullen u in week 6 van 2009 worden toegezonden.', '2009-01-22', 'in week 6 van 2009', '2009-02-08'],
    ['The report follows in week 12 of 2026.', '2026-01-05', 'in week 12 of 2026', '2026-03-22'],
    ['In de loop van maart zal ik u de voorlichting doen toekomen.', '2012-02-10', 'In de loop van maart', '2012-03-31'],
    ['De brief volgt in de loop van het voorjaar van 2025.', '2024-12-12', 'in de loop van het voorjaar van 2025', '2025-05-31'],
    ['Op basis hiervan zal het kabinet rond de zomer van 2022 besluiten.', '2022-05-13', 'rond de zomer van 2022', '2022-08-31'],
    ['Het besluit volgt rond het najaar van 2025.', '2024-12-12', 'rond het najaar van 2025', '2025-11-30'],
  ])('finds a period form in %s', (text, anchor, phrase, to) => {
    expect(find(text, anchor)).toMatchObject({ kind: 'window', phrase, resolution: { to } });
  });

  it('prefers a window to an event without a date', () => {
    expect(find('Voor de Voorjaarsnota ontvangt u een voorstel.', '2024-03-01')?.kind).toBe('window');
  });
});

describe('findDeadline: what the sentence around a date says of it', () => {
  const window = (text: string, anchor: string) => {
    const found = findDeadline(text, anchor, calendar);
    return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
  };

  it('finds no deadline in a question, whatever term it names', () => {
    expect(window('Welke besluiten op het gebied van stikstof bent u voornemens om voor het zomerreces nog te nemen?', '2020-04-24')).toBeNull();
    expect(window('Of is de regering voornemens in ieder geval in 2026 deze bevriezing voor álle sociale huurwoningen te laten gelden?', '2025-06-03')).toBeNull();
    // The answer after the question is a sentence of its own.
    expect(window('Bent u bereid de Kamer te informeren? Ja, ik informeer de Kamer voor de zomer.', '2025-03-03')).toMatchObject({ to: '2025-07-03' });
  });

  it("reads a single day in a clause about a meeting, with nothing delivered, as the meeting's day", () => {
    expect(window('Op 12 juni as. voer ik een wetgevingsoverleg met de vaste Kamercommissie Koninkrijksrelaties.', '2024-06-10')).toBeNull();
    expect(window('Naar alle waarschijnlijkheid is het WGO van 12 juni as. mijn laatste parlementaire verplichting.', '2024-06-10')).toBeNull();
    // Something delivered that day is a promise, meeting or not.
    expect(window('Op 12 juni as. stuur ik u, voorafgaand aan het wetgevingsoverleg, de brief.', '2024-06-10')).toMatchObject({ to: '2024-06-12' });
  });

  it('reads two periods or days joined by "en" as a span of time, unless the Kamer is informed in each', () => {
    expect(window('Dit jaar en volgend jaar vieren we 75 jaar vrijheid.', '2019-11-05')).toBeNull();
    expect(window('Op 4 en 5 november zullen wij in de stad Groningen bijeenkomen met de voorzitters van de vier fracties.', '2021-11-01')).toBeNull();
    expect(window('Uw Kamer wordt in het voorjaar van 2016 en 2017 over de uitkomsten geïnformeerd.', '2016-02-01')).toMatchObject({ to: '2016-05-31' });
  });

  it('counts a span reported as promised before from that day, so it has no window', () => {
    const text =
      'Tijdens het Algemeen Overleg ProRail van 10 september 2015 heb ik toegezegd uw Kamer binnen 4 weken een brief te sturen over de stand van zaken.';
    expect(window(text, '2015-10-08')).toBeNull();
    // A request the letter answers still counts from the letter.
    expect(window('Uw Kamer heeft verzocht de wetgeving zo spoedig mogelijk bij uw Kamer in te dienen.', '2020-06-23')).toMatchObject({ to: '2020-07-14' });
  });

  it('ties a span counted from the promise to a clause of time before it', () => {
    const text = 'Ik zal u – nadat het bestuurlijk overleg heeft plaatsgevonden – zo spoedig mogelijk informeren over de uitkomsten.';
    expect(window(text, '2008-11-03')).toMatchObject({ kind: 'event', to: null });
    expect(window('Zodra die de Eerste Kamer hebben bereikt, zal zo snel mogelijk een debat worden ingepland.', '2021-03-29')).toBeNull();
  });

  it('reads a span after an obligation without a first person as a rule described', () => {
    expect(window('Bewindspersonen moeten Kamervragen binnen drie weken beantwoorden.', '2025-02-25')).toBeNull();
    expect(window('Volgens de regels van de Kamer moet het kabinet binnen drie weken antwoorden.', '2007-04-18')).toBeNull();
    expect(window('Ik stuur u binnen drie weken een brief.', '2025-02-25')).toMatchObject({ to: '2025-03-18' });
    expect(window('Ik moet uw Kamer binnen drie weken een brief sturen.', '2025-02-25')).toMatchObject({ to: '2025-03-18' });
  });

  it('ends an event noun phrase at a finite verb', () => {
    expect(window('Bij de Voorjaarsnota zijn afspraken gemaakt over een huurbevriezing voor 2025 en 2026.', '2025-06-03')).toBeNull();
  });

  it('reads an event named with "deze" or "dit" and a document noun as the document at hand', () => {
    expect(window('Dat betekent dat bij deze Najaarsnota de asielraming voor 2015 wordt aangepast inclusief bijbehorende dekking.', '2015-12-14')).toBeNull();
    expect(window('Ook treft u de aanvraag tot voorlichting aan als bijlage bij deze brief.', '2014-02-06')).toBeNull();
    expect(window('Bij de volgende Najaarsnota wordt de raming aangepast.', '2015-06-01')).toMatchObject({ to: '2015-12-01' });
    // heldout11-214 (a cabinet reaction of 2025) and dev-122 (a working group's self-evaluation of 2022): "deze (kabinets)reactie"
    expect(window('Gelijktijdig met het aanbieden van deze kabinetsreactie ontvangt uw Kamer ook de definitieve Sociale en Economische Agenda’s.', '2025-06-13')).toBeNull();
    expect(window('De werkgroep kan zich voorstellen dat bij deze reactie ook de aanbeveling uit deze zelfevaluatie en de aanbevelingen uit het debat over het rapport van de werkgroep AI dat in februari gevoerd gaat worden, worden betrokken.', '2022-11-15')).toBeNull();
    expect(window('Gelijktijdig met deze beleidsreactie ontvangt u het rapport van de commissie.', '2024-03-01')).toBeNull();
    expect(window('Na vaststelling van de kabinetsreactie zal ik u informeren.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'Na vaststelling van de kabinetsreactie' });
  });

  it('finds no party to a promise in the event a phrase waits on', () => {
    expect(window('De Rijksarchiefinspectie komt tot haar bevindingen na onderzoek bij tal van rijksoverheidsorganen in 2003 en 2004.', '2005-05-19')).toBeNull();
    expect(window('Deze cijfers dienen als basis voor de raming voor het lopende jaar en verder.', '2023-05-01')).toBeNull();
    // A thing delivered outside the phrase is a party still.
    expect(window('Na afronding van het onderzoek volgt een brief.', '2024-03-01')).toMatchObject({ kind: 'event', to: null });
  });

  it('reads a day with its year after "van"', () => {
    expect(window('Defensie is gereed om op 16 november van dit jaar de offerteaanvraag te sturen.', '2022-09-30')).toMatchObject({
      phrase: 'op 16 november van dit jaar',
      to: '2022-11-16',
    });
  });

  it('dates an event named again with "dit" by the day its sentence gave it', () => {
    const text =
      'Aangezien er op 6 april a.s. een Algemeen Overleg met de vaste commissies over dit onderwerp is gepland, streef ik ernaar u 10 dagen voor dit Algemeen Overleg de feitelijke sterktecijfers te doen toekomen.';
    expect(window(text, '1998-03-20')).toEqual({ kind: 'event', phrase: '10 dagen voor dit Algemeen Overleg', to: '1998-03-27' });
    expect(window('Ik stuur u 10 dagen voor dit Algemeen Overleg de cijfers.', '1998-03-20')).toMatchObject({ kind: 'event', to: null });
  });

  it('reads a period right after "afgelopen" or "vorige" as past', () => {
    expect(window('Voordat ik op deze onderwerpen in ga, wil ik stil staan bij de gebeurtenissen in Limburg afgelopen zomer.', '2021-11-16')).toBeNull();
    expect(window('De vrijheden die we onszelf deze zomer hebben kunnen veroorloven, gingen gepaard met verantwoordelijkheid.', '2020-08-06')).toBeNull();
  });

  it('finds the government named by its ministry or service as the subject, and in a future of completion or receipt', () => {
    expect(window('Eind 2025 benadert Defensie de markt voor dronemunitie.', '2025-10-06')).toMatchObject({ phrase: 'Eind 2025', to: '2025-12-31' });
    const completion = 'De aangekondigde afbouw van de consulaire dienstverlening zal uiterlijk op 1 januari 2016 zijn voltooid.';
    expect(window(completion, '2015-11-16')).toMatchObject({ to: '2016-01-01' });
    expect(window('Circa 60.000 mensen die bezwaar maakten krijgen voor 4 augustus 2022 automatisch rechtsherstel.', '2022-06-01')).toMatchObject({ to: '2022-08-03' });
    // Further on, a service is what a forecast is about.
    const forecast = 'Ook voor 2024 is de verwachting dat de instroom zo hoog is dat de IND deze niet kan bijhouden.';
    expect(window(forecast, '2023-12-19')).toBeNull();
  });

  it('finds no promise in a clause that says what will not happen', () => {
    expect(window('Daaruit leid ik af dat de behandeling van de Wi niet voorzien is vóór november 2006.', '2006-09-11')).toBeNull();
    expect(window('Op de site verschijnt een overzicht van de vragen die niet zijn beantwoord binnen drie weken.', '2025-02-25')).toBeNull();
    expect(window('Ik zal u niet later dan 1 mei informeren.', '2025-02-25')).toMatchObject({ to: '2025-05-01' });
  });

  it('finds no promise where the government is the one something is shared with', () => {
    const shared = 'Hij zal de tijd tot begin januari benutten, eind december zal hij zijn eerste resultaten delen met ambtenaren van mijn ministerie.';
    expect(window(shared, '2019-11-21')).toBeNull();
    expect(window('Ook zal in september dan een technische briefing worden gepland met ambtenaren van BZK.', '2022-07-08')).toBeNull();
    expect(window('Ik zal in september met ambtenaren van BZK de Kamer informeren.', '2022-07-08')).toMatchObject({ to: '2022-09-30' });
  });

  it('reads the current period after "van" as naming a thing, a named date after "van" as dating an event', () => {
    expect(window('Ik verzoek u het verslag op de plenaire agenda van deze week te zetten.', '2007-05-01')).toBeNull();
    expect(window('Het kabinet zal in de ministerraad van 27 april 2012 de stand van zaken bespreken.', '2012-04-26')).toMatchObject({ to: '2012-04-27' });
    expect(window('zal het kabinet u deze week een brief sturen met de Nederlandse inzet.', '2014-05-21')).toMatchObject({ to: '2014-05-25' });
  });

  it('dates an event by its own relative clause that schedules it, and counts a span after it', () => {
    const text = 'Ik streef ernaar dit besluit binnen twee maanden na de laatste verkiezingsronde, die gepland staat voor 7 september, te nemen.';
    expect(window(text, '2010-07-09')).toEqual({ kind: 'event', phrase: 'binnen twee maanden na de laatste verkiezingsronde', to: '2010-11-07' });
    expect(window('Ik neem dit besluit binnen twee maanden na de laatste verkiezingsronde.', '2010-07-09')).toMatchObject({ kind: 'event', to: null });
  });

  it('reads a date after "na" as a bound, not a term', () => {
    const text = 'Zoals ik u meldde, zal ik na de verkiezingen in Burundi –dus na september 2010– een besluit nemen over begrotingssteun.';
    expect(window(text, '2010-07-09')).toEqual({ kind: 'event', phrase: 'na de verkiezingen', to: null });
  });

  it('reads an "om … te" clause under a past clause as reported', () => {
    const reported =
      'Reden voor dit verzoek was de in december gedane toezegging in uw Kamer om in 2013 een nationaal programma preventie te ontwikkelen en in maart een eerste opzet daarvan naar uw Kamer te sturen.';
    expect(window(reported, '2013-04-03')).toBeNull();
    expect(window('Ik heb toegezegd om u in 2013 een programma te sturen.', '2013-04-03')).toMatchObject({ to: '2013-12-31' });
  });

  it('reads "niet-" in a compound as no negation', () => {
    const text = 'Over de motie, die vraagt om doelstellingen voor het niet-gebruik van toeslagen, streef ik ernaar u in de tweede helft van 2025 te informeren.';
    expect(window(text, '2025-07-02')).toMatchObject({ phrase: 'in de tweede helft van 2025', to: '2025-12-31' });
  });
});


describe('findDeadline: who keeps the term, and the dates that name a meeting', () => {
  const window = (text: string, anchor: string) => {
    const found = findDeadline(text, anchor, calendar);
    return found === null ? null : { phrase: found.phrase, from: found.resolution.from, to: found.resolution.to };
  };

  it('reads a range of days within a month, with a hyphen, a dash or a slash', () => {
    expect(window('Ik stuur u de stukken op 20-21 juni.', '2019-05-29')).toEqual({ phrase: 'op 20-21 juni', from: '2019-06-20', to: '2019-06-21' });
    expect(window('Ik informeer u op 23–24 juni 2011.', '2011-06-10')).toEqual({ phrase: 'op 23–24 juni 2011', from: '2011-06-23', to: '2011-06-24' });
    expect(window('De Kamer ontvangt de stukken op 26/27 april a.s.', '1999-04-16')).toEqual({ phrase: 'op 26/27 april a.s', from: '1999-04-26', to: '1999-04-27' });
  });

  it('a date after a meeting\'s name and "van" says which meeting, unless a preposition of time ties a promise to it', () => {
    expect(window('De Raad Algemene Zaken zal de Europese Raad (ER) van 20-21 juni voorbereiden.', '2019-05-29')).toBeNull();
    expect(window('Ik heb de eer u de geannoteerde agenda van de Algemene Raad van 26/27 april a.s. aan te bieden.', '1999-04-16')).toBeNull();
    expect(window('De Transportraad bereidt de Europese Top van 14 december voor.', '2010-11-30')).toBeNull();
    expect(window('Deze inzet vormt de inbreng van de minister-president tijdens de ER van 20-21 juni.', '2019-05-29')).toMatchObject({ to: '2019-06-21' });
    expect(window('Ik stuur u de brief op 14 december.', '2010-11-30')).toMatchObject({ to: '2010-12-14' });
  });

  it('a body outside the government as the agent of a passive, or a named person as the subject, acts on its own term', () => {
    expect(window('De begroting zal naar verwachting binnen enkele weken door de Staten van Aruba worden behandeld.', '2020-01-28')).toBeNull();
    expect(window('De aanbevelingen worden medio juni door de Ecofin Raad vastgesteld.', '2011-06-10')).toBeNull();
    expect(window('Het advies wordt in het najaar door de Raad van State uitgebracht.', '2020-06-10')).toBeNull();
    expect(window('In de komende weken zet de heer Van Duyne de gesprekken voort.', '2005-10-31')).toBeNull();
    expect(window('In de komende weken zet mevrouw Jansen haar verkenning voort.', '2005-10-31')).toBeNull();
    // The government acting, or the Kamer receiving, keeps the term.
    expect(window('Het rapport wordt in het najaar door mij aan uw Kamer gestuurd.', '2020-06-10')).toMatchObject({ to: '2020-11-30' });
    expect(window('In de komende weken zet ik de gesprekken voort.', '2005-10-31')).toMatchObject({ to: '2005-11-28' });
  });
});

describe('findDeadline: forms of undertaking', () => {
  const window = (text: string, anchor: string) => {
    const found = findDeadline(text, anchor, calendar);
    return found === null ? null : { phrase: found.phrase, to: found.resolution.to };
  };

  it('a span after "waarna" counts from what comes before it, which has no date', () => {
    expect(window('Deze bespreking zal in de eerstvolgende ministerraad plaatsvinden, waarna ik uw Kamer spoedig zal informeren.', '2017-02-22')).toBeNull();
    expect(window('Het advies wordt eerst besproken met de provincies, waarna ik u zo spoedig mogelijk een reactie stuur.', '2017-02-22')).toBeNull();
    expect(window('Ik zal uw Kamer spoedig informeren.', '2017-02-22')).toMatchObject({ to: '2017-03-15' });
  });

  it('an aside between dashes or brackets gives way to the term of its sentence; a bound in an aside is the term', () => {
    expect(window('Daarom zullen wij trachten in het voorjaar - ruim voor Prinsjesdag - een volwaardige dummy begroting met u afstemmen.', '2022-12-07')).toMatchObject({ phrase: 'in het voorjaar', to: '2023-05-31' });
    expect(window('Ik stuur u in het najaar (ruim voor de begrotingsbehandeling) de evaluatie.', '2022-06-07')).toMatchObject({ phrase: 'in het najaar', to: '2022-11-30' });
    expect(window('het rapport wordt eind voorjaar – uiterlijk voor aanvang van het zomerreces – opgeleverd.', '2018-06-05')).toMatchObject({ to: '2018-07-05' });
  });

  it('an aside that opens with "voor" right after a term bounds it, as "uiterlijk" does', () => {
    // heldout12-412 (news of 1 June 2021): the recess of 2021 began on Friday 9 July, so the bound is 8 July, not 10 July.
    expect(window('Als er een nieuwe wet moet komen, wil hij het voorstel begin juli (voor het zomerreces) aan het parlement sturen.', '2021-06-01')).toEqual({ phrase: 'voor het zomerreces', to: '2021-07-08' });
    expect(window('Ik stuur u eind mei – vóór 1 juni – de evaluatie.', '2021-03-01')).toEqual({ phrase: 'vóór 1 juni', to: '2021-05-31' });
    // Counter-examples: "voor" not the aside's first word, and "voor" before a bare year (what a plan is for) keep the sentence's term.
    expect(window('Ik stuur u in het najaar (ruim voor de begrotingsbehandeling) de evaluatie.', '2022-06-07')).toMatchObject({ phrase: 'in het najaar' });
    expect(window('Ik stuur u in maart de plannen (voor 2023).', '2022-01-10')).toEqual({ phrase: 'in maart', to: '2022-03-31' });
  });

  it('a term extended or moved to a date is the new term', () => {
    expect(window('Daarom verzoek ik u de termijn met 4 weken te verlengen tot 20 februari.', '2012-01-25')).toEqual({ phrase: '20 februari', to: '2012-02-20' });
    expect(window('De beantwoording wordt uitgesteld tot 1 juli 2016.', '2016-05-25')).toEqual({ phrase: '1 juli 2016', to: '2016-07-01' });
    expect(window('De regeling loopt tot 1 juli 2016.', '2016-05-25')).toBeNull();
    // What is extended must be a term of ours, not how long a rule applies.
    expect(window('De regeling wordt verlengd tot 1 januari 2017.', '2016-05-25')).toBeNull();
  });

  it('"per" or "vanaf" a day after an act the government undertakes is the day of that act; a law or rule applying from a day is not', () => {
    expect(window('Ik ben voornemens de omvorming van het CAK plaats te laten vinden per 1 januari 2013.', '2012-07-02')).toMatchObject({ to: '2013-01-01' });
    expect(window('In de motie wordt de regering verzocht om de versoepelingen per 15 juli 2010 door te voeren.', '2010-07-08')).toMatchObject({ to: '2010-07-15' });
    expect(window('Wij zullen de maatregelen vanaf 15 juli 2010 aanpassen.', '2010-07-08')).toMatchObject({ to: '2010-07-15' });
    expect(window('De wet treedt per 1 januari 2013 in werking.', '2012-07-02')).toBeNull();
    expect(window('Het kabinet stelt voor de wet per 1 juli 2021 in te voeren.', '2020-07-02')).toBeNull();
    expect(window('De regeling geldt vanaf 15 juli 2010.', '2010-07-08')).toBeNull();
  });

  it('a subordinate clause that has ended leaves the phrase to the main clause', () => {
    expect(window('Omdat de conclusies niet meer zullen wijzigen, zullen wij de motie vanaf 15 juli 2010 uitvoeren.', '2010-07-08')).toMatchObject({ to: '2010-07-15' });
    expect(window('Ik voer de maatregelen, zoals die eerder aan de Kamer is gestuurd1 zo snel als mogelijk uit.', '2023-05-26')).toMatchObject({ to: '2023-06-16' });
    expect(window('Ik voer de maatregelen die eerder zijn aangekondigd, zo snel mogelijk uit.', '2023-05-26')).toMatchObject({ to: '2023-06-16' });
    // Without a comma or a footnote after its verbs, a phrase may still be the relative clause's.
    expect(window('Op de site verschijnt een overzicht van de vragen die niet zijn beantwoord binnen drie weken.', '2025-02-25')).toBeNull();
  });
});

describe('findDeadline: durations, purposes, rules, and more bodies that keep their own terms', () => {
  const window = (text: string, anchor: string) => {
    const found = findDeadline(text, anchor, calendar);
    return found === null ? null : { phrase: found.phrase, to: found.resolution.to };
  };

  it('a few weeks or months with no word that counts them from now is a duration', () => {
    expect(window('Wij keken daar al een paar weken naar uit.', '2023-04-24')).toBeNull();
    expect(window('Het herstel zal nog enkele maanden duren.', '2023-04-24')).toBeNull();
    expect(window('Ik informeer u binnen enkele weken.', '2023-04-24')).toMatchObject({ to: '2023-05-22' });
    expect(window('In de komende maanden werk ik het plan uit.', '2023-04-24')).toMatchObject({ to: '2023-07-24' });
  });

  it('"voor" after what is relevant or needed says what it serves, and a time after it names which one', () => {
    expect(window('Wij gaan in op enkele aandachtspunten, die relevant kunnen zijn voor de begrotingsbehandeling dit najaar.', '2018-10-04')).toBeNull();
    expect(window('Deze gegevens zijn van belang voor het debat in het voorjaar.', '2018-10-04')).toBeNull();
    expect(window('Ik stuur u de gegevens voor de begrotingsbehandeling.', '2018-10-04')).toMatchObject({ phrase: 'voor de begrotingsbehandeling' });
    expect(window('Ik zal u de informatie die nodig is voor de evaluatie voor de zomer sturen.', '2024-03-01')).toMatchObject({ phrase: 'voor de zomer' });
  });

  it('a permission or rule with neither us nor the Kamer in it promises nothing; "Uw Kamer mag … verwachten" does', () => {
    expect(window('Aan het eind van het jaar mag maximaal 1% aan onderuitputting worden meegenomen naar het volgende jaar.', '2023-12-19')).toBeNull();
    expect(window('Uw Kamer mag uiterlijk begin 2011 reacties verwachten op de verzoeken van de commissie.', '2010-11-22')).toMatchObject({ to: '2011-03-31' });
  });

  it('EU bodies and other governments as the subject act on their own terms', () => {
    expect(window('Naar verwachting zal de Raad in juni een algemene oriëntatie bereiken.', '2024-03-01')).toBeNull();
    expect(window('Het Europees Parlement stemt naar verwachting in april over het voorstel.', '2024-03-01')).toBeNull();
    expect(window('De Duitse regering neemt in het najaar een besluit.', '2024-03-01')).toBeNull();
    expect(window('De Nederlandse regering neemt in het najaar een besluit.', '2024-03-01')).toMatchObject({ to: '2024-11-30' });
  });

  it('such a body as the subject of the phrase\'s own subordinate clause keeps its term; negotiations are a gathering', () => {
    expect(window('Nederland kan instemmen met het voorstel, mits de Raad in maart 2024 opnieuw over de evaluatie spreekt.', '2023-12-01')).toBeNull();
    expect(window('Ik zal u informeren zodra de Commissie in het voorjaar haar voorstel publiceert.', '2023-12-01')).toBeNull();
    expect(window('De triloogonderhandelingen starten naar verwachting in januari 2024.', '2023-12-01')).toBeNull();
    expect(window('Ik zal uw Kamer in maart informeren, mits de onderhandelingen dan zijn afgerond.', '2023-12-01')).toMatchObject({ to: '2024-03-31' });
  });

  it('researchers, independent commissions and those the cabinet appoints to explore keep their own terms', () => {
    expect(window('De onderzoekers verwachten hun eindrapport in juni op te leveren.', '2024-03-01')).toBeNull();
    expect(window('TNO rondt het onderzoek naar verwachting in het najaar af.', '2024-03-01')).toBeNull();
    expect(window('De commissie-Remkes brengt voor de zomer haar advies uit.', '2024-03-01')).toBeNull();
    expect(window('Naar verwachting zal de verkenner eind april zijn bevindingen presenteren.', '2024-03-01')).toBeNull();
    // The government passing their product on to the Kamer promises.
    expect(window('Ik stuur u het eindrapport van de onderzoekers in juni.', '2024-03-01')).toMatchObject({ to: '2024-06-30' });
  });

  it('committees in the plural act on their own dates as one committee does', () => {
    expect(window('De commissies besluiten op 16 maart 2021 inbreng te leveren voor het verslag over het wetsvoorstel.', '2021-03-02')).toBeNull();
    expect(window('De commissie besluit op 16 maart 2021 inbreng te leveren voor het verslag over het wetsvoorstel.', '2021-03-02')).toBeNull();
  });
});

describe('findDeadline: a term in an earlier statement of ours counts from the day it was said', () => {
  const window = (text: string, anchor: string) => {
    const found = findDeadline(text, anchor, calendar);
    return found === null ? null : { phrase: found.phrase, to: found.resolution.to };
  };

  it('a recess or season said before is the one of that day', () => {
    const said = 'In mijn brief van 10 juni 2011 heb ik gemeld de Kamer voor het zomerreces een hoofdlijnenbrief toe te sturen.';
    expect(window(said, '2011-07-11')).toBeNull();
    expect(window('Op 2 februari 2024 heb ik toegezegd u dit voorjaar te informeren.', '2024-06-20')).toBeNull();
    // Still ahead, it stays the term.
    expect(window('Op 2 februari 2024 heb ik toegezegd u voor de zomer te informeren.', '2024-04-10')).toMatchObject({ to: '2024-07-04' });
    // An aside that reports the statement leaves the sentence speaking now.
    expect(window('Zoals ik heb gemeld in mijn brief van 13 september jl. stuur ik u zo spoedig mogelijk een reactie.', '2019-09-25')).toMatchObject({ to: '2019-10-16' });
  });
});

describe('findDeadline: the title of a motion in a list of documents', () => {
  it('what a motion is about, closed by its document number, is its title', () => {
    const list =
      'de brief d.d. 10 maart 2022 inzake reactie op de moties van het lid Nijboer c.s. over ook dit jaar voorkomen dat er ook maar één gedupeerde uit huis wordt gezet (Kamerstuk 31 066, nr. 964), van het lid Paul c.s. over zo snel mogelijk de verkenning afronden (Kamerstuk 31 066, nr. 966);';
    expect(find(list, '2022-06-14')).toBeNull();
    expect(find('Naar aanleiding van de motie van de leden Recourt en Tellegen over het zo spoedig mogelijk aan de Kamer sturen van mediationwetgeving (Kamerstuk 34 550 VI, nr. 54) bericht ik u als volgt.', '2017-01-16')).toBeNull();
    // A sentence that goes on to promise, with the citation at its end, is no title.
    expect(find('Naar aanleiding van de motie van het lid Jansen over de zorg zal ik u voor de zomer informeren (Kamerstuk 12 345, nr. 6).', '2024-03-01')?.resolution.to).toBe('2024-07-04');
    // Outside a title, the motion's term asked of the government keeps it.
    expect(find('In de motie wordt de regering verzocht de Kamer voor de zomer te informeren.', '2016-06-02')?.resolution.to).toBe('2016-07-07');
  });
});

describe('findDeadline: the day of a visit or a meeting', () => {
  it('a day on which people meet or take part in a meeting is the meeting\'s, unless something is delivered', () => {
    expect(findDeadline('De ministers van Landbouw komen op 11 december bijeen in Brussel.', '2023-12-01', calendar)).toBeNull();
    expect(findDeadline('De Minister van Buitenlandse Zaken neemt op 11 december deel aan de Raad.', '2023-12-01', calendar)).toBeNull();
    expect(findDeadline('Ik stuur u op 11 december het verslag van de bijeenkomst.', '2023-12-01', calendar)?.resolution.to).toBe('2023-12-11');
  });

  it('a council is a gathering, a ministerraad the cabinet acts in; "tijdens" ties an act to the meeting\'s day', () => {
    expect(findDeadline('Voorbereiding Europese Raad 24-25 juni', '2021-06-10', calendar)).toBeNull();
    expect(findDeadline('Op 11 december spreekt de Raad over Oekraïne.', '2023-12-01', calendar)).toBeNull();
    expect(findDeadline('Nederland zal tijdens de Raad van 11 december steun uitspreken voor het voorstel.', '2023-12-01', calendar)?.resolution.to).toBe('2023-12-11');
    expect(findDeadline('Het kabinet zal in de ministerraad van 27 april 2012 de stand van zaken bespreken.', '2012-04-26', calendar)?.resolution.to).toBe('2012-04-27');
    // A footnote after the sentence's full stop leaves the year to its date: "van 18 juni 2025.1" is never "18 juni" of another year.
    expect(findDeadline('Ik heb u de brief voor 18 juni 2025.1', '2026-03-01', calendar)).toBeNull();
  });

  it('is when the visit takes place, unless something is delivered', () => {
    expect(findDeadline('Op 12 mei brengt de minister een werkbezoek aan Bonaire.', '2024-04-01', calendar)).toBeNull();
    expect(findDeadline('Vrijdag 25 januari is er een ontmoeting met het bestuurscollege.', '2013-01-18', calendar)).toBeNull();
    expect(findDeadline('Op 12 mei stuur ik u het verslag van mijn werkbezoek aan Bonaire.', '2024-04-01', calendar)?.resolution.to).toBe('2024-05-12');
  });
});

describe('findDeadline: an offer, and a request of the letter\'s writer', () => {
  const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

  it('what is possible is offered, not undertaken', () => {
    expect(to('Een gesprek is mogelijk op korte termijn, indien u dat wenst.', '2010-05-17')).toBeNull();
    expect(to('Een toelichting blijft mogelijk in de komende weken.', '2010-05-17')).toBeNull();
    expect(to('Het is mogelijk dat ik u op korte termijn informeer.', '2010-05-17')).toBe('2010-06-28');
  });

  it('"ontvangen graag" and "zien graag tegemoet" ask the addressee, whose term it is', () => {
    expect(to('Wij ontvangen graag spoedig uw reactie op ons verzoek.', '2013-04-03')).toBeNull();
    expect(to('Uw antwoord zie ik graag voor 1 mei tegemoet.', '2013-04-03')).toBeNull();
    expect(to('Wij ontvangen de reactie voor 1 mei en sturen die u direct door.', '2013-04-03')).toBe('2013-04-30');
  });
});

describe('findDeadline: the Kamer as the one an "om … te" clause delivers to, and a promise kept on its own day', () => {
  const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

  it('an "om … te" clause has no subject of its own: the Kamer after "om" receives', () => {
    expect(to('De staatssecretaris zegt toe om de Kamer in het voorjaar van 2024 een brief te sturen over de uitvoering van de motie.', '2024-03-01')).toBe('2024-05-31');
    expect(to('De Kamer besluit in het voorjaar van 2024 een rondetafelgesprek te houden.', '2024-03-01')).toBeNull();
  });

  // GUIDE §3 (D7): the sentence reports a term not yet past on the text's date; only the rest of the text could say this letter keeps it.
  it('a promise reported as made before keeps its term, also when that term ends on the text\'s own date', () => {
    expect(to('In dat overleg heb ik toegezegd om uiterlijk 31 oktober uw Kamer te informeren over de voortgang.', '2005-10-31')).toBe('2005-10-31');
    expect(to('In dat overleg heb ik toegezegd om uiterlijk 30 november uw Kamer te informeren over de voortgang.', '2005-10-31')).toBe('2005-11-30');
  });
});

describe('findDeadline: an indirect question asked by others', () => {
  const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

  it('is a question, whatever term it names; a request and an answer to questions keep their terms', () => {
    expect(to('De leden van de VVD-fractie vragen of de minister voor de zomer een brief kan sturen.', '2024-03-01')).toBeNull();
    expect(to('Deze leden vragen de regering wanneer het wetsvoorstel in het najaar bij de Kamer wordt ingediend.', '2024-03-01')).toBeNull();
    expect(to('De leden vragen de minister om voor de zomer een brief te sturen.', '2024-03-01')).toBe('2024-07-04');
    expect(to('Ik beantwoord de vragen over hoe dit werkt voor 1 mei.', '2024-03-01')).toBe('2024-04-30');
  });
});

describe('findDeadline: no undertaking, no window', () => {
  const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

  it('reads a debate or consultation with the Kamer, or an invitation to one, as the Kamer\'s to schedule', () => {
    expect(to('Dit vind ik belangrijk, omdat ik op zeer korte termijn overleg met u wil voeren over de uitwerking.', '2013-01-18')).toBeNull();
    expect(to('Ook wil ik uw Kamer uitnodigen om op korte termijn het overleg te voeren over de nadere uitwerking.', '2013-01-18')).toBeNull();
    expect(to('We komen op korte termijn uitgebreid met elkaar te spreken over het wetsvoorstel.', '2014-10-29')).toBeNull();
    expect(to('Graag ga ik voor het zomerreces met uw Kamer over deze keuzes in debat.', '2024-03-01')).toBeNull();
    // Talks with others are the government's own act; a letter before the debate is a delivery.
    expect(to('Op korte termijn worden door mij nog gesprekken met stakeholders gevoerd.', '2018-08-27')).toBe('2018-10-08');
    expect(to('Ik zal u op korte termijn een brief sturen, zodat wij daarover overleg kunnen voeren.', '2013-01-18')).toBe('2013-03-01');
    expect(to('Graag nodig ik uw Kamer uit om voor de zomer met ons in gesprek te gaan over de plannen.', '2024-03-01')).toBeNull();
    expect(to('Ik breng u in het voorjaar verslag uit van de pilots.', '2024-01-10')).toBe('2024-05-31');
    expect(to('Het is nodig uw Kamer voor de zomer te informeren over de uitkomsten.', '2024-03-01')).toBe('2024-07-04');
  });

  it('reads "korte termijn" with an article, or set against a longer term, as a horizon', () => {
    expect(to('In de brief wordt ingegaan op maatregelen voor de korte termijn en op het toekomstscenario.', '2022-09-14')).toBeNull();
    expect(to('We blijven inzetten op een versnelling op korte termijn waar ook op langere termijn van wordt geprofiteerd.', '2025-09-16')).toBeNull();
    expect(to('Het kabinet neemt maatregelen op korte termijn en zet voor de lange termijn in op een nieuw stelsel.', '2024-03-01')).toBeNull();
    expect(to('Het kabinet kiest ervoor om op korte termijn de volgende drie elementen in regelgeving op te nemen.', '2020-04-24')).toBe('2020-06-05');
  });

  it('reads how soon someone acts, described in the present with no one undertaking or receiving, as a description', () => {
    expect(to('Met deze middelen vult Defensie op korte termijn de munitievoorraden versneld aan.', '2024-09-17')).toBeNull();
    expect(to('De Belastingdienst past zo snel mogelijk de systemen aan na elke wetswijziging.', '2024-03-01')).toBeNull();
    // The Centraal Planbureau by its full name, and the sector councils, are bodies outside the government: their terms are theirs.
    expect(to('Medio augustus publiceert het Centraal Planbureau de Macro-economische verkenning.', '2021-04-16')).toBeNull();
    expect(to('De PO-raad stuurt in juni zijn advies over de toetsing.', '2021-04-16')).toBeNull();
    expect(to('Medio augustus publiceert het kabinet de nota over de koopkracht.', '2021-04-16')).toBe('2021-08-20');
    // A future, the first person, the Kamer or the thing delivered make it an undertaking.
    expect(to('Defensie zal op korte termijn de munitievoorraden aanvullen.', '2024-09-17')).toBe('2024-10-29');
    expect(to('Ik vul op korte termijn de munitievoorraden aan.', '2024-09-17')).toBe('2024-10-29');
    expect(to('De evaluatie start binnenkort.', '2024-09-17')).toBe('2024-10-29');
  });

  it('reads a promise that this letter meets ("geef daarmee invulling aan", "is hiermee voldaan", "gestand doen") as kept', () => {
    expect(to('Ik geef daarmee invulling aan mijn toezegging om uw Kamer hier jaarlijks over te informeren.', '2019-10-30')).toBeNull();
    expect(to('Hiermee is voldaan aan de toezegging om uw Kamer voor de zomer te informeren over de pilots.', '2023-06-08')).toBeNull();
    expect(to('Waarmee ik invulling geef aan de toezegging om u voor 1 juli de evaluatie te sturen.', '2023-06-08')).toBeNull();
    // Meeting one promise and making another keeps the other's term.
    expect(to('Hiermee geef ik invulling aan de motie en zal ik u voor de zomer over de uitvoering informeren.', '2023-03-01')).toBe('2023-07-06');
  });

  it('reads a date that describes as no term: a bracketed date, a rule that applies, a conference held, a Council\'s agenda', () => {
    expect(to('Er wordt verwezen naar de klimaatonderhandelingen in Kopenhagen (december 2009).', '2009-02-13')).toBeNull();
    expect(to('Rappelabele toezeggingen Infrastructuur en Waterstaat (Totaaloverzicht oktober 2024)', '2024-10-01')).toBeNull();
    expect(to('Het overzicht van de openstaande toezeggingen (Vooruitblik maart 2024) volgt hieronder.', '2024-03-01')).toBeNull();
    expect(to('De evaluatie volgt (Verwacht september 2026).', '2026-01-10')).toBe('2026-09-30');
    // "voor" before this or next year says which year a thing is for; the year itself, or "volgend jaar" as a time, is a term.
    expect(to('De ergste pijn van de tariefstijging voor volgend jaar wordt verzacht door eenmalig extra middelen.', '2024-10-09')).toBeNull();
    expect(to('Het kabinet stelt de middelen voor dit jaar beschikbaar aan de gemeenten.', '2024-03-01')).toBeNull();
    expect(to('Ik stuur u volgend jaar de evaluatie van de regeling.', '2024-10-09')).toBe('2025-12-31');
    expect(to('Zie hiervoor de Staat van de Uitvoering (2027), die de knelpunten beschrijft.', '2026-01-10')).toBeNull();
    expect(to('Dit in afwachting van de nieuwe verordening, die op 21 april 2021 van toepassing wordt.', '2020-11-18')).toBeNull();
    expect(to('Het kabinet noemde de VN Waterconferentie, die het Koninkrijk in 2023 co-organiseert met Tadzjikistan.', '2023-01-18')).toBeNull();
    expect(to('De EU-inzet zal worden besproken tijdens de Milieuraad van 2 maart en de Voorjaarsraad van 19 maart.', '2009-02-13')).toBeNull();
    // The day a rule applies as a promise's condition, a bound in brackets and our own act at the Council keep their days.
    expect(to('Deze capaciteit zal beschikbaar zijn als het Pact op 12 juni 2026 van toepassing wordt.', '2026-02-05')).toBe('2026-06-12');
    expect(to('Ik stuur u de nota (uiterlijk 1 juli 2026) met de uitkomsten.', '2026-02-05')).toBe('2026-07-01');
    expect(to('Ik zal het voorstel bespreken tijdens de Milieuraad van 2 maart.', '2009-02-13')).toBe('2009-03-02');
    // A month after a meeting's name says which meeting is meant, as a day does: the promise waits on the meeting, no window.
    expect(to('Ik zal voor het NO MIRT van november met een reactie op het Deltaplan komen.', '2019-10-08')).toBeNull();
    expect(to('Het besluit wordt in de CN-week van juni 2015 met de eilanden besproken.', '2014-11-26')).toBeNull();
    expect(to('Ik zal u in juni 2015 over het besluit informeren.', '2014-11-26')).toBe('2015-06-30');
  });

  it('reads what cannot be expected as no term', () => {
    expect(to('Het is niet realistisch om in het komende jaar te verwachten dat de achterstand is weggewerkt.', '2023-02-03')).toBeNull();
    expect(to('Ik verwacht in het komende jaar de achterstand weg te werken.', '2023-02-03')).toBe('2024-02-03');
  });
});

describe('findDeadline: forms of undertaking', () => {
  const found = (text: string, anchor: string) => {
    const deadline = findDeadline(text, anchor, calendar);
    return deadline && { kind: deadline.kind, to: deadline.resolution.to };
  };

  it('reads a necessity inside an indirect question as that question\'s: "Omstreeks 1 juli zal worden beoordeeld of … moet"', () => {
    expect(found('Omstreeks 1 juli 2023 zal worden beoordeeld of de maatregel nog in stand moet blijven.', '2023-02-03')).toEqual({ kind: 'window', to: '2023-07-01' });
    expect(found('In het najaar wordt bezien of de regeling moet worden aangepast.', '2023-02-03')).toEqual({ kind: 'window', to: '2023-11-30' });
  });

  it('reads a participle of planning after a comma as the plan of what it follows', () => {
    expect(found('Deze evaluatie is uitgevoerd in het kader van een bredere beleidsdoorlichting, voorzien in 2020.', '2019-10-30')).toEqual({ kind: 'window', to: '2020-12-31' });
    expect(found('Het advies van de Raad van State, verwacht in maart, is daarbij betrokken.', '2019-10-30')).toBeNull();
    expect(found('Het onderwerp komt aan bod in het commissiedebat, gepland in maart 2020.', '2019-10-30')).toBeNull();
    // a third party's thing so planned is theirs, in a sentence whose verb is ours
    expect(found('Ik wacht het onderzoek van de Algemene Rekenkamer (AR), voorzien in het najaar, af.', '2024-06-01')).toBeNull();
  });

  it('reads a presentation as a thing delivered: the party to the promise in a sentence that names no one else', () => {
    expect(found('De tijd die nog beschikbaar is tot de presentatie van het beleidsprogramma op 14 juni is benodigd.', '2007-05-30')).toEqual({ kind: 'window', to: '2007-06-14' });
    expect(found('De presentatie van het rapport op 30 juni is het sluitstuk van het traject.', '2025-03-01')).toEqual({ kind: 'window', to: '2025-06-30' });
    expect(found('Het sluitstuk van het traject valt op 30 juni.', '2025-03-01')).toBeNull();
  });

  it('dates an event by a meeting of two days, at its first day: "de geannoteerde agenda voor de Eurogroep van 16 en 17 maart 2020"', () => {
    const text = 'In de geannoteerde agenda voor de Eurogroep en Ecofinraad van 16 en 17 maart 2020 zal ik een verslag opnemen.';
    expect(found(text, '2020-03-03')).toEqual({ kind: 'event', to: '2020-03-15' });
    expect(found('Ik stuur u de stukken voor de Europese Raad van 20-21 juni.', '2019-05-29')).toEqual({ kind: 'event', to: '2019-06-19' });
  });

  it('dates an event without a year by the nearest such day: a meeting three weeks before the text is past', () => {
    const text = 'Tenslotte heeft de staatssecretaris in het AO ter voorbereiding op de Raad op 9 maart twee toezeggingen gedaan.';
    expect(found(text, '2006-03-29')).toBeNull();
    expect(found('Ik stuur u de stukken ter voorbereiding op de Raad op 9 maart.', '2006-02-20')).toEqual({ kind: 'event', to: '2006-03-08' });
    // "aanstaande" is always the next.
    expect(found('Ik stuur u de stukken ter voorbereiding op de Raad op 9 maart aanstaande.', '2006-03-29')).toEqual({ kind: 'event', to: '2007-03-08' });
  });
});

describe('findDeadline: written after held-out 9', () => {
  const found = (text: string, anchor: string) => {
    const deadline = findDeadline(text, anchor, calendar);
    return deadline && { kind: deadline.kind, phrase: deadline.phrase, to: deadline.resolution.to };
  };
  const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

  it('reads "eerder dan" a date as "voor" it', () => {
    expect(found('De Kamer heeft verzocht de conclusies eerder dan 1 maart 2016 naar de Kamer te sturen.', '2015-12-02')).toEqual({ kind: 'window', phrase: 'eerder dan 1 maart 2016', to: '2016-02-29' });
    expect(to('Ik stuur u de evaluatie eerder dan het zomerreces van 2026.', '2026-02-01')).toBe('2026-07-02');
    // "niet eerder dan" still gives the date up.
    expect(to('Ik zal u niet eerder dan 1 maart 2026 informeren.', '2026-01-10')).toBeNull();
  });

  it('reads a count said roughly ("een week of drie", "een maand of twee") as at most that long from the promise', () => {
    expect(found('Daar hoopt ze de Kamer over een week of drie uitsluitsel over te kunnen geven.', '2019-03-12')).toEqual({ kind: 'window', phrase: 'over een week of drie', to: '2019-04-02' });
    expect(to('Ik stuur u binnen een maand of twee de uitkomsten van het onderzoek.', '2020-01-10')).toBe('2020-03-10');
    // "over een week" alone is still a single span: the month it falls in.
    expect(to('Ik stuur u over een week de uitkomsten van het onderzoek.', '2020-01-10')).toBe('2020-01-31');
    expect(to('Het onderzoek duurt een week of drie.', '2020-01-10')).toBeNull();
  });

  it('reads "ten minste eens in de vijf jaar" as a series of five-yearly windows delivered to the Kamer', () => {
    const text = 'De minister zegt de Kamer toe dat er ten minste eens in de vijf jaar een rapportage aan de Kamer wordt gestuurd over de effectiviteit van de maatregelen.';
    expect(found(text, '2023-05-16')).toEqual({ kind: 'recurring', phrase: 'ten minste eens in de vijf jaar', to: '2028-05-16' });
    expect(to('Uw Kamer wordt eens per twee jaar geïnformeerd over de voortgang van het programma.', '2024-01-10')).toBe('2026-01-10');
    expect(to('De inspectie bezoekt elke school eens in de vier jaar.', '2024-01-10')).toBeNull();
  });

  it('reads a count of years from a named year as the year it reaches', () => {
    const text = 'De minister zegt de Kamer toe dat de Appa over zes jaar vanaf 2010 geëvalueerd wordt.';
    expect(found(text, '2012-09-11')).toEqual({ kind: 'window', phrase: 'over zes jaar vanaf 2010', to: '2016-12-31' });
    expect(to('Ik zeg toe dat de wet over vijf jaar na 2020 wordt geëvalueerd.', '2021-03-01')).toBe('2025-12-31');
  });

  it('reads a promise or a request reported as made before, whose term ends within two weeks, as kept only when the sentence names this letter', () => {
    // heldout17-274: the sentence itself says this letter keeps the promise.
    expect(to('In deze brief informeer ik de Kamer over de uitvoering van de moties en toezeggingen waarover ik heb toegezegd de Kamer voor de zomer te informeren.', '2025-06-30')).toBeNull();
    // The sentence alone reports a term still ahead (GUIDE §3, D7): heldout6-117, dev-071, heldout9-108.
    expect(to('Tijdens het Algemeen Overleg van 28 maart 2018 heb ik toegezegd uw Kamer voor de zomer te informeren over de effecten van het wetsvoorstel.', '2018-06-22')).toBe('2018-07-05');
    expect(to('De Tweede Kamer heeft ons gevraagd om een notitie vóór het zomerreces over de hoofdlijnen van het defensiebeleid.', '2007-07-02')).toBe('2007-07-05');
    expect(to('In mijn brief van 1 maart jl. heb ik u geïnformeerd dat ik u het onderzoeksrapport aanbied vóór de zomer van 2012.', '2012-07-05')).toBe('2012-07-05');
    expect(to('Bij brief van 14 januari jl. verzocht de vaste commissie de Kamer vóór maart te informeren over de wijze waarop invulling wordt gegeven aan de aanbevelingen.', '2015-02-27')).toBe('2015-02-28');
    // A future of its own or a motion's request in the present keeps the term however the sentence is read.
    expect(to('In het debat over de Algemene Politieke Beschouwingen is toegezegd dat dit vóór de behandeling van de begroting zal gebeuren.', '2009-12-07')).toBe('2009-12-17');
    expect(to('In de motie wordt de regering verzocht om de maatregelen per 15 juli 2010 door te voeren.', '2010-07-08')).toBe('2010-07-15');
    expect(to('De commissie heeft mij bij brief van 26 maart jl. gevraagd ruim voor het zomerreces de evaluatie aan de Kamer te doen toekomen.', '2019-06-14')).toBe('2019-07-04');
  });

  it('reads an earlier statement of a term ("heb ik aangegeven", "heb ik laten weten") that runs out within two weeks as the term it states', () => {
    expect(to('Tijdens het Algemeen Overleg van 14 september jongstleden heb ik aangegeven dat ik mijn reactie op het rapport eind oktober voorzag.', '2011-10-21')).toBe('2011-10-31');
    expect(to('Op 1 maart heb ik u laten weten dat ik u voor 1 april een brief stuur.', '2020-03-25')).toBe('2020-03-31');
    expect(to('Op 1 maart heb ik u laten weten dat ik u voor 1 juni een brief stuur.', '2020-03-25')).toBe('2020-05-31');
  });

  it('reads a meeting on the text\'s own day that a future of ours is tied to by "tijdens" as later that day', () => {
    expect(to('Ik zal u tijdens het debat op woensdag 8 november 2017 informeren over de uitkomsten.', '2017-11-08')).toBe('2017-11-08');
    expect(to('Tijdens het debat op woensdag 8 november 2017 heb ik toegezegd de vragen te beantwoorden.', '2017-11-08')).toBeNull();
    expect(to('De minister heeft op 8 november 2017 de vragen beantwoord.', '2017-11-08')).toBeNull();
  });

  it('reads a date in an attributive participle\'s phrase as when the thing was done', () => {
    expect(to('Het voorstel wijzigt de in de op Prinsjesdag, 18 september 2012, ingediende begroting van het ministerie.', '2012-12-19')).toBeNull();
    expect(to('Ik verwijs naar het op 1 maart verzonden verzoek van de commissie.', '2012-02-20')).toBeNull();
    // A participle of promising reports a promise, and a future "te" is no participle.
    expect(to('De in het voorjaar te verschijnen nota zal ik u toesturen.', '2024-01-10')).toBe('2024-05-31');
    // heldout19-272 and dev-695, dev-700 (the Kamers' Raming): "der" and "voor" lead the participle's phrase too, and
    // "voor 2026" there says what the thing is for, not "before 2026"
    expect(to('Raming der voor de Tweede Kamer in 2005 benodigde uitgaven, alsmede aanwijzing en raming van de ontvangsten', '2004-06-28')).toBeNull();
    expect(to('CXL Raming der voor de Eerste Kamer in 2021 benodigde uitgaven, evenals aanwijzing en raming van de ontvangsten', '2020-04-24')).toBeNull();
    expect(to('Ik informeer u over de voor 2026 geraamde uitgaven van het fonds.', '2025-06-01')).toBeNull();
    expect(to('Ik zal u na de zomer informeren over de voor 2026 benodigde middelen.', '2025-06-01')).toBe('2025-10-31');
    // A participle of asking reports a request, as one of promising reports a promise.
    expect(to('De commissie wacht nog op de voor 1 juli gevraagde reactie van de minister.', '2025-06-01')).toBe('2025-06-30');
  });

  it('reads the day a law enters into force, as its noun\'s complement, as no term, whatever the clause delivers', () => {
    expect(to('Tevens informeer ik uw Kamer, in aanloop naar de inwerkingtreding van de Wet inburgering 2021 per 1 januari 2022, over schoolgaande jongeren.', '2021-12-17')).toBeNull();
    expect(to('Ik stuur u, met het oog op de invoering van het stelsel op 1 juli 2025, een overzicht van de regelingen.', '2025-03-01')).toBeNull();
    expect(to('Ik stuur u op 1 juli 2025 een overzicht van de regelingen.', '2025-03-01')).toBe('2025-07-01');
  });

  it('reads "voor" after a date noun as what the date is of', () => {
    expect(found('De minister informeerde de Kamer over de nieuw beoogde datum voor de inwerkingtreding van de Omgevingswet, zijnde 1 juli 2023.', '2022-12-20')).toBeNull();
    expect(to('Ik zal voor de inwerkingtreding van de wet een handreiking publiceren.', '2022-12-20')).toBeNull();
    // with the government delivering: what it tells about is the date, not when it tells
    expect(found('Ik zal u informeren over de nieuw beoogde datum voor de inwerkingtreding van de Omgevingswet.', '2020-01-01')).toBeNull();
  });

  it('reads a promise not to act before something as what will not happen', () => {
    expect(to('De minister zegt toe dat hij de AMvB niet zal wijzigen voordat de wetsevaluatie, die na twee jaar uitgevoerd zal worden, heeft plaatsgevonden.', '2018-06-19')).toBeNull();
    expect(to('Ik neem geen besluit totdat het onderzoek in het najaar van 2025 gereed is.', '2025-03-01')).toBeNull();
    expect(to('Ik neem geen besluit voordat het onderzoek gereed is, maar stuur u voor de zomer een tussenstand.', '2025-03-01')).toBe('2025-07-03');
  });

  it('reads a member\'s question put as a noun as a question', () => {
    expect(to('Mijn eerste vraag aan de minister is dan ook of zij genegen is het wetsvoorstel te evalueren, bijvoorbeeld na drie jaar en twee maanden.', '2012-09-11')).toBeNull();
    expect(to('Mijn vraag is wanneer de minister de Kamer in het najaar van 2025 informeert.', '2025-03-01')).toBeNull();
  });

  it('reads a year after a target noun as the year the target is for', () => {
    expect(to('Het Akkoord focust op het verbeteren van de productsamenstelling, met einddoelen voor 2020.', '2015-12-17')).toBeNull();
    expect(to('Het kabinet stelt de doelstellingen voor 2026 vast in overleg met de sector.', '2024-03-01')).toBeNull();
    expect(to('Ik zal de wetswijziging aan de hand van deze doelen in 2026 evalueren.', '2024-03-01')).toBe('2026-12-31');
  });

  it('reads a body outside the government asked in a passive as keeping the term', () => {
    expect(to('Het Adviescollege Toetsing Administratieve Lasten (ACTAL) is gevraagd de toets uit te voeren en de resultaten voor 1 mei klaar te hebben.', '2006-02-23')).toBeNull();
    expect(to('Het Planbureau voor de Leefomgeving is verzocht in het najaar een analyse op te stellen.', '2024-03-01')).toBeNull();
    expect(to('De minister is gevraagd de Kamer voor 1 mei te informeren.', '2006-02-23')).toBe('2006-04-30');
    // "Er is gevraagd" names nobody asked: the request keeps its term.
    expect(to('Er is gevraagd om voor 1 juli een brief aan de Kamer te sturen.', '2024-03-01')).toBe('2024-06-30');
  });

  it('reads the aim of what was already done as an aim', () => {
    expect(to('Door middel van deze brief informeer ik u over acties die ik heb ondernomen en afspraken die er zijn gemaakt om zo spoedig mogelijk invulling te geven aan de moties.', '2011-05-25')).toBeNull();
    expect(to('Ik heb de maatregelen getroffen die nodig zijn om de achterstand voor 1 juli 2026 weg te werken.', '2026-02-01')).toBe('2026-06-30');
  });

  it('reads a series delivered to someone other than the Kamer as how often a duty is met', () => {
    expect(to('De meetgegevens worden jaarlijks op grond van de Drinkwaterwet aan de Inspectie Leefomgeving en Transport gerapporteerd.', '2015-11-24')).toBeNull();
    expect(to('De gemeenten rapporteren halfjaarlijks aan het CBS over de uitkeringen.', '2024-03-01')).toBeNull();
    expect(found('Ik rapporteer halfjaarlijks aan uw Kamer over de voortgang.', '2024-03-01')?.kind).toBe('recurring');
  });

  it('reads an evaluation that takes place as a thing delivered, as a delivery that takes place is', () => {
    expect(to('In september 2011 heeft de Tweede Kamer een uitstelbrief ontvangen waarin staat aangegeven dat de pilots nog lopen en dat de evaluatie in 2013 plaatsvindt.', '2012-09-18')).toBe('2013-12-31');
    expect(to('De beleidsdoorlichting vindt plaats in het voorjaar van 2013.', '2012-09-18')).toBe('2013-05-31');
    expect(to('De conferentie vindt plaats in het voorjaar van 2013.', '2012-09-18')).toBeNull();
  });

  it('reads the meeting at hand as now', () => {
    expect(found('De voorzitter: Welkom bij dit wetgevingsoverleg in het kader van de begrotingsbehandeling Energie.', '2014-01-28')).toBeNull();
    expect(found('Welkom bij dit eerste algemene overleg van het nieuwe jaar van de vaste commissie voor Defensie.', '2010-03-01')).toBeNull();
    expect(found('Ik zal u voor het wetgevingsoverleg over de begroting een brief sturen.', '2014-01-28')?.kind).toBe('event');
  });
});

describe('findDeadline: a clause of time whatever its predicate, before the writer\'s own act', () => {
  it.each([
    // held-out-13 (Kamerstuk 27 925, nr. 566), held-out-12 (Kamerstuk 29 659, nr. 64), the twenty-fourth dev round (Kamerstuk 30 826, nr. 11).
    ['Zodra het onderzoek daartoe aanleiding geeft, zullen wij u nader informeren.', 'Zodra het onderzoek daartoe aanleiding geeft'],
    ['Zodra Staatsbosbeheer en de Waddengemeenten tot overeenstemming zijn gekomen, zal ik uw Kamer hierover informeren.', 'Zodra Staatsbosbeheer en de Waddengemeenten tot overeenstemming zijn gekomen'],
    ['Zodra ik de onderzoeksresultaten ontvangen heb, zal ik de Kamer daarover berichten.', 'Zodra ik de onderzoeksresultaten ontvangen heb'],
    ['Nadat de provincie haar besluit heeft genomen, stuur ik u de uitkomst.', 'Nadat de provincie haar besluit heeft genomen'],
    // Participles without a "ge-" in front, closing the clause after their auxiliary.
    ['Zodra het plan is goedgekeurd, zal ik u informeren.', 'Zodra het plan is goedgekeurd'],
    ['Zodra het convenant is ondertekend, zal ik u informeren.', 'Zodra het convenant is ondertekend'],
    ['Zodra het voorstel is ingediend, zal ik u informeren.', 'Zodra het voorstel is ingediend'],
    ['Zodra het kabinet heeft besloten, zal ik u informeren.', 'Zodra het kabinet heeft besloten'],
  ])('"%s" waits on the event the clause names', (text, phrase) => {
    const found = find(text);
    expect(found).toMatchObject({ kind: 'event', phrase, resolution: { to: null } });
  });

  it.each([
    // Real sentences of the finder's sets: another's act after the event, or a clause of time inside the sentence.
    'Zodra die de Eerste Kamer hebben bereikt, zal zo snel mogelijk een debat worden ingepland.',
    'Op 10 oktober heeft minister Schultz van Haegen-Maas Geesteranus de vaste commissie voor Infrastructuur en Milieu toegezegd een onderzoek dat de raden van bestuur van NS en Prorail geïnitieerd hebben toe te zenden zodra zij dit ontvangt.',
    'Zodra de situatie in het onderwijs op beide eilanden is gestabiliseerd zal bezien worden of het Tijdelijk besluit vervangen dient te worden.',
    'Zodra het plan is goedgekeurd, wordt het uitgevoerd.',
    // The extract corpus (Kamerstuk 29 984, nr. 568): the clause inside the sentence, the act not the writer's.
    'Op grond van de aangehaalde bepaling geschiedt de vaststelling van het ontwerpbesluit niet eerder dan vier weken nadat het ontwerpbesluit aan uw Kamer is overgelegd.',
    // "wanneer" is as often "if".
    'Wanneer deze op andere wetten zijn gebaseerd, zal ik dat apart melden.',
  ])('"%s" gets no event from the clause alone', (text) => {
    expect(find(text)).toBeNull();
  });
});
