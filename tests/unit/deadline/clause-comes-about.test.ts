import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar } from './fixture.js';

const ANCHOR = '2026-03-01';

/**
 * A clause of time ("zodra", "wanneer", "als") whose subject comes first and whose predicate says a thing has come
 * about, with its copula (event.ts, COMES_ABOUT): an event without a date, whatever the subject. The class of
 * held-out-3 ("Wanneer er meer bekend is"), held-out-14 ("zodra er een plan gereed is", "als de onderzoeken zijn
 * afgerond") and heldout15-296/-347; the cases below are other texts and other wordings.
 */
describe('a clause saying a thing has come about', () => {
  it.each([
    ['wanneer er een besluit bekend is', 'er een besluit bekend is'],
    ['wanneer de cijfers beschikbaar zijn', 'de cijfers beschikbaar zijn'],
    ['als deze gereed is', 'deze gereed is'],
    ['als de onderzoeken zijn afgerond', 'de onderzoeken'],
    ['wanneer die beschikbaar komen', 'die beschikbaar komen'],
  ])('the due "%s" is an event without a date', (phrase, event) => {
    const read = resolvePhrase(phrase, ANCHOR, calendar);
    expect(read.ok && read.resolution).toMatchObject({ kind: 'event', relation: 'after', event, date: null, to: null });
  });

  it.each([
    // kst-26442-57 (heldout16-033): the clause closes the sentence, after the writer's act
    [
      'Bij de uitwerking van de voorstellen zal ik graag gebruik maken van de inbreng van uw Kamer en de aangekondigde voorstellen van de VVD, wanneer die beschikbaar komen.',
      '2015-09-28',
    ],
    ['Uw Kamer wordt geïnformeerd zodra er een besluit bekend is.', ANCHOR],
    ['Ik stuur u de rapportage als de cijfers over 2025 beschikbaar zijn.', ANCHOR],
    ['Wanneer de nieuwe cijfers bekend zijn, zal de regering de Kamer informeren over de gevolgen.', ANCHOR],
  ])('in running text: "%s"', (text, anchor) => {
    const found = findDeadline(text, anchor, calendar);
    expect(found?.kind).toBe('event');
    expect(found!.resolution.to).toBeNull();
  });

  it.each([
    // "als" with no subject first is "as" or "like"
    ['als eerste stap een plan op hoofdlijnen worden vastgesteld'],
    ['als de Rijksoverheid e-facturen te kunnen ontvangen'],
    // a wish, not a thing come about
    ['wanneer een donorkind de gegevens wil ontvangen'],
  ])('counter-example: the due "%s" is no event', (phrase) => {
    expect(resolvePhrase(phrase, ANCHOR, calendar).ok).toBe(false);
  });

  it.each([
    // dev-198: someone else's act, after which the Kamer plans its own debate, stays with the verb-final reading
    ['Zodra die de Eerste Kamer hebben bereikt, zal zo snel mogelijk een debat worden ingepland.', '2014-06-20'],
    // dev-455: "net als", like
    ['Alle aanbestedende diensten moeten de benodigde voorzieningen treffen om net als de Rijksoverheid e-facturen te kunnen ontvangen en verwerken.', ANCHOR],
    ['Het rapport is beschikbaar als de cijfers bekend zijn, zo heeft de gemeente laten weten.', ANCHOR],
  ])('counter-example in running text: "%s" has no deadline', (text, anchor) => {
    expect(findDeadline(text, anchor, calendar)).toBeNull();
  });

  it.each([
    // found in review of cbdf477: a clause that says when its thing comes about was read whole as an event without a
    // date, hiding the window inside it, which the finder read before
    ['Ik stuur u de evaluatie als deze in het voorjaar van 2026 gereed is.', 'in het voorjaar van 2026', '2026-05-31'],
    ['Ik informeer u wanneer de cijfers in juni 2026 bekend zijn.', 'in juni 2026', '2026-06-30'],
  ])('counter-example: "%s" keeps the window its clause names', (text, phrase, to) => {
    expect(findDeadline(text, ANCHOR, calendar)).toMatchObject({ kind: 'window', phrase, resolution: { to } });
  });

  it('keeps a clause with an event noun as its subject to that noun (the event is the noun phrase)', () => {
    const found = findDeadline('Ik zal u informeren als het onderzoek is afgerond.', ANCHOR, calendar);
    expect(found).toMatchObject({ kind: 'event', phrase: 'als het onderzoek is afgerond' });
    expect(found!.resolution).toMatchObject({ event: 'het onderzoek', to: null });
  });
});
