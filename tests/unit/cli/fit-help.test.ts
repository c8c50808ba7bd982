import { describe, expect, it } from 'vitest';
import { fitHelp } from '../../../src/cli/fit-help.js';

describe('fitHelp', () => {
  it('leaves lines that fit alone', () => {
    const text = 'Gebruik: toezegging [opties]\n  --data <dir>  map\n';
    expect(fitHelp(text, 80)).toBe(text);
  });

  it('moves an example\'s description under the command, and never breaks the command', () => {
    expect(fitHelp('  $ toezegging report --since 2026-08-01 --format md   de wekelijkse samenvatting', 60)).toBe(
      '  $ toezegging report --since 2026-08-01 --format md\n      de wekelijkse samenvatting',
    );
    const command = `  $ toezegging add --title "${'x'.repeat(60)}"`;
    expect(fitHelp(command, 40)).toBe(command);
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
