import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/core/model.js';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { renderDiagnostics } from '../../src/render/diagnostics.js';
import { checkFixture, checkTexts, SOURCE } from '../unit/validate/helpers.js';

const plain = { color: false };

describe('renderDiagnostics', () => {
  test('nl: location, code, excerpt with carets under the key, did-you-mean hint', async () => {
    const { diagnostics, texts } = await checkFixture('bad/unknown-key');
    expect(renderDiagnostics(diagnostics.slice(0, 2), texts, nl, plain)).toMatchInlineSnapshot(`
      "a.yaml:8:5: error E_UNKNOWN_FIELD: onbekend veld \`titel\`
        |
      8 |     titel: Kamer informeren
        |     ^^^^^
      tip: Bedoelde u \`title\`?

      a.yaml:9:5: error E_UNKNOWN_FIELD: onbekend veld \`stauts\`
        |
      9 |     stauts: open
        |     ^^^^^^
      tip: Bedoelde u \`status\`?
      "
    `);
  });

  test('en: diagnostics from several files, sorted by file and line', async () => {
    const { diagnostics, texts } = await checkFixture('bad/wrong-shapes');
    expect(renderDiagnostics([...diagnostics].reverse().slice(0, 3), texts, en, plain)).toMatchInlineSnapshot(`
      "number-id.yaml:8:12: error E_WRONG_TYPE: \`title\` must be text, but is a number
        |
      8 |     title: 2026
        |            ^^^^
      hint: Put the value in quotes: \`"…"\`.

      number-id.yaml:9:11: error E_WRONG_TYPE: \`tags\` must be a list, but is a mapping (\`key: value\`)
        |
      9 |     tags: {a: b}
        |           ^^^^^^
      hint: Write a list: \`[a, b]\`, or lines starting with \`- \`.

      top-level-list.yaml:1:1: error E_ROOT_NOT_MAPPING: the top level is a list, not a mapping
        |
      1 | - id: a
        | ^^^^^^^
      hint: Write \`key: value\` lines without indentation at the top level; a source file has \`source:\` and \`commitments:\`.
      "
    `);
  });

  test('nl: a tab is shown as a visible character, and the caret lines up under it', async () => {
    const { diagnostics, texts } = await checkFixture('bad/tab-indent');
    expect(renderDiagnostics(diagnostics, texts, nl, plain)).toMatchInlineSnapshot(`
      "a.yaml:8:1: error E_TAB_INDENT: tab als inspringing: YAML staat alleen spaties toe
        |
      8 | ␉title: Kamer informeren
        | ^
      tip: Gebruik spaties in plaats van tabs, bijvoorbeeld twee per niveau.
      "
    `);
  });

  test('a file that is not UTF-8 is quoted with the bad byte replaced; binary junk is not quoted', async () => {
    const latin1 = await checkFixture('bad/latin1');
    expect(renderDiagnostics(latin1.diagnostics, latin1.texts, en, plain)).toMatchInlineSnapshot(`
      "a.yaml:8:31: error E_ENCODING: not valid UTF-8: byte 0xE9
        |
      8 |     title: Overleg met het caf�
        |                               ^
      hint: Save the file as UTF-8 (in most editors: Save As → Encoding: UTF-8).
      "
    `);
    const binary = await checkFixture('bad/binary');
    expect(renderDiagnostics(binary.diagnostics, binary.texts, en, plain)).not.toContain('|');
  });

  test('terminal escapes and bidi overrides from a file are neutralised, in the excerpt and the message', () => {
    // The key holds ESC and RIGHT-TO-LEFT OVERRIDE once parsed; the line itself holds a raw ESC.
    const { diagnostics, texts } = checkTexts({ 'a.yaml': `${SOURCE}commitments:\n  - id: a\n    title: T\n    "x\\e[31m\\u202e": 1 # \u001b[2J\n` });
    const output = renderDiagnostics(diagnostics, texts, en, plain);
    expect(output).not.toMatch(/[\u001b\u202e]/);
    expect(output).toContain('unknown field `x␛[31m�`');
    expect(output).toContain('# ␛[2J');
  });

  test('a long line is shown as a window around the column, carets still aligned', () => {
    const text = `title: ${'a'.repeat(200)} stauts ${'b'.repeat(200)}\n`;
    const diagnostic: Diagnostic = { code: 'E_UNKNOWN_FIELD', severity: 'error', file: 'a.yaml', line: 1, col: 209, length: 6, args: { field: 'stauts', suggestion: 'status' } };
    const lines = renderDiagnostics([diagnostic], new Map([['a.yaml', text]]), en, plain).split('\n');
    const excerpt = lines[2]!;
    const carets = lines[3]!;
    expect(excerpt.length).toBeLessThan(120);
    expect(excerpt.slice(carets.indexOf('^'), carets.indexOf('^') + 6)).toBe('stauts');
  });

  test('colour only when asked; warnings are labelled as such; unknown codes fall back to their arguments', () => {
    const diagnostic: Diagnostic = { code: 'W_SOMETHING_NEW', severity: 'warning', file: 'a.yaml', line: 1, col: 1, args: { id: 'x', n: 2 } };
    expect(renderDiagnostics([diagnostic], new Map(), en, plain)).toBe('a.yaml:1:1: warning W_SOMETHING_NEW: id=x, n=2\n');
    expect(renderDiagnostics([diagnostic], new Map(), en, { color: true })).toMatch(/\u001b\[33m/);
    expect(renderDiagnostics([], new Map(), en, { color: true })).toBe('');
  });
});
