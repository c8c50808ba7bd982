import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * A future act whose object is an embedded question ("Ik zal onderzoeken welke instrumenten er zijn"): the copula
 * closing the question is the question's verb, not the future's, so the sentence is no future of being ("Ik zal
 * uiteraard eindverantwoordelijk blijven", which undertakes nothing).
 */
describe('a future act with an embedded question as its object', () => {
  it.each([
    'Ik zal onderzoeken welke instrumenten er zijn.',
    'Wij zullen nagaan wat de gevolgen zijn.',
    'Het kabinet zal bezien of er knelpunten zijn.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due: undefined });
  });

  it.each(['Ik zal uiteraard eindverantwoordelijk blijven.', 'De nieuwe regeling zal een verbetering zijn voor de uitvoering.'])('none: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: false });
  });
});
