import { describe, expect, it } from 'vitest';
import { withoutFootnoteMarkers } from '../../../src/extract/clean-text.js';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const RUN = 'x'.repeat(300_000);

/** CPU time, which a loaded machine does not stretch as it does the wall clock. */
function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * Found by use: `extract` on a file of one long run of letters (30 MB ran for hours; 80 KB took 17 s, 300 KB after a
 * sentence 109 s). A pattern opening on any number of letters ("\p{L}*(?:evaluatie|…)", the footnote marker glued to
 * a word) was tried from every letter of the run, each try reading to its end: quadratic. They now start only where
 * the run does, which finds the same matches.
 */
describe('a long run of letters is read in linear time', () => {
  it.each([
    ['a text that is nothing else', RUN, 0],
    ['after a promise', `Den Haag, 3 maart 2026\n\nIk zal uw Kamer voor de zomer van 2026 informeren. ${RUN}\n`, 1],
  ])('%s', (_, text, promises) => {
    let found = -1;
    expect(cpuMs(() => (found = draftFromText(text, { calendar, fallbackDate: '2026-03-03' }).commitments.length))).toBeLessThan(4000);
    expect(found).toBe(promises);
  });

  it('footnote markers are still taken off a word, not off a longer run of digits', () => {
    expect(withoutFootnoteMarkers('het onderzoek3, in het voorjaar van 20261. Artikel 123.')).toBe('het onderzoek , in het voorjaar van 2026 . Artikel 123.');
    expect(cpuMs(() => withoutFootnoteMarkers(`${RUN}12.`))).toBeLessThan(4000);
  });
});
