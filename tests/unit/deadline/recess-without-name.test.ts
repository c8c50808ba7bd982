import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../../src/core/calendar.js';
import { describeRule } from '../../../src/core/deadline/describe.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { messagesFor } from '../../../src/messages/index.js';
import { calendar, find, resolved, windowRows } from './fixture.js';

// D12 (a): "het reces" without a name is the first recess of any kind that starts after the promise.
windowRows('voor/na het reces: the first recess of any kind', [
  // Listed voorjaarsreces 2020 (21 February), before the meireces of the pattern (heldout19-135's text date).
  ['voor het reces', '2020-01-28', '2020-02-20', '2020-01-28'],
  // No recess between 9 June and the zomerreces 2021 of the pattern (9 July): heldout21-y209.
  ['voor het reces', '2021-06-09', '2021-07-08', '2021-06-09'],
  // Written on the first day of the listed voorjaarsreces 2021: the next one, the meireces of the pattern.
  ['voor het reces', '2021-02-12', '2021-04-22', '2021-02-12'],
  // The verkiezingsreces 2025 replaced the herfstreces and is a recess like any other.
  ['voor het reces', '2025-09-20', '2025-10-02', '2025-09-20'],
  ['uiterlijk voor het reces', '2025-03-01', '2025-04-24', '2025-03-01'],
  ['before the recess', '2025-03-01', '2025-04-24', '2025-03-01'],
  // After a short recess, its six weeks; after the zomerreces, up to 31 October, as when it is named.
  ['na het reces', '2025-05-13', '2025-06-23', '2025-04-01'],
  // Written during the zomerreces 2024: that recess, as "na het zomerreces" is.
  ['na het reces', '2024-09-03', '2024-10-31', '2024-08-01'],
]);

describe('het reces without a name', () => {
  it('takes a recess the register adds as any other', () => {
    const own = withOverrides(calendar, [{ name: 'paasreces', first: '2026-04-03', last: '2026-04-07' }]);
    const { to, rule } = resolved('voor het reces', '2026-03-02', own);
    expect([to, rule.args.recess]).toEqual(['2026-04-02', 'paasreces']);
  });

  it('is not read with a year, which does not say which of the year\'s recesses', () => {
    expect(resolvePhrase('voor het reces 2026', '2026-03-02', calendar).ok).toBe(false);
  });

  it('says which recess it took, in Dutch and English', () => {
    const { rule } = resolved('voor het reces', '2021-06-09');
    expect([describeRule(rule, messagesFor('nl')), describeRule(rule, messagesFor('en'))]).toEqual([
      'het reces zonder naam is het eerste reces van de Kamer na de datum van de toezegging: voor het zomerreces 2021: ' +
        't/m 8 juli 2021, de dag voor het zomerreces (9 juli t/m 6 september 2021) ' +
        '(afgeleid: berekend uit het vaste patroon, niet uit een opgave van de Kamer)',
      'the recess without a name is the first recess of the House after the date of the promise: before the summer recess 2021: ' +
        'until 8 July 2021, the day before the summer recess (9 July to 6 September 2021) ' +
        '(inferred: computed from the usual pattern, not from a date published by parliament)',
    ]);
  });

  // In running text "het reces" is mostly the Kamer's own sittings ("het debat na het reces", "het laatste Kamerdebat
  // voor het reces"): read there, it invented three windows in the studied splits for one term put right.
  it('is not read by the finder in running text', () => {
    expect(find('Zodat het debat na het reces verder kan.', '2025-04-01')).toBeNull();
  });
});
