import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

/** CPU time, which a loaded machine does not stretch as it does the wall clock. */
function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** A name of letters only, different for each number: the promises name different things. */
function nameOf(n: number): string {
  let name = '';
  for (let left = n + 26 * 27; left > 0; left = Math.floor(left / 26)) name = String.fromCharCode(97 + (left % 26)) + name;
  return `proj${name}`;
}

/**
 * Found measuring `extract` on long texts (an 18.8 MB letter ran 58 s): every promise was compared with every earlier
 * one, reading both quotes' words again and searching the text between them for a blank line each time, and each
 * sentence built the pattern of the letter's named officials anew; 1,500 promises with one term took 8 s of CPU, four
 * times what 800 took. The words, the blank lines and the pattern are now read once.
 */
describe('a letter of many promises is drafted in time linear in its promises', () => {
  it('1,500 promises with the same term, two officials named', () => {
    const promises = Array.from({ length: 1500 }, (_, n) => `Ik zal uw Kamer voor de zomer van 2026 informeren over het dossier ${nameOf(n)} en de ${nameOf(n + 7000)}.`);
    const letter = `Den Haag, 3 maart 2026\n\nMinister Jansen en staatssecretaris De Vries hebben hierover gesproken.\n\n${promises.join('\n\n')}\n`;
    let drafted: ReturnType<typeof draftFromText> | undefined;
    expect(cpuMs(() => (drafted = draftFromText(letter, { calendar, fallbackDate: '2026-03-03' })))).toBeLessThan(5000);
    expect(drafted!.commitments).toHaveLength(1500);
    expect(new Set(drafted!.commitments.map((commitment) => commitment.due?.kind === 'phrase' && commitment.due.phrase))).toEqual(new Set(['voor de zomer van 2026']));
  });
});
