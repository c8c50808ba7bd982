import { describe, expect, it } from 'vitest';
import { en } from '../../../src/messages/en.js';
import { nl } from '../../../src/messages/nl.js';

// found by use: the Dutch "als die er niet (goed) in staat" came out in English as "when it does not state it (right)"
describe("extract's --date help", () => {
  it('says in both languages that the option is for a letter with no date or a wrong one', () => {
    expect(nl.extract.help.date).toMatch(/niet \(goed\) in staat$/);
    expect(en.extract.help.date).toMatch(/when it does not state it or states it wrongly$/);
  });
});
