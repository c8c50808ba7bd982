import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar } from './fixture.js';

/** A named recess the calendar cannot place is known but without dates: never a window, never "unknown". */
describe('a recess the calendar has no dates for', () => {
  it('names the recess and the year the phrase names', () => {
    expect(resolvePhrase('voor het herfstreces van 2020', '2020-07-02', calendar)).toEqual({ ok: false, problem: 'recess-without-dates', recess: 'herfstreces', year: 2020 });
    expect(resolvePhrase('voor het verkiezingsreces 2023', '2023-07-02', calendar)).toEqual({ ok: false, problem: 'recess-without-dates', recess: 'verkiezingsreces', year: 2023 });
  });

  it('without a year, names no year: the first one after the promise is meant', () => {
    expect(resolvePhrase('na het herfstreces', '2019-09-10', calendar)).toEqual({ ok: false, problem: 'recess-without-dates', recess: 'herfstreces' });
  });

  it('a year the calendar lists resolves; a recess with a pattern always does; a typo stays unknown', () => {
    expect(resolvePhrase('voor het herfstreces', '2023-09-10', calendar)).toMatchObject({ ok: true, resolution: { to: '2023-10-12' } });
    expect(resolvePhrase('voor het kerstreces 2019', '2019-09-10', calendar)).toMatchObject({ ok: true });
    expect(resolvePhrase('voor het herfstrecess', '2019-09-10', calendar)).toMatchObject({ ok: false, problem: 'unknown' });
  });
});
