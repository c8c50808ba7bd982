import { describe, expect, it } from 'vitest';
import { mdCell, mdInline, mdLink } from '../../../src/render/export/markdown-text.js';

describe('mdInline', () => {
  it('escapes what would start inline markup', () => {
    expect(mdInline('a *b* _c_ [d](e) <i> `f` | g ~h~ & #1 !')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<i\\> \\`f\\` \\| g \\~h\\~ \\& \\#1 \\!');
  });

  it('folds line breaks into one space', () => {
    expect(mdInline(' first\r\n  second\nthird ')).toBe('first second third');
  });

  it('shows control characters instead of passing them to a terminal', () => {
    expect(mdInline('red\u001b[31m')).not.toContain('\u001b');
  });
});

describe('mdCell', () => {
  it('escapes pipes so a cell cannot end early, and keeps line breaks as <br>', () => {
    expect(mdCell('a | b\nc')).toBe('a \\| b<br>c');
  });

  it('escapes a literal <br> in the data, so only its own breaks are HTML', () => {
    expect(mdCell('x<br>y')).toBe('x\\<br\\>y');
  });
});

describe('mdLink', () => {
  it('percent-encodes what would end the destination', () => {
    expect(mdLink('t', 'https://example.org/a (b)<c>')).toBe('[t](https://example.org/a%20%28b%29%3Cc%3E)');
  });
});
