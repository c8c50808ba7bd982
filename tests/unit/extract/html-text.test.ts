import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/extract/formats/html-text.js';
import { sentencesOf } from '../../../src/extract/structure.js';

/**
 * A table on a web page (a list of toezeggingen with their term and state): each cell is a block of its own, so a row's
 * cells do not run into one sentence and a promise in one cell keeps its own words and its own term.
 */
describe('a table cell read from a web page', () => {
  const page = `<main><p>Geachte voorzitter,</p><table>
<tr><th>Toezegging</th><th>Termijn</th><th>Stand</th></tr>
<tr><td>De Kamer informeren over de evaluatie van de Wet open overheid</td><td>Voor de zomer van 2026</td><td>Ik zal uw Kamer hierover in juni 2026 een brief sturen</td></tr>
</table></main>`;

  it('stands apart from the cells beside it', () => {
    const text = htmlToText(page);
    expect(text).toContain('Stand\n\nDe Kamer informeren over de evaluatie van de Wet open overheid\n\nVoor de zomer van 2026\n\nIk zal');
  });

  it('gives a sentence of its own', () => {
    const sentences = sentencesOf(htmlToText(page)).map((sentence) => sentence.text);
    expect(sentences).toContain('Ik zal uw Kamer hierover in juni 2026 een brief sturen');
    expect(sentences.some((sentence) => sentence.includes('2026 Ik zal'))).toBe(false);
  });
});
