import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { standing, standings, windowSummaries, windowSummary } from '../../src/render/describe-item.js';
import { makeStyle } from '../../src/render/style.js';
import { assessFolder, CLEAN_REGISTERS } from '../unit/digest/register-fixture.js';

// Items that share days or a window get the words made for the first of them: they must be the words each would get.
describe('standings and windows made once per distinct text are each item’s own', () => {
  // The BOM register holds one commitment: nothing to share.
  for (const [name, dir, asOf] of CLEAN_REGISTERS.filter(([name]) => name !== 'bom')) {
    it(name, async () => {
      const assessment = await assessFolder(dir, asOf);
      expect(assessment.items.length).toBeGreaterThan(3);
      for (const messages of [nl, en]) {
        for (const style of [makeStyle(0, false, 80), makeStyle(1, true, 80)]) {
          const standingOf = standings(messages, style);
          const windowOf = windowSummaries(messages, style);
          const instanceOf = windowSummaries(messages, style, true);
          // Twice over: the second pass is all made before.
          for (const item of [...assessment.items, ...assessment.items]) {
            expect(standingOf(item)).toBe(standing(item, messages, style));
            expect(windowOf(item)).toBe(windowSummary(item, messages, style));
            expect(instanceOf(item)).toBe(windowSummary(item, messages, style, true));
          }
        }
      }
    });
  }
});
