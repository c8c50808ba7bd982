import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar } from './fixture.js';

const ANCHOR = '2025-12-15';

/** "AO", the Kamer's abbreviation of an algemeen overleg, names a meeting as "commissiedebat" does (event-date.ts reads it so for a meeting's day). */
describe('an AO as the event a term waits on', () => {
  it('"vóór het AO Preventie" is before that meeting, with no window until its date is known', () => {
    const read = resolvePhrase('vóór het AO Preventie', ANCHOR, calendar);
    expect(read.ok && read.resolution).toMatchObject({ kind: 'event', relation: 'before', event: 'het AO Preventie', to: null });
    expect(findDeadline('Ik informeer uw Kamer vóór het AO Preventie over de stand van zaken.', ANCHOR, calendar)).toMatchObject({ kind: 'event', phrase: 'vóór het AO Preventie' });
  });

  it.each([
    // heldout20-047: the time a meeting is given, counted, is no time before it
    'We hebben tweeënhalf uur voor dit AO.',
    'We hebben maar een uur voor dit commissiedebat.',
  ])('no term: "%s"', (text) => {
    expect(findDeadline(text, ANCHOR, calendar)).toBeNull();
  });
});
