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

describe('readableText with the spaces a PDF text layer lost', () => {
  it('puts back the space between two words of a term run together, and maps offsets back around it', () => {
    const raw = 'Voor heteinde van 2024 volgt de leidraad, in de zomervan 2025 het wetsvoorstel.';
    const read = readableText(raw, { lostSpaces: true });
    expect(read.text).toBe('Voor het einde van 2024 volgt de leidraad, in de zomer van 2025 het wetsvoorstel.');
    const at = read.text.indexOf('in de zomer van 2025');
    expect(raw.slice(read.start(at), read.end(at + 'in de zomer van 2025'.length))).toBe('in de zomervan 2025');
    expect(raw.slice(read.start(0), read.end('Voor het einde'.length))).toBe('Voor heteinde');
    expect(raw.slice(read.start(0), read.end(read.text.length))).toBe(raw);
  });

  it.each([
    ['ditvoorjaar', 'dit voorjaar'],
    ['In devoorjaarsnota', 'In de voorjaarsnota'],
    ['omuiterlijk per 1 juli', 'om uiterlijk per 1 juli'],
    ['voor eind februari2025.', 'voor eind februari 2025.'],
    ['eindjuni', 'eind juni'],
    ['in het najaarvan 2025', 'in het najaar van 2025'],
    ['op een zo kort mogelijketermijn', 'op een zo kort mogelijke termijn'],
  ])('reads "%s" as "%s"', (raw, read) => {
    expect(readableText(raw, { lostSpaces: true }).text).toBe(read);
  });

  it.each(['de nazomer', 'in de voorzomer', 'het najaar', 'het voorjaar', 'de voorjaarsnota', 'de eindtermijn', 'zie /brief-juni2024/', 'de herfstvakantie'])(
    'leaves a word Dutch writes as one, or a web address, as it is: "%s"',
    (raw) => {
      expect(readableText(raw, { lostSpaces: true }).text).toBe(raw);
    },
  );

  it('leaves the words as written without being asked: a letter is drafted as written', () => {
    expect(readableText('Voor heteinde van 2024').text).toBe('Voor heteinde van 2024');
  });
});
