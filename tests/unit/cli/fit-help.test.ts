import { describe, expect, it } from 'vitest';
import { fitHelp } from '../../../src/cli/fit-help.js';

describe('fitHelp', () => {
  it('leaves lines that fit alone', () => {
    const text = 'Gebruik: toezegging [opties]\n  --data <dir>  map\n';
    expect(fitHelp(text, 80)).toBe(text);
  });

  it('moves an example\'s description under the command', () => {
    expect(fitHelp('  $ toezegging report --since 2026-08-01 --format md   de wekelijkse samenvatting', 60)).toBe(
      '  $ toezegging report --since 2026-08-01 --format md\n      de wekelijkse samenvatting',
    );
  });

  it('breaks an example that runs over with shell continuations, before an option', () => {
    expect(fitHelp('  $ toezegging deliver wodc-onderzoek --on 2026-09-15 --ref "Kamerstuk 28638, nr. 251"', 50)).toBe(
      '  $ toezegging deliver wodc-onderzoek \\\n        --on 2026-09-15 \\\n        --ref "Kamerstuk 28638, nr. 251"',
    );
  });

  it('re-breaks a command its author continued, when a line of it runs over; leaves it when it fits', () => {
    const authored = '  $ toezegging add --source S --source-title "Brief over de pilot" \\\n      --title "Evaluatie naar de Kamer" --due "eind 2026"';
    expect(fitHelp(authored, 80)).toBe(authored);
    expect(fitHelp(authored, 50)).toBe(
      '  $ toezegging add --source S \\\n        --source-title "Brief over de pilot" \\\n        --title "Evaluatie naar de Kamer" \\\n        --due "eind 2026"',
    );
  });

  it('breaks an example after a label, under the command', () => {
    expect(fitHelp('  fish  $ toezegging completion fish > ~/.config/fish/completions/toezegging.fish', 70)).toBe(
      '  fish  $ toezegging completion fish \\\n              > ~/.config/fish/completions/toezegging.fish',
    );
  });

  it('never cuts a word of a command: a quoted text wider than the room stays whole', () => {
    const command = `  $ toezegging add --title "${'x'.repeat(60)}"`;
    expect(fitHelp(command, 40)).toBe(`  $ toezegging add \\\n        --title "${'x'.repeat(60)}"`);
  });

  it('wraps a term\'s description under itself', () => {
    expect(fitHelp('  ics     een agenda voor elke open toezegging met een einddatum', 40)).toBe('  ics     een agenda voor elke open\n          toezegging met een einddatum');
  });

  it('reflows a paragraph that runs over, up to a blank line', () => {
    expect(fitHelp('Standaard loopt de tijdlijn van de vroegste\nbegindatum tot de laatste.\n\nVolgende alinea.', 30)).toBe(
      'Standaard loopt de tijdlijn\nvan de vroegste begindatum tot\nde laatste.\n\nVolgende alinea.',
    );
  });
});
