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
});
