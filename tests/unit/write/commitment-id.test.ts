import { describe, expect, it } from 'vitest';
import { idFromTitle, MAX_ID_LENGTH, slugify } from '../../../src/write/commitment-id.js';

describe('idFromTitle', () => {
  it('lowercases and folds to ASCII', () => {
    expect(idFromTitle('Kamer informeren over één', new Set())).toBe('kamer-informeren-over-een');
    expect(slugify('Straße, Ærø & Zürich: 3e kwartaal!')).toBe('strasse-aero-zurich-3e-kwartaal');
  });

  it('shortens long titles at a word boundary', () => {
    const id = idFromTitle('Kamer informeren over de resultaten van het Online Outreach Programma van Spine', new Set());
    expect(id).toBe('kamer-informeren-over-de-resultaten-van-het');
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
  });

  it('cuts a single very long word', () => {
    expect(idFromTitle('x'.repeat(100), new Set())).toBe('x'.repeat(MAX_ID_LENGTH));
  });

  it('is made unique with a number', () => {
    expect(idFromTitle('Brief', new Set(['brief']))).toBe('brief-2');
    expect(idFromTitle('Brief', new Set(['brief', 'brief-2']))).toBe('brief-3');
    const long = idFromTitle('x'.repeat(100), new Set(['x'.repeat(MAX_ID_LENGTH)]));
    expect(long).toBe(`${'x'.repeat(MAX_ID_LENGTH - 2)}-2`);
  });

  it('falls back when a title has no letters or digits', () => {
    expect(idFromTitle('—', new Set())).toBe('toezegging');
  });
});
