import { describe, expect, it } from 'vitest';
import { readDateInput, readSourceDateInput } from '../../../src/core/date-input.js';

const TODAY = '2026-11-28';

describe('readDateInput', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['30-11-2026', '2026-11-30'],
    ['30/11/2026', '2026-11-30'],
    ['30.11.2026', '2026-11-30'],
    ['30 november 2026', '2026-11-30'],
    ['  30  NOVEMBER 2026 ', '2026-11-30'],
    ['1 mrt. 2026', '2026-03-01'],
    ['1 March 2026', '2026-03-01'],
    ['29 februari 2028', '2028-02-29'],
    ['vandaag', TODAY],
    ['Today', TODAY],
  ])('%s', (text, date) => {
    expect(readDateInput(text, TODAY)).toEqual({ ok: true, date });
  });

  it('tells a wrong form from a day that does not exist', () => {
    for (const text of ['2026/11/30', 'morgen', '30 nov', '30 brumaire 2026', '', '2026-11']) expect(readDateInput(text, TODAY)).toEqual({ ok: false, problem: 'format' });
    for (const text of ['2026-02-30', '29-02-2026', '31 april 2026', '2026-13-01', '0-1-2026']) expect(readDateInput(text, TODAY)).toEqual({ ok: false, problem: 'nonexistent' });
  });
});

describe('a source date as typed', () => {
  it.each([
    ['2026-11', { ok: true, date: '2026-11', anchor: '2026-11-01' }],
    ['2026-3', { ok: true, date: '2026-03', anchor: '2026-03-01' }],
    ['30-11-2026', { ok: true, date: '2026-11-30', anchor: '2026-11-30' }],
    ['vandaag', { ok: true, date: '2026-12-05', anchor: '2026-12-05' }],
    ['2026-13', { ok: false, problem: 'nonexistent' }],
    ['30-02-2026', { ok: false, problem: 'nonexistent' }],
    ['0000-01', { ok: false, problem: 'range' }],
    ['9999-12-31', { ok: false, problem: 'range' }],
    ['november 2026', { ok: false, problem: 'format' }],
  ])('%s', (text, expected) => {
    expect(readSourceDateInput(text, '2026-12-05')).toEqual(expected);
  });
});
