import { describe, expect, it } from 'vitest';
import { colorLevel, type ColorInputs } from '../../../src/cli/color-level.js';

function level(env: Record<string, string>, extra: Partial<ColorInputs> = {}): number {
  return colorLevel({ env, isTTY: true, colorFlag: true, ...extra });
}

describe('colorLevel: on a terminal', () => {
  it('colours a plain terminal with the 16 basic colours', () => {
    expect(level({ TERM: 'xterm' })).toBe(1);
    expect(level({})).toBe(1);
  });

  it('uses 256 colours when TERM says so, and true colour when COLORTERM does', () => {
    expect(level({ TERM: 'xterm-256color' })).toBe(2);
    expect(level({ TERM: 'xterm-256color', COLORTERM: 'truecolor' })).toBe(3);
    expect(level({ TERM: 'xterm', COLORTERM: '24bit' })).toBe(3);
  });

  it('does not colour TERM=dumb', () => {
    expect(level({ TERM: 'dumb' })).toBe(0);
    expect(level({ TERM: 'dumb', COLORTERM: 'truecolor' })).toBe(0);
  });
});

describe('colorLevel: piped', () => {
  it('does not colour output that is not a terminal', () => {
    expect(level({ TERM: 'xterm-256color', COLORTERM: 'truecolor' }, { isTTY: false })).toBe(0);
  });
});

describe('NO_COLOR (no-color.org)', () => {
  it('turns colour off when set to any non-empty value', () => {
    expect(level({ NO_COLOR: '1' })).toBe(0);
    expect(level({ NO_COLOR: '0' })).toBe(0);
    expect(level({ NO_COLOR: 'false' })).toBe(0);
  });

  it('is ignored when empty', () => {
    expect(level({ NO_COLOR: '' })).toBe(1);
  });
});

describe('FORCE_COLOR', () => {
  it('colours pipes and dumb terminals', () => {
    expect(level({ FORCE_COLOR: '1' }, { isTTY: false })).toBe(1);
    expect(level({ FORCE_COLOR: '1', TERM: 'dumb' })).toBe(1);
  });

  it('sets the level: 2 and 3 as given, anything else (also empty, like Node) 1', () => {
    expect(level({ FORCE_COLOR: '2' }, { isTTY: false })).toBe(2);
    expect(level({ FORCE_COLOR: '3' }, { isTTY: false })).toBe(3);
    expect(level({ FORCE_COLOR: 'true' }, { isTTY: false })).toBe(1);
    expect(level({ FORCE_COLOR: '' }, { isTTY: false })).toBe(1);
  });

  it('turns colour off with 0 or false, even on a true-colour terminal', () => {
    expect(level({ FORCE_COLOR: '0', COLORTERM: 'truecolor' })).toBe(0);
    expect(level({ FORCE_COLOR: 'false' })).toBe(0);
  });

  it('decides the level over TERM and COLORTERM', () => {
    expect(level({ FORCE_COLOR: '1', TERM: 'xterm-256color', COLORTERM: 'truecolor' })).toBe(1);
  });
});

describe('precedence: --no-color > NO_COLOR > FORCE_COLOR > terminal', () => {
  it('--no-color wins over everything', () => {
    expect(level({ FORCE_COLOR: '3' }, { colorFlag: false })).toBe(0);
    expect(level({ COLORTERM: 'truecolor' }, { colorFlag: false })).toBe(0);
  });

  it('NO_COLOR wins over FORCE_COLOR', () => {
    expect(level({ NO_COLOR: '1', FORCE_COLOR: '3' })).toBe(0);
  });
});
