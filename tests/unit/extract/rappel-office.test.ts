import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { signedBy } from '../../../src/extract/signed-by.js';
import { calendar } from '../deadline/fixture.js';

const entry = (page: string, summary: string, earlier: string, now: string) =>
  `${page}Toezegging Evaluatie van de wet (33.000) (T01234)\n\n${summary} zegt de Kamer, naar aanleiding van een vraag van het lid Jansen (CDA), toe de wet binnen drie jaar te evalueren en de evaluatie aan de Kamer te sturen.\n\n\nKerngegevens\n\nNummer T01234\nStatus openstaand\nDatum toezegging 19 december 2011\nVoormalige Verantwoordelijke(n) ${earlier}\nMinister van Binnenlandse Zaken en Koninkrijksrelaties\nHuidige Verantwoordelijke(n) ${now}\nKamerleden drs. J. Jansen (CDA)\n`;

/**
 * An Eerste Kamer register page: on the entry's own page the office that made the promise, as the summary names it
 * (ek-T02849, ek-T02857, held-out-14: "De minister voor Milieu en Wonen zegt de Kamer … toe …", annotated so though
 * BZK answers for it now); on a rappel the office that answers for it now (ek-rappel-ienw-2024-T01461,
 * ek-rappel-bzk-2025-T01237, ek-rappel-ienw-2023-T02444, ek-rappel-szw-2024-T01964 in dev, ek-rappel-ocw-T01480 in
 * held-out-19). The lines under "Voormalige Verantwoordelijke(n)" were read as signatures.
 */
describe('the office an Eerste Kamer register page binds', () => {
  it('the entry\'s own page: the office that made the promise, then the one that answers for it now', () => {
    expect(signedBy(entry('T01234\n\n', 'De minister voor Milieu en Wonen', 'Minister voor Milieu en Wonen', 'Minister van Binnenlandse Zaken en Koninkrijksrelaties'))).toEqual(['Minister voor Milieu en Wonen', 'Minister van Binnenlandse Zaken en Koninkrijksrelaties']);
    expect(signedBy(entry('T01234\n\n', 'De staatssecretaris van OCW', 'Staatssecretaris van Onderwijs, Cultuur en Wetenschap', 'Minister van Onderwijs, Cultuur en Wetenschap'))[0]).toBe('Staatssecretaris van Onderwijs, Cultuur en Wetenschap');
  });

  it('a rappel: each entry\'s promises bind the office that answers for it now', () => {
    const rappel = 'Rappelabele toezeggingen Infrastructuur en Waterstaat (Totaaloverzicht oktober 2024)\n\nDit is het rappel tot 01-01-50.\n\n';
    const text = entry(rappel, 'De Staatssecretaris van Infrastructuur en Milieu', 'Staatssecretaris van Infrastructuur en Milieu', 'Staatssecretaris van Infrastructuur en Waterstaat');
    expect(signedBy(text)).toEqual(['Staatssecretaris van Infrastructuur en Waterstaat']);
    const draft = draftFromText(text, { calendar, fallbackDate: '2024-10-01' });
    expect(draft.commitments.length).toBeGreaterThan(0);
    expect(draft.commitments.map((commitment) => commitment.by)).toEqual(draft.commitments.map(() => 'Staatssecretaris van Infrastructuur en Waterstaat'));
  });
});
