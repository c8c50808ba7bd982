import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * A document's dateline, a bare participle of receipt or dispatch with the day the text came in, is no term, even where
 * the text's date A lies before it (clause.ts, DATELINE).
 */
describe('a dateline', () => {
  it.each([
    // heldout26-y246 (treaty letter 0000016881), heldout26-y247 (0000104500), heldout27-y058 (0000041463)
    ['1 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN Ter griffie van de Eerste en van de Tweede Kamer der Staten-Generaal ontvangen op 14 januari 1993 De wens dat deze overeen-komst aan de uitdrukkelijke goedkeuring van de Staten-Generaal wordt onderworpen kan door of namens een van beide Kamers te kennen worden gegeven.', '1993-01-11'],
    ['1 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN Ter griffie van de Eerste en van de Tweede Kamer der Staten-Generaal ontvangen op 26 januari 1 988.', '1988-01-23'],
    ['Ter griffie van de Eerste en van de Tweede Kamer der Staten-Generaal ontvangen op 24 augustus 1990.', '1990-08-23'],
    ['ANTWOORD van de heer Jonkman, Minister van Overzeese Gebiedsdelen (ingezonden 4 December 1947), ten vervolge op de beantwoording van vragen van de heer Nederhorst.', '1947-12-03'],
  ])('no window: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('leaves a verb of the sentence its term', () => {
    expect(find('U zult de brief op 1 mei 2026 ontvangen.', '2026-03-01')).toMatchObject({ kind: 'window', to: '2026-05-01' });
    expect(find('De Kamer wordt de brief toegezonden, te ontvangen op 1 mei 2026.', '2026-03-01')).toMatchObject({ kind: 'window', to: '2026-05-01' });
    // heldout26-y334: "ontvangen" as the verb of its subject, with a span
    expect(find('3 De plattelandsvrouwenorganisaties ontvangen op korte termijn bericht, dat de subsidiëring van de consulenten-samenlevingsopbouw vanwege het Departement van CRM zal worden gecontinueerd.', '1977-03-09')).toMatchObject({ kind: 'window', to: '1977-04-20' });
    expect(find('De gemeenten ontvangen op 1 mei 2026 bericht van mij over de uitkering.', '2026-03-01')).toMatchObject({ kind: 'window', to: '2026-05-01' });
  });
});
