import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { KNOWN_FORMS, KNOWN_FORMS_EN, RECURRING_FORMS_EN, RECURRING_FORMS_NL } from '../../../src/core/deadline/suggest.js';
import { ANCHOR, calendar } from './fixture.js';

function suggestions(phrase: string, anchor = ANCHOR): string[] {
  const outcome = resolvePhrase(phrase, anchor, calendar);
  if (outcome.ok) throw new Error(`"${phrase}" resolved to ${outcome.resolution.from}..${outcome.resolution.to}`);
  if (outcome.problem !== 'unknown') throw new Error(`"${phrase}": ${outcome.problem}`);
  return outcome.suggestions;
}

describe('unknown phrases', () => {
  it('suggest the nearest known form first', () => {
    expect(suggestions('zomr 2026')[0]).toBe('zomer 2026');
    expect(suggestions('voor het zomereces')[0]).toBe('voor het zomerreces');
    expect(suggestions('op kort termijn')[0]).toBe('op korte termijn');
    expect(suggestions('eerste helf van 2026')[0]).toBe('eerste helft van 2026');
  });

  it('suggest forms that share the phrase\'s words, not an unrelated list', () => {
    for (const found of [suggestions('tegen de zomer'), suggestions('kort na de zomer')]) {
      expect(found.every((form) => form.includes('zomer')), found.join(' | ')).toBe(true);
    }
    expect(suggestions('rond de kerst')).toContain('voor de kerst');
    expect(suggestions('binnen afzienbare tijd').every((form) => form.startsWith('binnen')), 'binnen').toBe(true);
  });

  it('suggest forms in the language of the phrase', () => {
    const english = suggestions('before the sumer recess');
    expect(english[0]).toBe('before the summer recess');
    const englishForms = KNOWN_FORMS_EN.map((form) => form.replaceAll('{Y}', ANCHOR.slice(0, 4)));
    expect(english.every((form) => englishForms.includes(form)), english.join(' | ')).toBe(true);
    const dutch = suggestions('voor de vakantie');
    expect(dutch.some((form) => KNOWN_FORMS_EN.includes(form))).toBe(false);
  });

  // found by use: "around Easter 2027" was offered "around Budget Day" (this year), "rond Pasen 2027" "rond Prinsjesdag 2027"
  it('offer an English phrase that names a year the forms in that year, as a Dutch one is', () => {
    expect(suggestions('around Easter 2027')).toContain('around Budget Day 2027');
    expect(suggestions('before the summer break 2027')).toContain('before the summer recess 2027');
  });

  it('suggest series for a phrase that names a frequency, in its language, never "doorlopend"', () => {
    for (const phrase of ['jaarlijks rond de verkiezingen', 'ieder kwartaal voor de begroting', 'halfjaarlijks na de zomer', 'maandelijks voor de 15e']) {
      const found = suggestions(phrase);
      expect(found.length, phrase).toBeGreaterThanOrEqual(2);
      expect(found.every((form) => RECURRING_FORMS_NL.includes(form)), `${phrase}: ${found.join(' | ')}`).toBe(true);
    }
    expect(suggestions('jaarlijks voor de zomr')[0]).toBe('jaarlijks vóór het zomerreces');
    expect(suggestions('halfjaarlijks na de zomer')[0]).toBe('halfjaarlijks');
    const english = suggestions('twice yearly in spring');
    expect(english.every((form) => RECURRING_FORMS_EN.includes(form)), english.join(' | ')).toBe(true);
  });

  it('suggest forms in the month the phrase names, with its day, in its language, not the example month', () => {
    const dutch = suggestions('tot 20 februari');
    expect(dutch).toContain('voor 20 februari 2025');
    expect(dutch.some((form) => form.includes('maart')), dutch.join(', ')).toBe(false);
    expect(suggestions('tot 20 feb')).toContain('20 februari 2025');
    const english = suggestions('until 20 February');
    expect(english).toContain('by 20 February 2025');
    expect(english.some((form) => /februari|uiterlijk|voor /.test(form)), english.join(', ')).toBe(false);
  });

  it('suggest forms with the year the phrase named', () => {
    expect(suggestions('zomr 2027')[0]).toBe('zomer 2027');
  });

  it('always suggest two to four forms, even for nonsense', () => {
    for (const phrase of ['zomr 2026', 'xyzzy', '', 'wanneer het uitkomt', 'Q5 2026']) {
      const found = suggestions(phrase);
      expect(found.length, phrase).toBeGreaterThanOrEqual(2);
      expect(found.length, phrase).toBeLessThanOrEqual(4);
    }
  });

  it('fail for a recess with neither a row nor a pattern, as a known phrase without dates (recess-without-dates.test.ts)', () => {
    expect(resolvePhrase('voor het herfstreces 2030', ANCHOR, calendar)).toMatchObject({ ok: false, problem: 'recess-without-dates' });
  });

  it('fail for modifiers that make no sense with their target', () => {
    for (const phrase of ['na 1 maart 2026', 'zomerreces 2026', 'uiterlijk het zomerreces', 'de begrotingsbehandeling']) {
      expect(resolvePhrase(phrase, ANCHOR, calendar).ok, phrase).toBe(false);
    }
  });
});

describe('impossible dates', () => {
  it.each(['30 februari 2026', '29 februari 2026', '2026-02-30', '31 april 2026', '2026-13-01', '2026-00', '0 maart 2026'])(
    '%s fails',
    (phrase) => {
      expect(resolvePhrase(phrase, ANCHOR, calendar).ok).toBe(false);
    },
  );

  it('suggest the last day the month has', () => {
    expect(suggestions('30 februari 2026')[0]).toBe('28 februari 2026');
    expect(suggestions('uiterlijk 31 april 2026')[0]).toBe('uiterlijk 30 april 2026');
    expect(suggestions('2026-02-30')[0]).toBe('2026-02-28');
  });

  it('accept 29 February in a leap year', () => {
    expect(resolvePhrase('29 februari 2028', ANCHOR, calendar).ok).toBe(true);
  });
});

describe('known forms', () => {
  it.each(KNOWN_FORMS.map((form) => form.replaceAll('{Y}', '2027')))('%s resolves', (form) => {
    expect(resolvePhrase(form, ANCHOR, calendar).ok).toBe(true);
  });
});
