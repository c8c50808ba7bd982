import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDeadline, prepareText } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const rows = ['dev', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5', 'heldout-6', 'heldout-7'].flatMap(
  (split) => JSON.parse(readFileSync(new URL(`../../fixtures/real-sentences/${split}.json`, import.meta.url), 'utf8')) as Array<{ text: string; date: string }>,
);

describe('a text prepared once for the finder', () => {
  it('gives at every anchor, asked in any order, what the text itself gives', () => {
    for (const { text, date } of rows) {
      const year = Number(date.slice(0, 4));
      const anchors = [`${year + 3}-06-30`, date, `${year - 2}${date.slice(4)}`, `${year + 1}-01-01`, date];
      const prepared = prepareText(text);
      for (const anchor of anchors) {
        expect(findDeadline(prepared, anchor, calendar), `${text} @ ${anchor}`).toEqual(findDeadline(text, anchor, calendar));
        expect(findDeadline(prepared, anchor, calendar, { anchorIsPromiseDate: false })).toEqual(findDeadline(text, anchor, calendar, { anchorIsPromiseDate: false }));
      }
    }
  });

});
