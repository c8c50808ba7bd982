import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * The writer's own planning told without an agent ("naar verwachting", "is voorzien"): the one who expects or plans is
 * the government writing, so a sentence that names no other party still gives the term of its own work (clause.ts,
 * WRITERS_PLANNING).
 */
describe("the writer's planning told without an agent", () => {
  it.each([
    // heldout21-a100, heldout15-325, heldout19-y056, dev-388
    ['Deze komt naar verwachting in de loop van 2024 beschikbaar.', '2024-03-07', '2024-12-31'],
    ['Dit betekent dat de vrachtwagenheffing naar verwachting in 2026 start.', '2023-11-23', '2026-12-31'],
    ['In 2025 zal naar verwachting de laatste samenvoeging plaatsvinden.', '2023-01-24', '2025-12-31'],
    ['Dat laatste is voorzien voor de Bestuurlijke Overleggen Leefomgeving in het voorjaar van 2024.', '2024-01-16', '2024-05-31'],
    ['De uitbetaling begint naar verwachting in het eerste kwartaal van 2025.', '2024-10-01', '2025-03-31'],
    ['De tweede fase is voorzien in het eerste kwartaal van 2025.', '2024-06-01', '2025-03-31'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // a third party acts; a gathering starts; an amount is expected; a meeting's schedule; no word of planning at all
    ['De Europese Commissie komt naar verwachting in het voorjaar met een voorstel.', '2024-01-10'],
    ['De onderhandelingen over de richtlijn starten naar verwachting in januari 2025.', '2024-10-01'],
    ['De kosten bedragen naar verwachting in 2025 circa 10 miljoen euro.', '2024-10-01'],
    ['De verwachting is dat daar over dit en volgend jaar nog 32 miljoen euro bij komt.', '2020-11-01'],
    ['Dat moment staat gepland op donderdag 6 maart.', '2025-02-20'],
    ['Deze komt in de loop van 2024 beschikbaar.', '2024-03-07'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

/**
 * An agreement to act told by an infinitive with no subject of its own is the agreeing parties' act, the writer among
 * them; one whose content is a clause of its own, or that a document or meeting holds, tells what others agreed to
 * (clause.ts, AGREED and AGREED_TO_ACT).
 */
describe('an agreement to act, told by the writer who is party to it', () => {
  it.each([
    // heldout9-055, heldout19-403, heldout15-366, heldout4-019
    ['Afgesproken is snel na de zomer een bestuursakkoord overeen te komen, waarna de Eilandsraad het bekrachtigt.', '2018-08-07', '2018-10-31'],
    ['Er is afgesproken om de eerste rapportage medio maart volgend jaar - dus één jaar na de ondertekening van het uitvoeringsconvenant - te presenteren.', '2005-06-21', '2006-03-20'],
    ['Met partijen is afgesproken om in september van dit jaar te kijken naar de uitkomsten.', '2012-06-22', '2012-09-30'],
    ['Met de gemeenten is afgesproken om in het najaar een plan op te stellen.', '2024-06-01', '2024-11-30'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    ['Afgesproken is dat de komende maanden een meerjarenprogramma met de eilanden zal worden uitgewerkt.', '2015-02-26'],
    ['Afgesproken is dat de gemeenten in het najaar een plan opstellen.', '2024-06-01'],
    ['In het pensioenakkoord is afgesproken om in 2026 de regeling te evalueren.', '2024-06-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

/**
 * An intention with its own act, told without an agent ("Het streven is om …", "is het de bedoeling om …", "Inzet is om
 * …"), is the writer's or speaker's (GUIDE §1, D11 (a)); without "om", or with "dat", it may be a third party's aim or
 * an aim for a state (clause.ts, OUR_INTENTION).
 */
describe('an intention of ours with its own act', () => {
  it.each([
    // kst-27625-592 (heldout22-z049), kst-24095-491 (heldout19-y020), the press conference of 26 November 2010
    // (heldout24-360), a news report of 1 January 2021 (heldout13-160)
    ['Het streven is om in 2023 een programma onder de Omgevingswet voor het IRM te publiceren.', '2022-11-25', '2023-12-31'],
    ['Om de veiling tijdig te kunnen realiseren (in het tweede kwartaal van 2020), is het streven om de regelgeving zo vroeg als mogelijk in het vierde kwartaal van 2019 te consulteren.', '2019-07-26', '2019-12-31'],
    ['Eigenlijk is het de bedoeling om voor de kerst alle plannen op hoofdlijnen besproken te hebben.', '2010-11-26', '2010-12-24'],
    ['Het nieuwe streven is nu om de achterstand ’medio 2021’ in te hebben gelopen.', '2021-01-01', '2021-07-31'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // heldout21-y179 (the sector's aim, named in the sentence before), heldout15-018 (a system's date of effect)
    ['Het streven is het aangepaste PAGO aan het eind van het eerste kwartaal 2023 gereed te hebben.', '2022-12-22'],
    ['Het streven is om dit systeem op 1 januari 2027 in te laten gaan.', '2025-12-11'],
    ['Het streven is dat de uitstoot in 2030 gehalveerd is.', '2024-06-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

/**
 * The official idiom of the same intention, "Het ligt in het voornemen / in de bedoeling (om) … te <act>", with or
 * without "om": the writer's own act, as "Het streven is om …" (clause.ts, LIES_IN_THE_INTENTION). A holder named after
 * "van", or a "dat" clause, is another's intention or a state of the world. A title's full stop before a name ("Hr. Ms.
 * Karel Doorman", "mr. J. Remmelink") ends no sentence, so the idiom and its act stay in one.
 */
describe('"het ligt in het voornemen": an intention of ours in the official idiom', () => {
  it.each([
    // heldout25-v077 (Aanhangsel 0000124217), heldout25-v033 (0000176247), heldout25-w241 (0000289866)
    ['Het ligt in het voornemen het overleg over de financiering nog in augustus te starten.', '1985-08-09', '1985-08-31'],
    ['Wel ligt het in het voornemen het uurloon van de alpha-hulp in december 1979) ten behoeve van het jaar 1980) bij te stellen.', '1979-08-17', '1979-12-31'],
    ['Voor wat betreft de marineluchtvaartdienst kan worden mede-gedeeld, dat het in het voornemen ligt Hr. Ms. Karel Doorman eind 1951 wederom in dienst te stellen, waarna vliegers en vliegtuigen', '1951-09-18', '1951-12-31'],
    ['Het ligt in de bedoeling om in 1986 over te gaan tot verbreding van het kanaal.', '1985-03-01', '1986-12-31'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    ['Het ligt in het voornemen van de gemeente het plan in het najaar te herzien.', '1985-03-01'],
    ['Het ligt in de bedoeling dat de gemeenten het plan in het najaar herzien.', '1985-03-01'],
    ['Hr. Ms. Karel Doorman gaat eind 1985 in dienst.', '1985-03-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
