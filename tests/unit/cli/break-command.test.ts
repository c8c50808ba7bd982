import { describe, expect, it } from 'vitest';
import { breakCommand, shellWords } from '../../../src/cli/break-command.js';

describe('shellWords', () => {
  it('keeps quoted text, escapes and substitutions inside their word', () => {
    expect(shellWords(`add --title "a b" --note 'c  d' x\\ y`)).toEqual(['add', '--title', '"a b"', '--note', "'c  d'", 'x\\ y']);
    expect(shellWords('echo "$(curl -fsS "$url")" <(cat a b)')).toEqual(['echo', '"$(curl -fsS "$url")"', '<(cat a b)']);
  });
});

describe('breakCommand', () => {
  const command = 'toezegging add --source 2026D01234 --source-title "Brief over de pilot" --source-date 2026-02-10 --tag pilot';

  it.each([30, 40, 50, 60, 80])('at %i columns: every line fits, unless a word cannot, ends in a continuation but the last, and the words are unchanged', (width) => {
    const lines = breakCommand('  $ ', command, width, '        ');
    // A line may only run over when its last word could not have fitted on a line of its own.
    for (const line of lines) {
      if ([...line].length <= width) continue;
      const word = shellWords(line.replace(/ \\$/, '')).at(-1)!;
      expect(8 + [...word].length + 2).toBeGreaterThan(width);
    }
    expect(lines.slice(0, -1).every((line) => line.endsWith(' \\'))).toBe(true);
    expect(lines.at(-1)!.endsWith('\\')).toBe(false);
    const rejoined = lines.map((line) => line.replace(/ \\$/, '').trim()).join(' ').replace(/^\$ /, '');
    expect(shellWords(rejoined)).toEqual(shellWords(command));
  });

  it('keeps an option with its value', () => {
    expect(breakCommand('  $ ', command, 60, '        ')).toEqual([
      '  $ toezegging add --source 2026D01234 \\',
      '        --source-title "Brief over de pilot" \\',
      '        --source-date 2026-02-10 --tag pilot',
    ]);
  });

  it('leaves a command that fits on one line', () => {
    expect(breakCommand('  $ ', 'toezegging status', 80, '    ')).toEqual(['  $ toezegging status']);
  });
});
