import { describe, expect, it } from 'vitest';
import { titleOf } from '../../../src/extract/draft-title.js';

const title = (sentence: string, deadline?: string) => {
  const start = deadline === undefined ? -1 : sentence.indexOf(deadline);
  return titleOf(sentence, 0, start < 0 ? undefined : { start, end: start + deadline!.length });
};

// found by use: "Ik verwacht u de evaluaties begin 2014 toe te kunnen sturen" was drafted as "Verwacht u de evaluaties toe te kunnen sturen", a question
describe('a title says the act, not the expectation or intention around it', () => {
  it.each([
    ['Ik verwacht u de evaluaties begin 2014 toe te kunnen sturen.', 'begin 2014', 'De Kamer de evaluaties toesturen'],
    ['Ik ben voornemens deel te nemen aan deze Raad.', undefined, 'Deelnemen aan deze Raad'],
    ['Ik streef ernaar de vragen zo spoedig mogelijk na het Kamerreces te beantwoorden.', undefined, 'De vragen zo spoedig mogelijk na het Kamerreces beantwoorden'],
    ['Wij streven er naar om u het kabinetsstandpunt aan te bieden.', undefined, 'De Kamer het kabinetsstandpunt aanbieden'],
    ['Vanzelfsprekend zal ik u te zijner tijd over de resultaten daarvan informeren.', undefined, 'De Kamer te zijner tijd over de resultaten daarvan informeren'],
    ['Ik streef ernaar dat het wetsvoorstel voor de zomer wordt aangeboden.', 'voor de zomer', 'Het wetsvoorstel wordt aangeboden'],
  ])('%s', (sentence, deadline, expected) => {
    expect(title(sentence, deadline)).toBe(expected);
  });

  it.each([
    // no frame: the to-infinitive stays as written
    ['Het kabinet kiest ervoor om de volgende drie elementen in regelgeving op te nemen.', 'Het kabinet kiest ervoor om de volgende drie elementen in regelgeving op te nemen'],
    // a frame with nothing after it keeps its words, the writer with them
    ['Ik verwacht dat.', 'Ik verwacht dat'],
  ])('counter-example: %s', (sentence, expected) => {
    expect(title(sentence)).toBe(expected);
  });
});

// found in the corpus's drafts: taking the writer out of every clause left a verb without its subject ("Verwijs u naar
// …", "Wel blijf de komende tijd …"), taking every "zal" out left a third party without its verb ("Het kabinet deze
// zaak aandachtig blijven volgen")
describe('a title keeps a subject with its verb', () => {
  it.each([
    ['Ik zal uw Kamer voor de zomer informeren over de voortgang.', 'voor de zomer', 'De Kamer informeren over de voortgang'],
    ['Voor 1 juli zullen wij de regeling aanpassen.', 'Voor 1 juli', 'De regeling aanpassen'],
    ['Ik verwijs u voor een voorlopig standpunt naar de regeringsnotitie.', undefined, 'Ik verwijs u voor een voorlopig standpunt naar de regeringsnotitie'],
    ['Het kabinet zal deze zaak aandachtig blijven volgen.', undefined, 'Het kabinet zal deze zaak aandachtig blijven volgen'],
    ['Vanaf dit jaar zal het kabinet dit jaarlijks doen.', undefined, 'Vanaf dit jaar zal het kabinet dit jaarlijks doen'],
    // the writer after the frame's verb, and again after "dat"
    ['Aangezien de onderzoekers meer bronnen hebben betrokken, verwacht ik nu dat ik u de resultaten eind april kan aanbieden.', 'eind april', 'De Kamer de resultaten kan aanbieden'],
    // a clause in the order of a subordinate one: the writer and the modal go, the act stays in the infinitive
    ['De uitkomsten neem ik mee in de voortgangsrapportage, die ik in mei naar de Kamer zal sturen.', 'in mei', 'Naar de Kamer sturen'],
  ])('%s', (sentence, deadline, expected) => {
    const cue = Math.max(...['zal', 'zullen', 'verwijs', 'verwacht'].map((word) => sentence.indexOf(word)));
    expect(titleOf(sentence, cue, deadline === undefined ? undefined : { start: sentence.indexOf(deadline), end: sentence.indexOf(deadline) + deadline.length })).toBe(expected);
  });
});

// found by use: "Om die reden ga ik de verschillende gronden … inzichtelijk maken" was drafted as "Die reden de verschillende gronden …"
describe('a sentence opening with "Om" keeps it; a later clause loses its opener', () => {
  it.each([
    ['Om die reden ga ik de gronden inzichtelijk maken.', 'ga', 'Om die reden de gronden inzichtelijk maken'],
    ['Om bovenstaande redenen wil ik de gegevens van 2024 ook meenemen.', 'wil', 'Om bovenstaande redenen de gegevens van 2024 ook meenemen'],
    ['Dat rapport zal ik u sturen.', 'zal', 'Dat rapport u sturen'],
    // a relative clause passed alone still loses its pronoun (ah-tk-20242025-580)
    ['die ik dit voorjaar naar uw Kamer zal sturen', 'zal', 'Dit voorjaar naar de Kamer sturen'],
    // a purpose clause after a comma is still read without its opener
    ['Ik kom in het voorjaar bij u terug, om u te informeren over de voortgang.', 'informeren', 'U te informeren over de voortgang'],
  ])('%s', (sentence, cue, expected) => {
    expect(titleOf(sentence, sentence.indexOf(cue))).toBe(expected);
  });
});

// found by use: "Ik zal het rapport, samen met …, … naar de Kamer sturen" was drafted "Het rapport", "Om …, zullen wij met provincies, … opstellen" "Met provincies"
describe("a modal's infinitive after asides: the title takes the clause that closes the sentence", () => {
  it.each([
    ['Ik zal het rapport, samen met de literatuurstudie van RIVM, vergezeld van mijn standpunt voor de zomer naar de Kamer sturen.', 'zal', 'voor de zomer', 'Het rapport vergezeld van mijn standpunt naar de Kamer sturen'],
    ['Om de opgave goed in beeld te krijgen, zullen wij met provincies, waterschappen en gemeenten een uitvoeringsagenda opstellen.', 'zullen', undefined, 'Met provincies waterschappen en gemeenten een uitvoeringsagenda opstellen'],
    ['Deze gegevens zal ik, zoals eerder aan uw Kamer toegezegd, komend voorjaar naar de Kamer sturen.', 'zal', 'komend voorjaar', 'Deze gegevens naar de Kamer sturen'],
    // a clause with the act in it, or a relative clause after it, stays as it was
    ['Ik zal de Kamer informeren, die daarom heeft gevraagd.', 'zal', undefined, 'De Kamer informeren'],
    ['Ik zal de Kamer over de voortgang informeren, zodra het rapport er is.', 'zal', undefined, 'De Kamer over de voortgang informeren'],
  ])('%s', (sentence, cue, deadline, expected) => {
    const start = deadline === undefined ? -1 : sentence.indexOf(deadline);
    expect(titleOf(sentence, sentence.indexOf(cue), start < 0 ? undefined : { start, end: start + deadline!.length })).toBe(expected);
  });
});

// found by use (session 38): 21 Eerste Kamer register entries were titled "Toezegging Evaluatie wet (35.424)De Minister van
// … zegt de Kamer", the page's heading and the entry run together; and a footnote's number closed a title ("… geïnformeerd.1").
describe('a title is the promise\'s, not the page\'s', () => {
  it.each([
    // ek-T02844, ek-rappel-bzk-T01970, ek-T01753
    ['Toezegging Evaluatie wet (35.424)De Minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer toe al tijdens de looptijd van de wet een evaluatie uit te voeren.', 'Evaluatie wet'],
    ['Toezegging Schrappen artikel 5, tweede lid, sub d van de Algemene wet gelijke behandeling (33.344) (T01970)\nDe Minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer toe een voorstel te doen.', 'Schrappen artikel 5, tweede lid, sub d van de Algemene wet gelijke behandeling'],
    ['Toezegging Planning, opzet en opdracht evaluatie staatkundige structuur (33.400 IV)De Minister zegt de Kamer toe de opzet te sturen.', 'Planning, opzet en opdracht evaluatie staatkundige structuur'],
  ])('an Eerste Kamer register entry is titled by its own title: %j', (sentence, expected) => {
    expect(title(sentence)).toBe(expected);
  });

  it('a footnote\'s number after the last word is no part of the title (kst-24587-1008, berthub-2022D55431)', () => {
    expect(title('De Kamer wordt hierover geïnformeerd.1')).toBe('De Kamer wordt hierover geïnformeerd');
    expect(title('Ik stuur u de tabel met artikel 5.1')).toBe('Ik stuur u de tabel met artikel 5.1');
  });
});

// found by use: "In het voorjaar van 2027 stuur ik uw Kamer de evaluatie van de pilots." was drafted as "Stuur ik de Kamer de
// evaluatie van de pilots", a question: with the term or an opener before it gone, the writer goes back before the verb
describe('a title whose fronted words are gone puts the writer before the verb again', () => {
  it.each([
    ['In het voorjaar van 2027 stuur ik uw Kamer de evaluatie van de pilots.', 'In het voorjaar van 2027', 'Ik stuur de Kamer de evaluatie van de pilots'],
    ['Daarnaast informeer ik uw Kamer over de uitkomsten.', undefined, 'Ik informeer de Kamer over de uitkomsten'],
    ['Voor de zomer bieden wij u het plan aan.', 'Voor de zomer', 'Wij bieden u het plan aan'],
    // the writer's own word order stays, and so does a subordinate clause's
    ['Wel blijf ik de ontwikkelingen volgen.', undefined, 'Wel blijf ik de ontwikkelingen volgen'],
    ['Als ik de uitkomsten heb, stuur ik die naar de Kamer.', undefined, 'Als ik de uitkomsten heb'],
  ])('%s', (sentence, deadline, expected) => {
    expect(title(sentence, deadline)).toBe(expected);
  });
});
