import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

/**
 * A term counted from an event, not from the text's date, gives no window: a term or a series right after "daarna"
 * (GUIDE §2, D1), and a span after which something happens, "na twee jaar", counted from what it happens after.
 */
describe('a term counted from an event rather than from the text', () => {
  it.each([
    // SGD 0000182256 (heldout25-v014), kst-35867-27 (heldout25-045)
    ['De gestelde vragen zullen daarna zo spoedig mogelijk worden beant-woord.', '1978-04-18'],
    ['verzoekt de regering om daarna twee keer per jaar een voortgangsrapportage te sturen,', '2025-01-21'],
    // kst-32637-679 (heldout23-350), SGD 0000102137 (heldout25-q037), kst-33450-66 (heldout22-z249)
    ['verzoekt de regering de verplichte transitievergoeding na twee jaar loondoorbetaling bij ziekte door werkgevers af te schaffen,', '2025-04-10'],
    ['Zoals u weet is bij de introductie van het Plan van Aanpak besloten om de werking en de realisatie van de doelstelling van de regeling na twee jaar te evalueren.', '1988-04-26'],
    ['Mede met het oog op de uitvoering van de afspraak in het regeerakkoord dat na twee jaar wordt bezien of, en zo ja welke, dwingende maatregelen genomen kunnen worden, is het project gestart.', '2020-04-03'],
    // Written for the class
    ['Ik zal u nadien binnen drie maanden over de uitkomsten informeren.', '2026-03-01'],
    ['De regeling wordt na drie jaar geëvalueerd.', '2026-03-01'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it('keeps a bounded term after the pointer, and a span counted from now', () => {
    expect(to('Ik zal u daarna in het voorjaar van 2027 informeren.', '2026-03-01')).toBe('2027-05-31');
    expect(to('Over twee jaar zal ik de regeling evalueren.', '2026-03-01')).toBe('2028-03-31');
  });
});
