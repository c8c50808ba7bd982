import { describe, expect, it } from 'vitest';
import { readableText } from '../../../src/core/readable-text.js';

describe('readableText', () => {
  it('reads a text without soft hyphens, zero-width spaces or combining marks as it is', () => {
    const read = readableText('Ik zal u vóór 1 maart informeren.');
    expect(read.text).toBe('Ik zal u vóór 1 maart informeren.');
    expect([read.start(9), read.end(13)]).toEqual([9, 13]);
  });

  it('composes a letter and its combining marks, and maps offsets back around them', () => {
    const raw = 'Ik zal u vo\u0301o\u0301r 1 maart gei\u0308nformeerd hebben.';
    const read = readableText(raw);
    expect(read.text).toBe('Ik zal u vóór 1 maart geïnformeerd hebben.');
    const at = read.text.indexOf('vóór 1 maart');
    expect(raw.slice(read.start(at), read.end(at + 'vóór 1 maart'.length))).toBe('vo\u0301o\u0301r 1 maart');
    const word = read.text.indexOf('geïnformeerd');
    expect(raw.slice(read.start(word), read.end(word + 'geïnformeerd'.length))).toBe('gei\u0308nformeerd');
  });

  it('takes soft hyphens and zero-width spaces out; a span starts at its first visible character and ends after its last', () => {
    const raw = 'in de zo\u00ADmer\u00AD\u200B van 2026';
    const read = readableText(raw);
    expect(read.text).toBe('in de zomer van 2026');
    expect(raw.slice(read.start(6), read.end(11))).toBe('zo\u00ADmer');
    expect(raw.slice(read.start(0), read.end(read.text.length))).toBe(raw);
    expect(read.start(read.text.length)).toBe(raw.length);
  });
});
