import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

/** A letter of the given date with the given body: its drafted promises and the terms they took. */
function letter(date: string, heading: string, body: string) {
  const draft = draftFromText(`${heading}\n\nGeachte voorzitter,\n\n${body}\n`, { calendar, fallbackDate: date });
  return draft.commitments.map((commitment) => ({ quote: commitment.quote, due: commitment.due?.kind === 'phrase' ? commitment.due.phrase : undefined }));
}

describe('the writer\'s earlier promise told in the perfect, that this letter keeps', () => {
  it('takes no term from when it was promised, and is no open commitment', () => {
    // sgd-0000113459 (held-out-24) and kst-32308-2 (held-out-16): the term right after "toegezegd" closes the clause.
    expect(letter('1987-09-14', "'s-Gravenhage, 14 september 1987", 'Hierbij bied ik u aan een notitie over de voorgenomen maatregelen ter verbetering van het werk- en leefklimaat bij Defensie. Deze notitie heb ik u toegezegd bij de behandeling van de defensiebegroting van 1987.')).toEqual([]);
    expect(letter('2011-06-10', 'Den Haag, 10 juni 2011', 'In het notaoverleg MIRT van 13 december 2010 (kamerstuk 32 500 A, nr. 74) heb ik een voorkeursbeslissing toegezegd in 2011.')).toEqual([]);
  });

  it('is kept when the sentence itself says so ("waaraan ik bij dezen gaarne voldoe")', () => {
    // sgd-0000102137 (held-out-24).
    expect(letter('1989-05-20', "'s-Gravenhage, 20 mei 1989", 'Tijdens de UCV-MKB d.d. 18 april jl. heb ik u toegezegd dat ik u omtrent deze problematiek op zo kort mogelijke termijn zal informeren, waaraan ik bij dezen gaarne voldoe.')).toEqual([]);
  });

  it('but a term followed by the promised act is that act\'s, and a promise not said kept here stays open', () => {
    // kst-29628-799 (held-out-6).
    expect(letter('2025-12-15', 'Den Haag, 15 december 2025', 'In mijn laatste voortgangsbrief heb ik toegezegd tweemaal per jaar uw Kamer te informeren over ontwikkelingen binnen de politie.')).toMatchObject([{ due: 'tweemaal per jaar' }]);
    expect(letter('2025-12-15', 'Den Haag, 15 december 2025', 'In het commissiedebat heb ik toegezegd uw Kamer voor de zomer van 2026 te informeren over de evaluatie.')).toMatchObject([{ due: 'voor de zomer van 2026' }]);
    // A limit right after "toegezegd" is the promise's own term.
    expect(letter('2025-12-15', 'Den Haag, 15 december 2025', 'Deze evaluatie heb ik u toegezegd voor 1 juli 2026.')).toMatchObject([{ due: 'voor 1 juli 2026' }]);
  });

  it('takes no term from the occasion named before the auxiliary, the clause\'s first place', () => {
    // sgd-kst-21980-14 (held-out-25): the overleg's date, printed after the letter's, is when it was promised.
    expect(letter('1993-03-19', "'s-Gravenhage, 19 maart 1993", 'Tijdens het overleg met de Bijzondere Commissie op 23 november 1993 heb ik toegezegd uw Kamer te informeren over de uitkomsten van het onderzoek.')).toEqual([]);
    // sgd-kst-23400-XIII-9 (held-out-25): the stops of an abbreviation do not end the occasion.
    expect(letter('1993-10-25', "'s-Gravenhage, 25 oktober 1993", 'Tijdens de behandeling van de begroting in de U.C.V. van 16 november 1992 is toegezegd de Tweede Kamer te informeren over het resultaat van de gesprekken.')).toEqual([]);
    // The promise's own term after the participle stays.
    expect(letter('2026-03-10', 'Den Haag, 10 maart 2026', 'In het debat van 3 maart 2026 heb ik toegezegd uw Kamer voor de zomer te informeren over de evaluatie.')).toMatchObject([{ due: 'voor de zomer' }]);
    // After the auxiliary the term may be the promised thing's (kst-35927-91).
    expect(letter('2021-01-20', 'Den Haag, 20 januari 2021', 'In het debat heeft de Minister-President half februari een brief toegezegd met de stand van zaken van de ondersteuning.')).toMatchObject([{ due: 'half februari' }]);
  });

  it('reads the office\'s earlier promise told in a passive, by the predecessor, or announced with "medegedeeld dat … zal"', () => {
    // sgd-0000100553 (held-out-24), kst-32467-J (held-out-23), sgd-0000145343 (held-out-24).
    expect(letter('1988-03-02', "'s-Gravenhage, 2 maart 1988", 'Door mij werd toegezegd over dit onderwerp met betrokkenen nader overleg te voeren.')).toEqual([]);
    expect(letter('2018-09-05', 'Den Haag, 5 september 2018', 'Tijdens de behandeling in uw Kamer van het wetsvoorstel heeft mijn ambtsvoorganger uw Kamer toegezegd om een aantal onderwerpen te betrekken bij de eerste evaluatie van de wet.')).toEqual([]);
    expect(letter('1983-03-31', "'s-Gravenhage, 31 maart 1983", 'Tijdens de commissievergadering op 24 januari 1983 heb ik medegedeeld dat maatregelen zullen worden genomen ter verbetering van de exploitatieresultaten van de dienst.')).toEqual([]);
  });

  it('but not a promise named in a clause of its own, which is restated to be kept', () => {
    expect(letter('2026-03-10', 'Den Haag, 10 maart 2026', 'Het onderzoek dat is toegezegd zal ik u sturen zodra het gereed is.')).toHaveLength(1);
  });
});
