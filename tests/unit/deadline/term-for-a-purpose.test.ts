import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

/**
 * A term in an "om … te" clause serving another infinitive says when the purpose is reached, not when the act asked or
 * undertaken is due (clause.ts, termForAPurpose).
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

describe('any term said of the purpose of another act', () => {
  it.each([
    // kst-26150-229 (heldout24-047), kst-31765-926 (heldout23-327), Handelingen II 9 juni 2021 (heldout21-y221),
    // kst-30872-226 (heldout16-043)
    ['verzoekt de regering om in VN-verband een voorstel te doen om in 2026 een conferentie te organiseren om de modernisering van het VN-Vluchtelingenverdrag te bespreken,', '2025-09-11'],
    ['verzoekt de regering Zuyderland, provincie Limburg en de onderwijsinstellingen te ondersteunen om voor het zomerreces 2025 tot een plan te komen voor werving, flexibel opleiden en flexibele inzet van het zorgpersoneel,', '2025-05-21'],
    ['verzoekt de staatssecretaris om met een aangepast plan van aanpak te komen om de Commissie Werkelijke Schade in staat te stellen om de hersteloperatie uiterlijk in 2024 af te ronden,', '2021-06-09'],
    ['Ter voldoening aan artikel 21.6, vierde lid, van de Wet milieubeheer wordt het ontwerpbesluit in de Staatscourant bekend gemaakt om een ieder de gelegenheid te geven om binnen 4 weken haar zienswijze kenbaar te maken.', '2019-03-04'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it('keeps the term of an effort, and of an act done in time or in haste for the purpose (heldout4-019, heldout11-193)', () => {
    expect(to('verzoekt de regering zich in te zetten om voor 1 januari 2026 een regeling te treffen,', '2025-06-01')).toBe('2025-12-31');
    expect(to('Afgesproken is de resultaten daarvan tijdig ter kennis van de Kamer te brengen om de discussie te kunnen voortzetten bij de behandeling van de defensiebegroting voor 2005.', '2004-06-01')).toBe('2004-12-16');
    expect(to('een motie ingediend waarin het kabinet wordt gevraagd een spoedprocedure in gang te zetten om de hiervoor noodzakelijke wetswijziging voor 1 oktober te realiseren.', '2017-09-25')).toBe('2017-09-30');
  });
});
