import { describe, expect, it } from 'vitest';
import type { AssessedCommitment } from '../../../src/core/assess.js';
import { suggestions } from '../../../src/core/closest.js';
import { select, unmatchedFilters } from '../../../src/core/select.js';

const item = (id: string, tags: string[], sourceId = 'S1', by = 'Minister van Justitie en Veiligheid'): AssessedCommitment =>
  ({
    commitment: { id, title: id, sourceId, status: 'open', dependsOn: [], to: [], tags, history: [], file: 'a.yaml', position: { file: 'a.yaml', line: 1, col: 1 } },
    source: { id: sourceId, by },
    state: 'overdue',
    window: null,
  }) as unknown as AssessedCommitment;

const ITEMS = [item('wodc-onderzoek', ['wodc', 'Mensenhandel']), item('plan', ['mensenhandel'], '2025Z19579')];

describe('select', () => {
  it('matches tags and sources whatever their case', () => {
    expect(select(ITEMS, { tags: ['WODC'] }, 'id').map(({ commitment }) => commitment.id)).toEqual(['wodc-onderzoek']);
    expect(select(ITEMS, { tags: ['MENSENHANDEL'] }, 'id')).toHaveLength(2);
    expect(select(ITEMS, { sources: ['2025z19579'] }, 'id').map(({ commitment }) => commitment.id)).toEqual(['plan']);
  });
});

describe('unmatchedFilters', () => {
  it('names the values no commitment has, with the nearest ones that some do', () => {
    expect(unmatchedFilters(ITEMS, { tags: ['wodc', 'mensen'], sources: ['2025Z19597', 's1'] })).toEqual([
      { option: '--tag', value: 'mensen', suggestions: ['Mensenhandel', 'mensenhandel'] },
      { option: '--source', value: '2025Z19597', suggestions: ['2025Z19579'] },
    ]);
    expect(unmatchedFilters(ITEMS, { tags: ['zorg'] })).toEqual([{ option: '--tag', value: 'zorg', suggestions: [] }]);
  });
});

describe('suggestions', () => {
  it('offers the names that hold the text first, shortest first, then near spellings', () => {
    expect(suggestions('wodc', ['plan-van-aanpak', 'wodc-onderzoek-vervolg', 'wodc-onderzoek'])).toEqual(['wodc-onderzoek', 'wodc-onderzoek-vervolg']);
    expect(suggestions('plan-van-aanpk', ['plan-van-aanpak', 'wodc'])).toEqual(['plan-van-aanpak']);
    expect(suggestions('pl', ['plan', 'pla'])).toEqual(['pla', 'plan']);
  });
});
