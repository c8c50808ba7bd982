import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

/**
 * "Zo snel mogelijk" in an "om … te" clause serving another infinitive says how soon the purpose is reached, not when
 * the act asked or undertaken is due (clause.ts, soonForAPurpose).
 */
describe('as soon as possible, said of the purpose of another act', () => {
  it.each([
    // kst-36045-196 (heldout22-318), the motion of 2024Z09390 (heldout19-200), kst-29398-626 (heldout19-275),
    // ParlaMint-NL 2022-04-06 (heldout22-164)
    ['verzoekt de regering met een plan te komen om de defensie-uitgaven van Nederland zo snel mogelijk naar minstens 3% toe te laten groeien,', '2025-02-18'],
    ['verzoekt de regering in overleg met gemeenten en COA de mogelijkheden te onderzoeken om het concept van Plan Einstein zo snel mogelijk ook op andere azc\'s te implementeren,', '2024-05-30'],
    ['verzoekt de regering, om TNO nadrukkelijk te verzoeken om hun onderzoek naar de Stints zo snel mogelijk af te ronden, zodat eventuele technische aanpassingen met spoed kunnen worden opgepakt;', '2018-11-07'],
    ['Hierbij doe ik dus de oproep om haar te helpen om dit zo snel mogelijk te regelen.', '2022-04-06'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it('keeps the term of the act itself, and of an effort whose act is the purpose', () => {
    expect(to('verzoekt de regering, om zo snel mogelijk een plan te maken,', '2024-03-01')).toBe('2024-03-22');
    expect(to('Ik ben bereid om u zo snel mogelijk een brief te sturen.', '2024-03-01')).toBe('2024-03-22');
    expect(to('verzoekt de regering zich in te spannen om de wachtlijsten zo snel mogelijk weg te werken,', '2024-03-01')).toBe('2024-03-22');
    expect(to('verzoekt de regering alles op alles te zetten om de wachtlijsten zo snel mogelijk weg te werken,', '2024-03-01')).toBe('2024-03-22');
  });
});
