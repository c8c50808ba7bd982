import { describe, expect, test } from 'vitest';
import type { AssessedCommitment } from '../../src/core/assess.js';
import { countedOnce } from '../../src/core/count-once.js';
import { groupCounts } from '../../src/core/group.js';
import type { Commitment, State } from '../../src/core/model.js';
import { byParty } from '../../src/core/parties.js';

function item(id: string, state: State, fields: Partial<Commitment> = {}, ageDays: number | null = null): AssessedCommitment<Commitment> {
  const commitment: Commitment = { id, title: id, sourceId: 's', status: 'open', tags: [], dependsOn: [], to: [], history: [], file: 'f.yaml', position: { file: 'f.yaml', line: 1, col: 1 }, ...fields };
  return { commitment, source: undefined, state, window: null, daysLate: null, daysLeft: null, daysUntilStart: null, dueSoon: false, waitingOn: null, waitingChain: [], waitingDepth: 0, waitingRoot: null, waitingOnEvent: null, event: null, recurrence: null, ageDays };
}

const items = [
  item('a', 'overdue', { to: ['Bikker (ChristenUnie)', 'Vedder (CDA)'], imported: { from: 'tk', ministerie: 'Justitie en Veiligheid' } }, 300),
  item('b', 'due', { to: ['Vedder (CDA)'], imported: { from: 'tk', ministerie: 'LVVN', by: 'Wiersma, F.M., minister' } }, 20),
  item('c', 'delivered', { to: ['CDA'] }),
  item('d', 'no-deadline', {}, 400),
  item('e', 'ongoing', { to: ['Bikker (ChristenUnie)'] }),
];

describe('groupCounts', () => {
  test('per party: open and overdue counts, a promise to two parties in both, the longest open first', () => {
    expect(groupCounts(items, 'fractie')).toEqual([
      { group: null, open: 1, overdue: 0, longestOpenDays: 400 },
      { group: 'CDA', open: 2, overdue: 1, longestOpenDays: 300 },
      { group: 'ChristenUnie', open: 1, overdue: 1, longestOpenDays: 300 },
    ]);
  });

  test('per member and per ministry', () => {
    expect(groupCounts(items, 'persoon').map(({ group, open }) => [group, open])).toEqual([[null, 1], ['Vedder', 2], ['Bikker', 1], ['CDA', 0]]);
    expect(groupCounts(items, 'ministerie').map(({ group, overdue }) => [group, overdue])).toEqual([[null, 0], ['Justitie en Veiligheid', 1], ['LVVN', 0]]);
  });
});

describe('byParty and countedOnce', () => {
  const assessment = { asOf: '2025-01-01', summary: {} as Record<State, number>, items };

  test('--to and --by match a part of an addressee, a ministry or a minister, whatever the case', () => {
    expect(byParty(assessment, { to: 'cda' }).items.map((i) => i.commitment.id)).toEqual(['a', 'b', 'c']);
    expect(byParty(assessment, { by: 'wiersma' }).items.map((i) => i.commitment.id)).toEqual(['b']);
    expect(byParty(assessment, { to: 'bikker', by: 'justitie' }).summary).toMatchObject({ overdue: 1, due: 0, ongoing: 0 });
  });

  test('a repeat of a promise in the register is left out, a repeat of one outside it stays', () => {
    const repeats = { ...assessment, items: [...items, item('f', 'overdue', { repeats: ['a'] }), item('g', 'overdue', { repeats: ['elders'] })] };
    const once = countedOnce(repeats);
    expect(once.items.map((i) => i.commitment.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
    expect(once.summary.overdue).toBe(2);
  });
});
