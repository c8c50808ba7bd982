import { describe, expect, it } from 'vitest';
import { clausesOf, clausesToJudge, speechActOf, thirdPartyAgent } from '../../../src/extract/clause-reading.js';
import { draftFromText } from '../../../src/extract/draft.js';
import { judgeSentence } from '../../../src/extract/promise-cues.js';
import { calendar } from '../deadline/fixture.js';

const act = (sentence: string, undertakes = false) => speechActOf(sentence.toLowerCase(), undertakes);

describe('a sentence read clause by clause', () => {
  it('tells an adverbial clause of reason or condition from a main clause', () => {
    const clauses = clausesOf('omdat de conclusies inhoudelijk niet meer zullen wijzigen, zullen wij de motie uitvoeren');
    expect(clauses.map((clause) => clause.adverbial)).toEqual([true, false]);
    expect(clauses[1]!.text.trim()).toBe('zullen wij de motie uitvoeren');
  });

  it('keeps a decimal comma inside its number (held-out-21: "1,8 miljard euro in 2025")', () => {
    expect(clausesOf('daarom wordt de klimaatfinanciering verhoogd tot 1,8 miljard euro in 2025').length).toBe(1);
    expect(judgeSentence('Daarom wordt de Nederlandse klimaatfinanciering verhoogd tot ten minste 1,8 miljard euro in 2025.', 'body', true).kind).toBe('promise');
  });

  it('reads a negation in the reason as the reason\'s, not the act\'s', () => {
    const verdict = judgeSentence('Omdat de conclusies inhoudelijk niet meer zullen wijzigen, zullen wij de motie uitvoeren en de maatregelen vanaf 15 juli 2010 aanpassen.', 'body', true);
    expect(verdict.kind).toBe('promise');
    expect(judgeSentence('Ik zal uw Kamer niet voor de zomer informeren.', 'body', true).kind).toBe('skip');
  });

  it('reads what this very letter does, wherever the letter is named', () => {
    expect(act('Middels deze brief wil ik uw Kamer op de hoogte stellen van de genomen maatregelen.')).toBe('this-letter');
    expect(act('In het eerste gedeelte van deze voortgangsrapportage zal ik stilstaan bij de resultaten.')).toBe('this-letter');
    expect(act('Net als in de vorige brief zal deze brief terugblikken op de afgelopen periode.')).toBe('this-letter');
    expect(act('Ik zal hieronder ingaan op de verlenging van de tijdelijke wet.')).toBe('this-letter');
    expect(act('Zoals gebruikelijk zend ik u ook dit voorjaar de Voortgangsrapportage toe.')).toBe('this-letter');
    expect(act('In afwachting van het verschijnen van de Nederlandstalige versie stuur ik u de Engelstalige versie.')).toBe('this-letter');
    expect(act('Ik stuur u voor de zomer de evaluatie.')).toBe('undertaking');
  });

  it('reads the intention a letter tells as an undertaking, not as what the letter does', () => {
    expect(act('Bij deze wil ik u laten weten dat ik voornemens ben de omvorming per 1 januari 2013 te laten plaatsvinden.', true)).toBe('undertaking');
    expect(judgeSentence('Bij deze wil ik u laten weten dat ik voornemens ben de omvorming van het CAK plaats te laten vinden per 1 januari 2013.', 'body', true).kind).toBe('promise');
  });

  it('reads what the writer told before as reported, unless it is restated with the act now', () => {
    expect(act('Op 21 maart jl. heb ik u laten weten dat de omvorming op korte termijn plaats zal vinden.')).toBe('earlier-statement');
    expect(act('In mijn brief «Meer dan kwaliteit» van 10 juni 2011 heb ik gemeld de Kamer voor het zomerreces te informeren.')).toBe('earlier-statement');
    expect(act('Zoals ik heb gemeld in mijn brief van 13 september jl. stuur ik u zo spoedig mogelijk een kabinetsreactie.')).toBe('undertaking');
  });

  it('reads a new term the government sets or asks for as an undertaking with that term', () => {
    expect(act('Daarom heb ik besloten om die distributie een maand uit te stellen, naar oktober 2017.')).toBe('term-set');
    expect(act('Daarom verzoek ik u de termijn met 4 weken te verlengen tot 20 februari.')).toBe('term-set');
    expect(judgeSentence('Daarom verzoek ik u de termijn met 4 weken te verlengen tot 20 februari.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Ik verzoek u de vragen voor 1 maart te beantwoorden.', 'body', true).kind).not.toBe('promise');
  });

  it('reads a possibility, or a chance given to others, as no undertaking', () => {
    expect(act('Een gevolg hiervan kan zijn dat de A-brief niet in april aan uw Kamer zal worden aangeboden.')).toBe('possibility');
    expect(act('Tegelijkertijd wil ik de klankbordgroep in de gelegenheid stellen om zorgvuldig te werk te gaan.')).toBe('possibility');
  });

  it('names the agent of a passive when it is a third party, not when it is the government or no one', () => {
    expect(thirdPartyAgent('De begroting zal naar verwachting binnen enkele weken door de Staten van Aruba worden behandeld.')).toBe('de Staten van Aruba');
    expect(thirdPartyAgent('Het onderzoek zal worden uitgevoerd door onderzoeksinstituut ALTERRA van Wageningen UR.')).toBe('onderzoeksinstituut ALTERRA van Wageningen UR');
    expect(thirdPartyAgent('Op korte termijn worden door mij nog gesprekken gevoerd.')).toBeUndefined();
    expect(thirdPartyAgent('De Kamer wordt door de Minister van Economische Zaken geïnformeerd.')).toBeUndefined();
    expect(thirdPartyAgent('De door Toeslagen geconstateerde aspecten zullen u spoedig nagezonden worden.')).toBeUndefined();
    expect(thirdPartyAgent('Dit zal worden bereikt door de invoering van een nieuwe regeling.')).toBeUndefined();
    expect(thirdPartyAgent('Dit voorstel zal door Nederland in de Raad worden ingebracht.')).toBeUndefined();
    expect(thirdPartyAgent('Het wetsvoorstel zal door de Tweede Kamer worden behandeld.')).toBe('de Tweede Kamer');
  });
});

describe('the clause that holds the act, not a clause that describes something', () => {
  it('does not take this document named in a relative clause for what this letter does', () => {
    const sentence = 'Op basis van een aantal dilemma’s die in deze brief wordt geschetst, gaat het kabinet graag in overleg om te evalueren welke informatie uw Kamer nodig heeft.';
    expect(act(sentence)).toBe('undertaking');
    expect(judgeSentence(sentence, 'body', false).kind).toBe('promise');
    expect(judgeSentence('In deze brief ga ik in op de gevolgen voor de planning.', 'body', false).kind).not.toBe('promise');
  });

  it('reads the letter going into its matter below as this letter', () => {
    expect(act('In de onderstaande paragrafen beschrijf ik een aantal suggesties.')).toBe('this-letter');
  });

  it('takes a present act as an undertaking only when the term ahead is its own, not a relative clause\'s', () => {
    const sentence = 'Het kabinet gebruikt deze cijfers om te bezien wat dit betekent voor de lastenontwikkeling zoals het kabinet die op Prinsjesdag presenteert.';
    expect(judgeSentence(sentence, 'body', true, undefined, true, 'op Prinsjesdag').kind).not.toBe('promise');
    expect(judgeSentence('Eind 2025 benadert Defensie de markt.', 'body', true, undefined, true, 'Eind 2025').kind).toBe('promise');
  });
});

describe('the main clause says what the letter does', () => {
  it('reads the writer explaining now in a main clause after an adverbial one as this letter', () => {
    expect(act('Alvorens hierop in te gaan, licht ik eerst de procedure toe die de NVWA hanteert.')).toBe('this-letter');
  });

  it('does not take "ga ik uit van" (assuming) for a future', () => {
    expect(judgeSentence('Ik ga daarbij uit van handhaving via het bestuursrecht.', 'body', false).kind).not.toBe('promise');
  });

  it('takes a decision or a request for a longer term as an undertaking only when it names the term', () => {
    expect(judgeSentence('Daarom verzoek ik u de termijn met 4 weken te verlengen tot 20 februari.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('In aanvulling hierop heb ik besloten om ook een klankbordgroep van externe deskundigen in te stellen.', 'body', false).kind).not.toBe('promise');
  });
});

describe('a clause read apart proposes a promise the sentence as a whole hides', () => {
  it('reads the main clause after a fronted condition without the condition\'s words', () => {
    expect(clausesToJudge('Mocht de agenda van de Raad wijzigen, dan wordt u daarover nader geïnformeerd.').map((clause) => clause.text)).toEqual(['wordt u daarover nader geïnformeerd.']);
    const verdict = judgeSentence('Mocht het verslag op onderdelen anders zijn, dan wordt u hierover nader geïnformeerd.', 'body', false);
    expect(verdict.kind).toBe('promise');
    expect(verdict.cues.map((cue) => cue.kind)).toEqual(expect.arrayContaining(['hedge', 'clause']));
    expect(judgeSentence('Indien de planning niet gehaald wordt, zal ik uw Kamer daarover informeren.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Mocht dat nodig zijn dan zal de Kamer daarover worden geïnformeerd.', 'body', false).kind).toBe('promise');
  });

  it('keeps the condition\'s main clause out when it is no undertaking', () => {
    expect(judgeSentence('Mocht de Commissie haar voorstel wijzigen, dan zal het voorzitterschap een nieuwe tekst verspreiden.', 'body', false).kind).not.toBe('promise');
    expect(judgeSentence('Als de kosten stijgen, zal het tekort groter worden.', 'body', false).kind).not.toBe('promise');
  });

  it('reads a coordinated clause with the government subject it shares', () => {
    const sentence = 'Dat neemt niet weg dat het kabinet de zorgen van de Kamer serieus neemt en het uitlekken van stukken ook zal tegengaan.';
    expect(clausesToJudge(sentence).map((clause) => clause.text)).toEqual(['het kabinet het uitlekken van stukken ook zal tegengaan.']);
    expect(judgeSentence(sentence, 'body', false).kind).toBe('promise');
  });

  it('does not give a relative clause\'s coordinated future the subject of the clause around it', () => {
    expect(clausesToJudge('Ik waardeer dat de leden meedenken over de ontwikkelingen die nu plaatsvinden en nog plaats zullen vinden.')).toEqual([]);
  });

  it('keeps a question or a request a question or a request, whatever its clauses say', () => {
    expect(judgeSentence('Mocht de planning wijzigen, wordt de Kamer dan geïnformeerd?', 'question', false).kind).not.toBe('promise');
    expect(judgeSentence('De leden verzoeken de regering, indien de planning wijzigt, de Kamer te informeren en zal zij dat ook doen?', 'body', false).kind).not.toBe('promise');
  });
});

describe('forms of the impersonal passive', () => {
  it('reads a participle with "onder" and a strong one in -n as an act, not a future of being', () => {
    expect(judgeSentence('Op 1 maart zal de intentieverklaring worden ondertekend door alle betrokken partijen.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Daarbij zal zoveel als mogelijk recht worden gedaan aan de wensen van uw Kamer.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('De bypass zal een oplossing worden voor de knelpunten.', 'body', false).kind).not.toBe('promise');
  });

  it('reads the future passive with its participle first, across a list and across an aside after the auxiliary', () => {
    expect(judgeSentence('Het ILG en de EHS zullen daarom gedecentraliseerd worden.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('De evaluatie zal in 2026 uitgevoerd worden.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('In dat licht zal ook intensieve technische en beleidsmatige samenwerking met België, Duitsland en Frankrijk worden gezocht.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('De ingediende zienwijzen zullen, tezamen met het advies van de Commissie voor de milieueffectrapportage, zorgvuldig worden bestudeerd en betrokken bij de besluitvorming.', 'body', false).kind).toBe('promise');
    // A future of being stays one, and a comma that ends a clause ends the middle field.
    expect(judgeSentence('De regeling zal daarom overbodig worden.', 'body', false).kind).not.toBe('promise');
    expect(judgeSentence('De uitkomst zal bekend worden.', 'body', false).kind).not.toBe('promise');
    expect(judgeSentence('De gemeenten zullen de plannen uitvoeren, waarna de resultaten worden besproken.', 'body', false).kind).not.toBe('promise');
  });

  it('reads the Tweede or Eerste Kamer told it will be informed as the Kamer told', () => {
    expect(judgeSentence('De Tweede Kamer wordt hierover geïnformeerd via de voortgangsrapportage.', 'body', false).kind).toBe('promise');
  });
});

describe('the government\'s undertaking said without a verb of the list', () => {
  it('reads work said impersonally with "er" as the government\'s, not a forecast', () => {
    expect(judgeSentence('Er zullen de komende maanden nog gesprekken volgen met de gemeenten en de provincies.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Er zal in het voorjaar een evaluatie plaatsvinden.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Er zal een tekort ontstaan in de komende jaren.', 'body', false).kind).not.toBe('promise');
    expect(judgeSentence('Er zullen nog vele debatten volgen.', 'body', false).kind).not.toBe('promise');
  });

  it('reads an aim named as a noun of the act as an intention with an act, an aim for a state not', () => {
    expect(judgeSentence('Het streven is gericht op publicatie van het rapport met de kabinetsreactie.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Het streven is gericht op een gezonde leefomgeving voor iedereen.', 'body', false).kind).not.toBe('promise');
  });

  it('reads government work planned for a time ahead by a participle, not a council\'s advice', () => {
    expect(judgeSentence('Dit maakt deel uit van de bredere beleidsdoorlichting van artikel 2, voorzien in 2027.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('De evaluatie van de wet staat gepland voor het najaar van 2026.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Het vervolgadvies van de raad staat gepland voor het zomerreces van 2026.', 'body', true).kind).not.toBe('promise');
  });

  it('reads "wil ik bezien" how to work out an act as an intention, weighing whether not', () => {
    expect(judgeSentence('Samen met de sector wil ik bezien wat de beste manier is om de maatregelen uit te werken.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Ik wil bezien of dit nodig is.', 'body', false).kind).not.toBe('promise');
  });
});

describe('a promise by reference', () => {
  const letter = (second: string) => `Den Haag, 2 februari 2009\n\nUiteraard zal de Kamer middels de geannoteerde agenda voor deze Voorjaarsraad op de hoogte worden gesteld van de Nederlandse inzet. ${second}\n\nDe Minister van Buitenlandse Zaken,\n`;

  it('makes "Hetzelfde geldt voor …" right after a promise the same undertaking for that occasion', () => {
    const draft = draftFromText(letter('Hetzelfde geldt voor de Milieuraad van 2 maart.'), { calendar, fallbackDate: '2009-02-02' });
    expect(draft.commitments).toHaveLength(2);
    expect(draft.commitments[1]!.quote).toContain('Hetzelfde geldt voor de Milieuraad');
    expect(draft.commitments[1]!.cues.map((cue) => cue.kind)).toContain('reference');
  });

  it('makes nothing of it after a sentence that is no promise', () => {
    const draft = draftFromText('Den Haag, 2 februari 2009\n\nDe Raad heeft het voorstel besproken. Hetzelfde geldt voor de Milieuraad van 2 maart.\n', { calendar, fallbackDate: '2009-02-02' });
    expect(draft.commitments).toHaveLength(0);
  });
});

describe('the thirteenth round\'s classes', () => {
  it('reads "De verwachting is dat wij … kunnen" as the writer\'s expected act, a forecast of others not', () => {
    expect(judgeSentence('De verwachting is dat wij het plan in juni kunnen vaststellen.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Het is de verwachting dat de kosten in 2026 zullen stijgen.', 'body', true).kind).not.toBe('promise');
  });

  it('reads informing on the outcomes of what was just said to come as ahead', () => {
    expect(judgeSentence('Over de uitkomsten hiervan bericht ik Uw Kamer.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Over de uitkomsten van de Raad bericht ik u hieronder.', 'body', false).kind).not.toBe('promise');
  });

  it('reads a minister\'s own steps in a debate as what the speech does', () => {
    expect(judgeSentence('Aan het einde van mijn korte inleiding zal ik de blokjes toelichten.', 'body', false).kind).not.toBe('promise');
    expect(judgeSentence('Ik zal na deze korte introductie vragen uit de Kamer beantwoorden over de economie.', 'body', false).kind).not.toBe('promise');
    expect(judgeSentence('Ik wil kort een inleiding geven.', 'body', false).kind).not.toBe('promise');
    expect(judgeSentence('Ik zal na de zomer de evaluatie aan uw Kamer sturen.', 'body', true).kind).toBe('promise');
  });

  it('drafts nothing from an Eerste Kamer committee\'s verslag, whose words are the members\'', () => {
    const verslag = '36 512 Wijziging van de Woningwet\n\nF VERSLAG VAN DE VASTE COMMISSIE VOOR VOLKSHUISVESTING\n\nVastgesteld 17 september 2025\n\nDe Minister verwacht de wet sneller te kunnen vaststellen in samenwerking met de Eerste Kamer.\n';
    expect(draftFromText(verslag, { calendar, fallbackDate: '2025-09-17' }).commitments).toHaveLength(0);
    const letter = 'Den Haag, 17 september 2025\n\nIk verwacht de wet sneller te kunnen vaststellen in samenwerking met de Eerste Kamer.\n\nDe Minister van Volkshuisvesting,\n';
    expect(draftFromText(letter, { calendar, fallbackDate: '2025-09-17' }).commitments).toHaveLength(1);
  });
});

describe('the present with future meaning, by what it waits on or where it goes', () => {
  it('reads the writer\'s present act after a fronted condition or time as ahead, not an act inside the condition', () => {
    expect(judgeSentence('Als de evaluatie gereed is, stuur ik deze naar uw Kamer.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Wanneer er meer bekend is, informeer ik uw Kamer.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Indien nodig kom ik hierop terug.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Nadat de Raad van State heeft geadviseerd, wordt het wetsvoorstel bij uw Kamer ingediend.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Als de overheid burgers goed informeert over de wet, neemt het draagvlak toe.', 'body', false).kind).not.toBe('promise');
  });

  it('reads a document said to follow, the verb first, as the government\'s, not another\'s', () => {
    expect(judgeSentence('Na de zomer volgt de kabinetsreactie op het advies.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Daarop volgt een brief van de Commissie.', 'body', true).kind).not.toBe('promise');
    expect(judgeSentence('Hieruit volgt de conclusie dat het beleid werkt.', 'body', false).kind).not.toBe('promise');
  });

  it('reads the government attending a meeting as an act, taking part in a programme not', () => {
    expect(judgeSentence('De Minister van Justitie en Veiligheid en de Staatssecretaris van Justitie en Veiligheid nemen beiden deel aan de Home-dag.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('De minister van Buitenlandse Zaken neemt deel aan de Raad.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Nederland neemt deel aan het programma voor de veiligheid van kerncentrales.', 'body', false).kind).not.toBe('promise');
  });

  it('reads "Nederland zal …" as the government in the Council', () => {
    expect(judgeSentence('Nederland zal zich inspannen om dit onderwerp weer op de agenda te plaatsen.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('De Commissie zal Nederland hierover informeren.', 'body', false).kind).not.toBe('promise');
  });

  it('reads the writer acting in the coming months as ahead, also without "in"', () => {
    expect(judgeSentence('De komende maanden werk ik de plannen verder uit.', 'body', false).kind).toBe('promise');
  });
});

describe('the government\'s plan told as planning, a document going on, work starting', () => {
  it('reads "De planning is …" at the head as the writer\'s plan', () => {
    expect(judgeSentence('De planning is dat het wetsvoorstel in het najaar naar de Tweede Kamer gaat.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('De planning is erop gericht het wetsvoorstel voor de zomer in te dienen.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Streven is om voor 1 juli een besluit te nemen.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Mijn inzet is erop gericht om de maatregelen zo kort mogelijk te laten duren.', 'body', false).kind).not.toBe('promise');
  });

  it('reads a government document going to the Raad van State or a consultation at a time ahead as sent, what it is about not', () => {
    expect(judgeSentence('Het wetsvoorstel gaat naar verwachting in het najaar naar de Raad van State.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Het conceptwetsvoorstel gaat dit voorjaar in internetconsultatie.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Het wetsvoorstel gaat over de bescherming van persoonsgegevens.', 'body', false).kind).not.toBe('promise');
  });

  it('reads work the ministry commissions starting at a time ahead, the verb first, not a body starting it', () => {
    expect(judgeSentence('Begin 2026 start de evaluatie van de wet.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('Begin 2026 start de Europese Commissie een onderzoek.', 'body', true).kind).not.toBe('promise');
  });
});

describe('the writer\'s present act as soon as possible', () => {
  it('reads "zo snel als mogelijk" with the writer acting as a term set', () => {
    expect(judgeSentence('Ik voer de voorgenomen maatregelen zo snel als mogelijk uit.', 'body', false).kind).toBe('promise');
    expect(judgeSentence('Ik heb de maatregelen zo snel als mogelijk uitgevoerd.', 'body', false).kind).not.toBe('promise');
  });
});

describe('answers\' forms of undertaking', () => {
  it('reads "ben bereid … te <act>" as an intention with an act, being transparent or not willing not', () => {
    expect(judgeSentence('Ik ben bereid de Kamer hierover te informeren.', 'answer', false).kind).toBe('promise');
    expect(judgeSentence('Ik ben bereid om dit met de sector te bespreken.', 'answer', false).kind).toBe('promise');
    expect(judgeSentence('Ik ben niet bereid de regeling aan te passen.', 'answer', false).kind).not.toBe('promise');
    expect(judgeSentence('Gezien de impact is het kabinet bereid zoveel als mogelijk transparant te zijn over het verloop van de gesprekken om te komen tot een akkoord.', 'body', false).kind).not.toBe('promise');
  });

  it('reads the Kamer told it will be informed as a promise also without a verb of the lists ("wordt u … nader bericht")', () => {
    expect(judgeSentence('Over de precieze invulling wordt u na de zomer nader bericht.', 'body', true).kind).toBe('promise');
    expect(judgeSentence('U bent hierover in maart bericht.', 'body', false).kind).not.toBe('promise');
  });

  it('reads "Wij houden u op de hoogte" as a standing promise', () => {
    expect(judgeSentence('Wij houden u op de hoogte.', 'body', false).kind).toBe('promise');
  });
});

describe('held-out-8\'s forms of undertaking, by class', () => {
  const verdict = (sentence: string, due = false, role: 'body' | 'answer' = 'body') => judgeSentence(sentence, role, due);
  const cueOf = (sentence: string, due = false) => verdict(sentence, due).cues.map((cue) => `${cue.kind}:${cue.text}`).join(' | ');

  it('reads the Kamer sent something in the present passive as the government delivering, the past not', () => {
    expect(verdict('Het verslag van het andere deel van de Raad (Werkgelegenheid, Sociaal Beleid en Consumentenzaken) van donderdag 2 juni, wordt u separaat gestuurd.').kind).toBe('promise');
    expect(verdict('Het rapport wordt u na verschijnen gezonden.').kind).toBe('promise');
    expect(verdict('De ontbrekende bijlage wordt u zo spoedig mogelijk nagezonden.').kind).toBe('promise');
    expect(verdict('Het verslag werd u op 3 juni gestuurd.').kind).not.toBe('promise');
    expect(verdict('Het verslag is u op 3 juni gestuurd.').kind).not.toBe('promise');
  });

  it('reads the Kamers as the receiver of a passive delivery, also in the main clause after a condition', () => {
    const conditional = verdict('Wanneer er na de evaluatie een voornemen is om de AMvB te wijzigen, dan wordt dat voornemen gedeeld met beide Kamers.');
    expect(conditional.kind).toBe('promise');
    expect(conditional.cues.some((cue) => cue.kind === 'clause')).toBe(true);
    expect(verdict('De uitkomsten worden gedeeld met de Tweede Kamer.').kind).toBe('promise');
    expect(verdict('Het conceptbesluit wordt voorgelegd aan beide Kamers.').kind).toBe('promise');
    expect(verdict('De uitkomsten zijn gedeeld met de Tweede Kamer.').kind).not.toBe('promise');
    expect(verdict('De gegevens worden gedeeld met de gemeenten.').kind).not.toBe('promise');
  });

  it('reads an agreement with the Kamer that it is informed, said with the Kamer as the subject of its clause', () => {
    expect(verdict('Ik heb met uw Kamer afgesproken dat uw Kamer in elke geannoteerde agenda van de (informele) EU Gezondheidsraad wordt geïnformeerd over de voortgang van de onderhandelingen.').kind).toBe('promise');
    expect(verdict('Ik zeg toe dat de Kamer na afloop van elke Raad wordt geïnformeerd.').kind).toBe('promise');
    expect(verdict('Ik constateer dat de Kamer in de vorige brief is geïnformeerd.').kind).not.toBe('promise');
  });

  it('reads an agreement to act by an infinitive with a time ahead as the parties\' undertaking, one that names its own subject or party not', () => {
    expect(cueOf('Afgesproken is snel na de zomer een bestuursakkoord overeen te komen, waarna de Eilandsraad het bekrachtigt.')).toContain('future:afgesproken is');
    expect(verdict('Er is afgesproken om voor het zomerreces een gezamenlijk plan op te stellen.', true).kind).toBe('promise');
    expect(verdict('Wij hebben met de provincies afgesproken om in het najaar een uitvoeringsagenda op te stellen.', true).kind).toBe('promise');
    expect(verdict('Afgesproken is dat de komende maanden een meerjarenprogramma met de eilanden zal worden uitgewerkt.', true).kind).not.toBe('promise');
    expect(verdict('In het pensioenakkoord is afgesproken om in 2026 de regeling te evalueren.', true).kind).not.toBe('promise');
    expect(verdict('Afgesproken is de regeling te evalueren.').kind).not.toBe('promise');
  });

  it('reads the writer\'s intention or future in a relative clause on a thing to be made or sent', () => {
    expect(cueOf('Dit rapport verdient een goede analyse, die we vanuit de Ministeries Volksgezondheid, Welzijn en Sport en Economische Zaken en Klimaat gezamenlijk willen maken.')).toContain('future:analyse, die we');
    expect(verdict('De Kamer ontvangt dan een kabinetsreactie, die ik u voor de zomer zal sturen.').kind).toBe('promise');
    expect(verdict('Daarvoor komt er een nieuwe verkenning, die wij samen met de sector gaan uitvoeren.').kind).toBe('promise');
    expect(verdict('Dit zijn de keuzes, die we samen willen maken.').kind).not.toBe('promise');
    expect(verdict('Dit is de analyse die de commissie wil maken.').kind).not.toBe('promise');
    expect(verdict('Het onderzoek dat wij hebben laten uitvoeren, is afgerond.').kind).not.toBe('promise');
  });

  it('reads the writer delivering in the present with a time soon ahead, after a fronted clause too', () => {
    expect(cueOf('Er zijn ook zaken die meer tijd en afstemming vergen, daarover sturen we binnenkort een aanvullende brief.')).toContain('deliver:sturen we binnenkort');
    expect(verdict('Op korte termijn informeer ik u over de uitkomsten van het overleg.').kind).toBe('promise');
    expect(verdict('Binnenkort stuur ik u het verslag van de bijeenkomst.').kind).toBe('promise');
    expect(verdict('Binnenkort verschijnt het rapport van de commissie.').kind).not.toBe('promise');
    expect(verdict('Daarover heb ik u binnenkort na de zomer geïnformeerd.').kind).not.toBe('promise');
  });

  it('keeps the motion a relative clause names from making the sentence a request, and its term from being the promise\'s', () => {
    const text = 'Den Haag, 8 mei 2020\n\nEr zijn ook zaken die meer tijd en afstemming vergen, daarover sturen we binnenkort een aanvullende brief, onder andere over de motie van het lid Yeşilgöz-Zegerius over versterkte handhaving, waarin wordt verzocht uw Kamer voor 1 juni aanstaande te informeren.\n\nDe Minister van Justitie en Veiligheid\n';
    const draft = draftFromText(text, { calendar, fallbackDate: '2020-05-08' });
    expect(draft.commitments).toHaveLength(1);
    expect(draft.commitments[0]!.due).toMatchObject({ kind: 'phrase', phrase: 'binnenkort' });
    expect(verdict('De Kamer heeft verzocht de regeling voor 1 juni aan te passen.').kind).not.toBe('promise');
  });

  it('reads a decision of the writer to have something done as an undertaking, a decision done or without commissioned work not', () => {
    expect(cueOf('De ernst van de situatie heeft mij doen besluiten de aard en omvang van deze problematiek nader te laten onderzoeken.')).toContain('future:heeft mij doen besluiten');
    expect(verdict('Daarom heb ik besloten de effecten van de maatregel te laten evalueren.').kind).toBe('promise');
    expect(verdict('Het kabinet heeft besloten de regeling door een extern bureau te laten doorlichten.').kind).toBe('promise');
    expect(verdict('Daarom heb ik besloten om ook een klankbordgroep in te stellen.').kind).not.toBe('promise');
    expect(verdict('In 2019 heb ik besloten de problematiek te laten onderzoeken; het onderzoek is in 2020 afgerond.').kind).not.toBe('promise');
  });

  it('reads a negation inside a condition the act embeds as the condition\'s: a coalition agreement\'s intention', () => {
    expect(verdict('In het regeerakkoord is het voornemen opgenomen om als de effecten in kaart zijn gebracht en deze geen belemmering vormen voor een zorgvuldige uitvoering, met een wetsvoorstel te komen.').kind).toBe('promise');
    expect(verdict('Ik zal als de evaluatie er geen aanleiding toe geeft, de regeling ongewijzigd laten en u dat melden.').kind).toBe('promise');
    expect(verdict('Ik ben niet voornemens de regeling te wijzigen als de evaluatie daar aanleiding toe geeft.').kind).not.toBe('promise');
  });

  it('reads the Eerste Kamer register\'s third-person summary with the act after "toe" and words between, and an obligation in an embedded question as the question\'s', () => {
    expect(verdict('Minister Donner zegt toe bij de herziening van het Wetboek van Strafvordering te zullen bekijken of daar definities in moeten worden opgenomen voor termen als “gegevens”.').kind).toBe('promise');
    expect(verdict('De staatssecretaris zegt de Kamer toe door middel van een geobjectiveerde weergave de inhoud van de gespreksverslagen van de provinciale regietafels, waar wordt gesproken over opvanglocaties, te verstrekken.').kind).toBe('promise');
    expect(verdict('De regering zegt toe binnen een jaar na inwerkingtreding de wet te evalueren.').kind).toBe('promise');
    expect(verdict('De minister zal bekijken of de regeling moet worden aangepast.').kind).toBe('promise');
    expect(verdict('De gemeenten zullen de regeling moeten aanpassen.').kind).not.toBe('promise');
  });
});

describe('a present passive of the government\'s act at an occasion still to come', () => {
  const verdict = (sentence: string) => judgeSentence(sentence, 'body', false);

  it('reads the thing done in the next or a later document, or at an event named by a verb, with the words as its cue', () => {
    expect(verdict('De uitkomsten worden vastgelegd tijdens het commissiedebat.').cues.map((cue) => cue.kind)).toContain('deliverable');
    expect(verdict('Deze informatie-afspraken worden vervolgens verankerd in een Europawet.').kind).toBe('promise');
    expect(verdict('De uitkomsten worden verwerkt in de volgende voortgangsrapportage.').kind).toBe('promise');
    expect(verdict('Bij het bereiken van de mijlpaal wordt het beeld geactualiseerd.').kind).toBe('promise');
  });

  it('reads no occasion in a description, the Kamer\'s own treatment, a past or a named third party', () => {
    expect(verdict('Bij de Najaarsnota worden wijzigingen doorgevoerd.').kind).not.toBe('promise');
    expect(verdict('De regeling wordt uitgevoerd in een aantal gemeenten.').kind).not.toBe('promise');
    expect(verdict('De kosten worden geraamd in een nota.').kind).not.toBe('promise');
    expect(verdict('Het wetsvoorstel wordt behandeld tijdens de plenaire behandeling van de Eerste Kamer.').kind).not.toBe('promise');
    expect(verdict('De amendementen werden besproken tijdens het debat.').kind).not.toBe('promise');
    expect(verdict('Bij het opstellen van de begroting wordt de raming gebruikt.').kind).not.toBe('promise');
  });

  it('reads a turn of the debate itself as the speech\'s own course, no occasion (D2 of session 33)', () => {
    expect(verdict('De resterende vragen worden beantwoordt tijdens de eerste termijn van het kabinet.').kind).not.toBe('promise');
    expect(verdict('De resterende vragen worden beantwoord tijdens de eerste termijn van de zijde van het kabinet.').kind).not.toBe('promise');
    expect(verdict('De overige vragen worden beantwoord tijdens de tweede termijn.').kind).not.toBe('promise');
  });
});

describe('the fifteenth round\'s classes', () => {
  const verdict = (sentence: string, due = false) => judgeSentence(sentence, 'body', due);

  it('reads a speaker ordering a debate\'s answers as what the speech does, answers in writing or at a term as promised', () => {
    expect(verdict('Ik zal in de beantwoording van de vragen allereerst proberen een aantal thema\'s te bespreken die velen aan de orde hebben gesteld.').why).toBe('this-letter');
    expect(verdict('Ik zal ze maar even noemen zodat de woordvoerders weten wat er aankomt.').why).toBe('this-letter');
    expect(verdict('Daarna wil ik per spreker de nog resterende vragen trachten te beantwoorden.').why).toBe('this-letter');
    expect(verdict('Die zal ik beantwoorden.').why).toBe('this-letter');
    expect(verdict('Ik zal de resterende vragen schriftelijk beantwoorden.').kind).toBe('promise');
    expect(verdict('Daarna zal ik de vragen van de commissie voor 1 mei beantwoorden.', true).kind).toBe('promise');
  });

  it('reads beginning with a question as the speech\'s step, starting work ahead still as the writer\'s act', () => {
    expect(verdict('Ik begin met een vraag over Defensie.').kind).not.toBe('promise');
    expect(verdict('Wij beginnen met de vragen over de begroting.').kind).not.toBe('promise');
    expect(verdict('In maart begin ik met een pilot in vijf gemeenten.', true).kind).toBe('promise');
  });

  it('reads a speaker who will begin with a part of the speech as its order, beginning work ahead still as an act', () => {
    expect(verdict('Ik zal beginnen met een algemeen deel, dan de schaderoute, dan iets meer over de schade en dan een aantal andere zaken.').why).toBe('this-letter');
    expect(verdict('Ik wil graag beginnen met het blok over de uitvoering.').why).toBe('this-letter');
    expect(verdict('We gaan beginnen met de vragen over het pensioenstelsel.').why).toBe('this-letter');
    expect(verdict('Ik zal in maart beginnen met een pilot in vijf gemeenten.', true).kind).toBe('promise');
    expect(verdict('Ik zal beginnen met de uitvoering van het plan van aanpak.').kind).toBe('promise');
  });

  it('reads an aim of working on changes as no act, working on a deliverable as one', () => {
    expect(verdict('Ik wil daarom samen met universiteiten en hogescholen werken aan de veranderingen die nodig zijn.').kind).not.toBe('promise');
    expect(verdict('Ik wil samen met de sector werken aan een actieplan dat ik u voor de zomer stuur.', true).kind).toBe('promise');
  });

  it('reads the government thanking for a report as no act, whatever its "voor" reads like', () => {
    expect(verdict('De regering dankt de vaste commissie voor het verslag dat zij heeft uitgebracht.', true).kind).not.toBe('promise');
    expect(verdict('Het kabinet verwelkomt het advies van de Raad.', true).kind).not.toBe('promise');
  });
});

describe('the writer delivering after something else, and a document said to follow, in the present', () => {
  const letter = (sentence: string) => `Den Haag, 15 januari 2025\n\n${sentence}\n\nDe Minister van Justitie en Veiligheid\n`;
  const drafted = (sentence: string) => draftFromText(letter(sentence), { calendar, fallbackDate: '2025-01-15' }).commitments.length;

  it('reads "waarna ik …" and coming back afterwards as ahead, a past or a letter\'s order not', () => {
    expect(drafted('Het onderzoek wordt dit najaar afgerond, waarna ik u de resultaten stuur.')).toBe(1);
    expect(drafted('Ik wacht het advies af en kom daarna bij uw Kamer terug.')).toBe(1);
    expect(drafted('Het onderzoek werd in mei afgerond, waarna ik u de resultaten heb gestuurd.')).toBe(0);
    expect(drafted('Daarna ga ik in op de kosten van de maatregel.')).toBe(0);
  });

  it('reads a working out, an answer or an overview said to follow at a time ahead, also with the time before it', () => {
    expect(drafted('De uitwerking hiervan volgt in het najaar.')).toBe(1);
    expect(drafted('Er volgt voor de zomer een brief over de uitkomsten.')).toBe(1);
    expect(drafted('Hieruit volgt een overzicht van de kosten.')).toBe(0);
    expect(drafted('Daarop volgt voor de zomer een brief van de Commissie.')).toBe(0);
  });
});

describe('the Eerste Kamer register\'s summaries in their common word orders', () => {
  const verdict = (sentence: string) => judgeSentence(sentence, 'body', false, undefined, false);

  it('reads "zegt (de Kamer) toe" with a comma after it, or with the act\'s object right after it', () => {
    expect(verdict('De minister zegt de Kamer toe, in de evaluatie aandacht te besteden aan de positie van gemeenten.').kind).toBe('promise');
    expect(verdict('De minister zegt de Kamer toe, dat zij de Kamer op de hoogte houdt van de voortgang.').kind).toBe('promise');
    expect(verdict('De staatssecretaris zegt de Kamer toe de resultaten van de pilot met de Kamer te delen.').kind).toBe('promise');
    expect(verdict('De minister zegt de Kamer toe om, zodra de evaluatie is afgerond, de Kamer te informeren.').kind).toBe('promise');
  });

  it('reads "zegt (de Kamer) toe" with any word before the act, as an adverb of time or manner', () => {
    expect(verdict('De minister zegt toe voortaan de jaarverslagen van de inspectie ook aan de Eerste Kamer te sturen.').kind).toBe('promise');
    expect(verdict('De staatssecretaris zegt de Kamer toe jaarlijks over de voortgang van de pilots te rapporteren.').kind).toBe('promise');
    expect(verdict('De minister zegt toe voortaan geen nieuwe vergunningen meer te verlenen.').kind).not.toBe('promise');
  });

  it('reads no promise in a promise to refrain, said in these orders too', () => {
    expect(verdict('De minister zegt de Kamer toe, de regeling niet in werking te laten treden voordat de evaluatie er is.').kind).not.toBe('promise');
    expect(verdict('De staatssecretaris zegt de Kamer toe geen onomkeerbare stappen te zetten.').kind).not.toBe('promise');
  });
});

describe('the government in the Council, the Kamer getting a document, sharing in due time', () => {
  const letter = (sentence: string) => `Den Haag, 15 januari 2025\n\n${sentence}\n\nDe Minister van Buitenlandse Zaken\n`;
  const drafted = (sentence: string) => draftFromText(letter(sentence), { calendar, fallbackDate: '2025-01-15' }).commitments.length;

  it('reads "Nederland" as the subject a coordinated future shares, not where the conjunct names another', () => {
    expect(drafted('Nederland steunt het voorstel en zal dit in de Raad uitdragen.')).toBe(1);
    expect(drafted('Nederland steunt het voorstel en de Commissie zal dit verder uitwerken.')).toBe(0);
  });

  it('reads the Kamer getting a document at a time ahead as delivered to it, a past or another\'s letter without a term not', () => {
    expect(drafted('De Kamer krijgt in het voorjaar een brief over de stand van zaken.')).toBe(1);
    expect(drafted('De Kamer kreeg in maart een brief over de stand van zaken.')).toBe(0);
    expect(drafted('De Kamer krijgt veel vragen van burgers.')).toBe(0);
  });

  it('reads the Kamer receiving a document apart from this letter, or told it can expect one, as delivered to it; not what comes with this letter, nor a forecast', () => {
    expect(drafted('U ontvangt separaat ook de beleidsreactie op het rapport van de commissie.')).toBe(1);
    expect(drafted('De Kamer ontvangt in een afzonderlijke brief het overzicht van de moties.')).toBe(1);
    expect(drafted('U kunt een reactie op het advies verwachten binnen de wettelijke termijn.')).toBe(1);
    expect(drafted('U ontvangt hierbij de beleidsreactie op het rapport.')).toBe(0);
    expect(drafted('U ontving op 3 maart separaat de beleidsreactie op het rapport.')).toBe(0);
    expect(drafted('U kunt verwachten dat de kosten stijgen.')).toBe(0);
    expect(drafted('Gemeenten ontvangen separaat een brief over de uitkering.')).toBe(0);
  });

  it('reads sharing "te zijner tijd" in the present as ahead', () => {
    expect(drafted('De uitkomsten van dit onderzoek deel ik te zijner tijd met uw Kamer.')).toBe(1);
    expect(drafted('De uitkomsten van dit onderzoek heb ik in maart met uw Kamer gedeeld.')).toBe(0);
  });
});
