import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const DATE = '2016-04-29';
const letter = (body: string) => draftFromText(`Den Haag, 29 april 2016\n\nGeachte voorzitter,\n\n${body}\n`, { calendar, fallbackDate: DATE });
const types = (body: string) => letter(body).commitments.map((commitment) => commitment.type);

describe('a promise of a thing the letter calls promised before restates that promise', () => {
  it.each([
    // kst-33763-103 (Defensie, 2016).
    ['"de eerder toegezegde brief"', 'Tevens zal ik u voor 13 mei aanstaande de eerder toegezegde brief sturen over het internationale medegebruik van het JSS.'],
    // kst-29984-381 (Infrastructuur en Milieu, 2013).
    ['"De toegezegde informatie"', 'De toegezegde informatie zal ik u uiterlijk voor donderdag 14 februari a.s. doen toekomen.'],
    // kst-25764-94 (Buitenlandse Zaken, 2015).
    ['"De aangekondigde afbouw"', 'De aangekondigde afbouw van de consulaire dienstverlening van de honorair consulaten zal uiterlijk op 1 januari 2017 zijn voltooid.'],
  ])('%s', (_, body) => {
    expect(types(body)).toEqual(['existing']);
  });

  it('not when the participle names the occasion inside the term, nor when nothing is called promised', () => {
    // kst-28973-82 (Landbouw, 2011): the announced debate is when, not what.
    expect(types('Ik zal uw Kamer mijn visie tijdig voor het aangekondigde Algemeen Overleg van 1 december 2016 doen toekomen.')).toEqual(['new']);
    expect(types('Tevens zal ik u voor 13 mei aanstaande een brief sturen over het internationale medegebruik van het JSS.')).toEqual(['new']);
  });

  it.each([
    // Real sentences of other texts (the deadline finder's heldout-8): the participle's thing stands in a prepositional phrase, what the new promise is about.
    // rijksfinancien.nl, memorie van toelichting 2018 (Wet op de Raad van State), a promise of 27 October 2016.
    'De Minister-President zal zich zo snel mogelijk met de Tweede Kamer verstaan over de opdrachtverlening en over de onderzoekers die worden benaderd voor het aangekondigde historische onderzoek naar de overwegingen die een rol hebben gespeeld bij de bepaling van het inkomensbestanddeel.',
    // eerstekamer.nl, toezegging "Rol van de Eerste Kamer in het formatieproces": a promise to the Eerste Kamer about a paper promised to the Tweede.
    'De minister-president, minister van Algemene Zaken, zegt de Kamer, naar aanleiding van een vraag van het lid Kuiper (ChristenUnie), toe dat de minister van Binnenlandse Zaken en Koninkrijksrelaties in zijn aan de Tweede Kamer toegezegde notitie over de Eerste Kamer ook aandacht besteedt aan de rol van deze Kamer in het formatieproces.',
  ])('not when the participle stands in a prepositional phrase: "%s"', (body) => {
    expect(types(body)).toEqual(['new']);
  });
});

describe('a promise the sentence tells as said before ("heb ik aangegeven dat ik … zal", "is aangegeven dat het kabinet … zal") restates it', () => {
  const told = (body: string) => draftFromText(`Den Haag, 15 september 2017\n\nGeachte voorzitter,\n\n${body}\n`, { calendar, fallbackDate: '2017-09-15' }).commitments.map((commitment) => commitment.type);

  it.each([
    // kst-31765-456 (VWS, 2019).
    ['in the perfect, the writer', 'In deze brieven heb ik aangegeven dat ik de Tweede Kamer in december van dit jaar een rapportage zal doen toekomen van TNO, RIVM en CBS.'],
    // Written for the class: the stored pages gave no sentence of this form outside the corpus.
    ['in the passive, the cabinet', 'Daarnaast is aangegeven dat het kabinet uw Kamer voor het einde van het jaar een voorstel zal sturen.'],
  ])('%s', (_, body) => {
    expect(told(body)).toEqual(['existing']);
  });

  it('not a decision taken now that tells what will follow', () => {
    expect(told('Ik heb besloten dat ik de Tweede Kamer in december van dit jaar een rapportage zal doen toekomen.')).toEqual(['new']);
  });
});

describe('a promise told before in the simple past ("kondigde ik u aan dat ik … zou …")', () => {
  // opennieuwsbank R135 (LNV, 2003): the old term reported, given up, and the promise given a new one.
  const body = [
    'In mijn brief van 1 maart 2016 kondigde ik u aan dat ik de Tweede Kamer nog voor het zomerreces zou informeren over de voortgang van het overleg met de exploitanten en het vervolg dat zal worden gegeven aan de motie.',
    'Hierbij bericht ik u dat het helaas niet mogelijk is gebleken het overleg met de exploitanten tijdig te organiseren.',
    'Zodra het overleg met de exploitanten is afgerond, zal ik u daarover informeren.',
  ].join('\n\n');

  it('is that promise, restated: the old term leaves no promise, the new one is the promise rescheduled', () => {
    const draft = letter(body);
    expect(draft.commitments.map((commitment) => [commitment.type, commitment.due?.kind === 'phrase' ? commitment.due.phrase : null])).toEqual([['existing', 'Zodra het overleg met de exploitanten is afgerond']]);
  });
});
