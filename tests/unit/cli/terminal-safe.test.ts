import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeLine } from '../../../src/render/terminal-safe.js';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('leaves ordinary text alone, accents and all', () => {
    expect(terminalSafe('Voortgangsbrief — één “quote” café')).toBe('Voortgangsbrief — één “quote” café');
  });

  it('shows an SGR colour sequence instead of obeying it', () => {
    expect(terminalSafe('\u001b[31mrood\u001b[0m')).toBe('\\u{1b}[31mrood\\u{1b}[0m');
  });

  it('shows cursor movement and screen clearing', () => {
    const text = terminalSafe('a\u001b[2J\u001b[H\u001b[1Ab');
    expect(text).toBe('a\\u{1b}[2J\\u{1b}[H\\u{1b}[1Ab');
    expect(text).not.toMatch(RAW_CONTROL);
  });

  it('neutralises an OSC window-title sequence, with BEL or ST as terminator', () => {
    expect(terminalSafe('\u001b]0;pwned\u0007')).toBe('\\u{1b}]0;pwned\\u{7}');
    expect(terminalSafe('\u001b]2;pwned\u001b\\')).toBe('\\u{1b}]2;pwned\\u{1b}\\');
  });

  it('neutralises an OSC 8 hyperlink that would hide its target', () => {
    const text = terminalSafe('\u001b]8;;https://evil.example\u0007klik\u001b]8;;\u0007');
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('https://evil.example');
  });

  it('neutralises C1 controls: CSI (U+009B), OSC (U+009D), NEL (U+0085)', () => {
    expect(terminalSafe('\u009b31m')).toBe('\\u{9b}31m');
    expect(terminalSafe('\u009d0;x\u009c')).toBe('\\u{9d}0;x\\u{9c}');
    expect(terminalSafe('a\u0085b')).toBe('a\\u{85}b');
  });

  it('shows bidirectional overrides and isolates that would reorder text', () => {
    expect(terminalSafe('abc\u202edcba')).toBe('abc\\u{202e}dcba');
    expect(terminalSafe('\u202a\u202b\u202c\u202d')).toBe('\\u{202a}\\u{202b}\\u{202c}\\u{202d}');
    expect(terminalSafe('\u2066x\u2067y\u2068z\u2069')).toBe('\\u{2066}x\\u{2067}y\\u{2068}z\\u{2069}');
  });

  it('shows backspace, carriage return, NUL and DEL, which can overwrite or hide text', () => {
    expect(terminalSafe('secret\b\b\b\b\b\bpublic')).not.toMatch(RAW_CONTROL);
    expect(terminalSafe('echt\rnep')).toBe('echt\\u{d}nep');
    expect(terminalSafe('a\u0000b\u007fc')).toBe('a\\u{0}b\\u{7f}c');
  });

  it('keeps tabs and newlines for multi-line fields', () => {
    expect(terminalSafe('regel 1\n\tregel 2')).toBe('regel 1\n\tregel 2');
  });
});

describe('terminalSafeLine', () => {
  it('folds newlines, tabs and carriage returns into single spaces and trims', () => {
    expect(terminalSafeLine('  een\r\ntwee\tdrie\n\n')).toBe('een twee drie');
  });

  it('still neutralises escapes after folding', () => {
    expect(terminalSafeLine('titel\n\u001b]0;pwned\u0007')).toBe('titel \\u{1b}]0;pwned\\u{7}');
  });
});
