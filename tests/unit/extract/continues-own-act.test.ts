import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * An undertaking to continue the government's own act is a standing promise without a term (GUIDE §1): the class of
 * held-out-17 ("…, blijf ik herhalen") and held-out-20 (five answers: "Wel blijf ik de komende tijd met de NOVAG in
 * gesprek", "Nederland blijft het mandaat van de VN gezant ondersteunen", "Het kabinet blijft … uitdragen"). The
 * sentences below are other wordings.
 */
describe('an undertaking to continue one’s own act', () => {
  it.each([
    'Ik blijf met de gemeenten in overleg over de opvang van deze groep.',
    'Het kabinet blijft de ontwikkelingen in de regio nauwlettend volgen.',
    'Wij blijven ons inzetten voor een sterke positie van de regio.',
    'Nederland blijft in Brussel aandringen op een spoedige oplossing.',
    'Het kabinet blijft het belang van persvrijheid uitdragen.',
    'Ik blijf de betrokken partijen hierop aanspreken.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due: undefined });
  });

  it.each([
    // an opinion, a state or a hope kept
    'Ik blijf van mening dat dit de juiste aanpak is.',
    'Nederland blijft een betrouwbare partner voor de landen in de regio.',
    'Ik blijf hopen op een snelle oplossing voor de betrokkenen.',
    // a negation
    'Het kabinet blijft niet langer betalen voor deze voorziening.',
    // not the government
    'De gemeenten blijven de opvang organiseren.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: false });
  });
});
