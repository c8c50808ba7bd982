import { describe, expect, test } from 'vitest';
import { en } from '../../../src/messages/en.js';
import { nl } from '../../../src/messages/nl.js';
import { checkTexts } from './helpers.js';

// found by use: "title: [nog niet af" with the ] forgotten was reported as "verkeerde inspringing" on the next line
describe('a [ or { left open', () => {
  test('is said to be open, not only as wrong indentation', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': 'source:\n  id: S1\n  title: [nog niet af\n  date: 2026-01-15\ncommitments: []\n' });
    expect(diagnostics.map(({ code, args }) => `${code} ${String(args.yamlCode)}`)).toEqual(['E_YAML UNCLOSED_FLOW']);
    expect(nl.diagnostics.E_YAML!.message(diagnostics[0]!.args)).toBe('ongeldige YAML: een [ of { is niet gesloten met ] of }, of wat erin staat is niet ver genoeg ingesprongen');
    // English keeps the parser's own sentence, which says so
    expect(en.diagnostics.E_YAML!.message(diagnostics[0]!.args)).toContain('end with a ]');
  });

  // found by review: the caret stood on the line where the parser gave up (an empty last line), not at the bracket
  test('is pointed at the bracket left open, not where the parser gave up', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': 'source:\n  id: S1\n  title: T # [a comment\n  tags: ["]", \'[\', b\n' });
    expect(diagnostics.map(({ line, col, length }) => ({ line, col, length }))).toEqual([{ line: 4, col: 9, length: 1 }]);
  });

  // A quote inside a plain scalar is a letter: taken for a quoted scalar's start, it hid the bracket after it.
  test('is pointed at the bracket after an apostrophe in a plain scalar', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': "source:\n  id: S1\n  title: KPI's van 2026\n  tags: [a, b\n" });
    expect(diagnostics.map(({ code, line, col }) => ({ code, line, col }))).toEqual([{ code: 'E_YAML', line: 4, col: 9 }]);
  });

  test('a block indented wrongly keeps its own reason', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': 'source:\n  id: S1\n   title: T\n' });
    expect(diagnostics.map(({ args }) => args.yamlCode)).not.toContain('UNCLOSED_FLOW');
  });
});
