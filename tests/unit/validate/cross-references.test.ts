import { describe, expect, test } from 'vitest';
import { checkTexts, codes, SOURCE, where } from './helpers.js';

const item = (id: string, extra = ''): string => `  - {id: ${id}, title: T${extra}}\n`;

describe('references between commitments', () => {
  test('references across files resolve; the suggestion for a typo comes from any file', () => {
    const { diagnostics } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n${item('kamerbrief-over-spine')}`,
      'b.yaml': `${SOURCE.replace('S1', 'S2')}commitments:\n${item('x', ', depends_on: [kamerbrief-over-spine]')}${item('y', ', due: {after: kamerbrief-over-spien}')}`,
    });
    expect(where(diagnostics)).toEqual(['E_UNKNOWN_REF@b.yaml:8:36']);
    expect(diagnostics[0]!.args).toEqual({ id: 'kamerbrief-over-spien', field: 'due.after', suggestion: 'kamerbrief-over-spine' });
  });

  test('a reference to a commitment that exists but is broken is not reported again', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': `${SOURCE}commitments:\n${item('a', ', status: foo')}${item('b', ', depends_on: [a]')}` });
    expect(codes(diagnostics)).toEqual(['E_UNKNOWN_STATUS']);
  });

  test('a broken commitment\'s own references are still checked, and its deadline is kept for resolving', () => {
    const { diagnostics, uncheckedDues } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n${item('a', ', status: foo, depends_on: [nergens], due: zomer 2026')}${item('a', ', due: {after: ook-nergens}')}`,
    });
    expect(where(diagnostics)).toEqual(['E_UNKNOWN_STATUS@a.yaml:7:31', 'E_UNKNOWN_REF@a.yaml:7:49', 'E_DUPLICATE_ID@a.yaml:8:10', 'E_UNKNOWN_REF@a.yaml:8:36']);
    expect(uncheckedDues.map(({ due, anchor }) => [due.kind, anchor])).toEqual([
      ['phrase', '2026-01-15'],
      ['after', '2026-01-15'],
    ]);
  });

  test('in a large register, did-you-mean looks within the referring file', () => {
    const many = Array.from({ length: 2100 }, (_, i) => item(`toezegging-${i}`)).join('');
    const { diagnostics } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n${many}`,
      'b.yaml': `${SOURCE.replace('S1', 'S2')}commitments:\n${item('lokaal-onderzoek')}${item('x', ', depends_on: [lokaal-onderzoke, toezegging-12a]')}`,
    });
    expect(diagnostics.map(({ args }) => [args.id, args.suggestion])).toEqual([
      ['lokaal-onderzoke', 'lokaal-onderzoek'],
      ['toezegging-12a', undefined],
    ]);
  });
});

describe('dependency cycles', () => {
  test('a commitment waiting on itself', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': `${SOURCE}commitments:\n${item('a', ', due: {after: a}')}` });
    expect(codes(diagnostics)).toEqual(['E_DEPENDENCY_CYCLE']);
    expect(diagnostics[0]!.args).toEqual({ id: 'a', cycle: 'a → a', size: 1 });
  });

  test('a cycle across files starts at the member written first, and shows a shortest way round', () => {
    const { diagnostics } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n${item('a', ', depends_on: [c, b]')}${item('b', ', depends_on: [c]')}`,
      'b.yaml': `${SOURCE.replace('S1', 'S2')}commitments:\n${item('c', ', due: {after: a}')}`,
    });
    expect(where(diagnostics)).toEqual(['E_DEPENDENCY_CYCLE@a.yaml:7:36']);
    expect(diagnostics[0]!.args).toEqual({ id: 'a', cycle: 'a → c → a', size: 3 });
  });

  test('two separate cycles are two diagnostics', () => {
    const { diagnostics } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n${item('a', ', depends_on: [b]')}${item('b', ', depends_on: [a]')}${item('c', ', depends_on: [d]')}${item('d', ', depends_on: [c]')}`,
    });
    expect(diagnostics.map(({ args }) => args.cycle)).toEqual(['a → b → a', 'c → d → c']);
  });

  test('commitments that wait on none, before, between and after a cycle, change nothing', () => {
    const free = (from: number) => Array.from({ length: 3 }, (_, i) => item(`vrij-${from + i}`)).join('');
    const { diagnostics } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n${free(0)}${item('a', ', depends_on: [vrij-0, b]')}${free(3)}${item('b', ', due: {after: a}')}${free(6)}`,
    });
    expect(where(diagnostics)).toEqual(['E_DEPENDENCY_CYCLE@a.yaml:10:44']);
    expect(diagnostics[0]!.args).toEqual({ id: 'a', cycle: 'a → b → a', size: 2 });
  });

  test('a chain of 20,000 commitments does not overflow the stack, and a long cycle is shown shortened', () => {
    const count = 20_000;
    const chain = Array.from({ length: count }, (_, i) => item(`c${i}`, `, depends_on: [c${(i + 1) % count}]`)).join('');
    const { diagnostics } = checkTexts({ 'a.yaml': `${SOURCE}commitments:\n${chain}` });
    expect(codes(diagnostics)).toEqual(['E_DEPENDENCY_CYCLE']);
    expect(diagnostics[0]!.args).toEqual({ id: 'c0', cycle: 'c0 → c1 → c2 → c3 → c4 → c5 → c6 → c7 → … → c0', size: count });
  });
});

describe('a deadline after a delivery on a day not recorded', () => {
  test('warns at the `after:` of each open commitment counting from it, in another file too', () => {
    const { diagnostics } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n${item('onderzoek', ', status: delivered, delivered: {date_unknown: true}')}${item('plan', ', due: {after: onderzoek, within: 3 maanden}')}`,
      'b.yaml': `${SOURCE.replace('S1', 'S2')}commitments:\n${item('wet', ', status: partial, due: {after: onderzoek}')}`,
    });
    expect(where(diagnostics)).toEqual(['W_AFTER_UNDATED_DELIVERY@a.yaml:8:39', 'W_AFTER_UNDATED_DELIVERY@b.yaml:7:55']);
    expect(diagnostics[0]!.args).toEqual({ id: 'plan', after: 'onderzoek' });
  });

  test('is silent once the day is recorded, for a dependent already settled, and for a prerequisite not yet delivered', () => {
    const { diagnostics } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n${item('gedateerd', ', status: delivered, delivered: {on: 2026-03-01}')}${item('a', ', due: {after: gedateerd}')}${item('ongedateerd', ', status: delivered, delivered: {date_unknown: true}')}${item('b', ', status: closed, due: {after: ongedateerd}')}${item('open', '')}${item('c', ', due: {after: open}')}`,
    });
    expect(codes(diagnostics)).toEqual([]);
  });
});
