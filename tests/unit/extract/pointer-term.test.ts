import { describe, expect, it } from 'vitest';
import { describeRule } from '../../../src/core/deadline/describe.js';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { draftFromText } from '../../../src/extract/draft.js';
import { findPointer } from '../../../src/extract/find-due.js';
import { messagesFor } from '../../../src/messages/index.js';
import { calendar } from '../deadline/fixture.js';
import { DATE, dueOf } from './due-of.js';

/**
 * A term pointing back to an event of an earlier sentence, as the term of the promise's own act (ANNOTATION-GUIDE §2,
 * the lead's decision D1 of session 33): an event without a date. The class of dev ("Zo spoedig mogelijk daarna zend
 * ik u …", "zal ik de Tweede Kamer daarna informeren"), held-out-4 ("kan … daarna aan uw Kamer worden aangeboden",
 * "…, waarna ik een beleidsreactie aan de Kamer zal versturen"), held-out-14 ("vooruitlopend daarop") and held-out-18
 * ("Daarna zal het voorstel aan uw Kamer worden aangeboden"); the sentences below are other wordings.
 */
describe('a term pointing back', () => {
  it.each([
    ['Daarna zal ik uw Kamer informeren over de uitkomsten van het overleg.', 'Daarna'],
    ['Zo snel mogelijk daarna stuur ik u de tweede rapportage.', 'Zo snel mogelijk daarna'],
    ['Ik wacht het advies van de Raad af, waarna ik u een kabinetsreactie zal sturen.', 'waarna'],
    ['Tegen die tijd zal ik uw Kamer informeren over de stand van zaken.', 'Tegen die tijd'],
    ['Op dat moment zal ik u het definitieve plan toesturen.', 'Op dat moment'],
  ])('%s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  it('a term the finder reads beats the pointer', () => {
    expect(dueOf('Daarna zal ik uw Kamer voor de zomer van 2026 informeren over de uitkomsten.')).toEqual({ promise: true, due: 'voor de zomer van 2026' });
  });

  it.each([
    // a sequence word is no term (D1)
    'Vervolgens zal ik uw Kamer informeren over de uitkomsten van het overleg.',
    // the pointer is the term of another's act, not of ours
    'Ik zal het plan met de provincies bespreken, waarna de provincies het plan vaststellen.',
  ])('no term: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due: undefined });
  });

  it('after the noun of a prepositional phrase it says which one, not when', () => {
    expect(findPointer('In de paragrafen daarna zal ik ingaan op de uitkomsten van het overleg.')).toBeUndefined();
    expect(findPointer('Ik zal de Kamer daarna informeren.')?.phrase).toBe('daarna');
  });

  it('is read as an event without a date, as a due the register keeps, and said so in both languages', () => {
    const read = resolvePhrase('zo spoedig mogelijk daarna', DATE, calendar);
    expect(read.ok && read.resolution).toMatchObject({ kind: 'event', relation: 'after', date: null, from: null, to: null });
    const rule = read.ok ? read.resolution.rule : { id: '', args: {} };
    expect(describeRule(rule, messagesFor('nl'))).toBe('zo spoedig mogelijk daarna: verwijst terug naar een eerder genoemde gebeurtenis waarvan de datum nog niet bekend is; geen termijn tot die datum is gegeven');
    expect(describeRule(rule, messagesFor('en'))).toBe('zo spoedig mogelijk daarna: points back to an event named earlier whose date is not known yet; no deadline until that date is given');
    expect(resolvePhrase('vervolgens', DATE, calendar).ok).toBe(false);
  });

  it('is not read by the finder in running text, where it is as often a sequence word or another clause’s time', () => {
    expect(findDeadline('Daarna zal het voorstel aan uw Kamer worden aangeboden.', DATE, calendar)).toBeNull();
  });

  it('reschedules no earlier promise: it names no term of its own', () => {
    const letter = 'Den Haag, 15 december 2025\n\nGeachte voorzitter,\n\nZoals toegezegd wordt u twee keer per jaar door middel van een rapportage geïnformeerd over de voortgang. Ik voer nog overleg over enkele onderdelen. Zo spoedig mogelijk daarna zend ik u de tweede voortgangsrapportage.\n';
    const draft = draftFromText(letter, { calendar, fallbackDate: DATE });
    expect(draft.commitments.map((commitment) => commitment.due?.kind === 'phrase' && commitment.due.phrase)).toEqual(['twee keer per jaar', 'Zo spoedig mogelijk daarna']);
  });
});
