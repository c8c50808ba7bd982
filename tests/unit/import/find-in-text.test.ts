import { describe, expect, test } from 'vitest';
import { findDeadlineInText } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from '../deadline/fixture.js';

const find = (text: string, anchor = '2024-12-12') => findDeadlineInText(text, anchor, calendar);

describe('findDeadlineInText', () => {
  test.each([
    ['De Kamer wordt voor de zomer geïnformeerd over de uitkomsten van het onderzoek.', 'voor de zomer', '2025-07-03'],
    ['De minister stuurt in maart 2025 de terugkoppeling van het gesprek naar de Kamer.', 'in maart 2025', '2025-03-31'],
    ['De staatssecretaris informeert de Kamer in het eerste kwartaal van 2025 over de voortgang.', 'in het eerste kwartaal van 2025', '2025-03-31'],
    ['De Kamer ontvangt uiterlijk 1 maart 2025 een brief.', 'uiterlijk 1 maart 2025', '2025-03-01'],
    ['De minister stuurt de Kamer binnen drie weken een reactie.', 'binnen drie weken', '2025-01-02'],
    ['De Kamer ontvangt op korte termijn een brief over de stand van zaken.', 'op korte termijn', '2025-01-23'],
    ['Voor het kerstreces 2025 volgt een brief.', 'Voor het kerstreces 2025', '2025-12-18'],
  ])('%s → %s', (text, phrase, to) => {
    const found = find(text);
    expect(found?.phrase).toBe(phrase);
    expect(found?.resolution.to).toBe(to);
  });

  test('the phrase found is a literal substring of the text, at the index given', () => {
    const texts = [
      'De minister zegt toe de Kamer, vóór het zomerreces van 2025, te informeren.',
      'In het najaar stuurt de minister een brief; eerder, in  mei 2025, volgt een tussenstand.',
      'De Kamer wordt medio 2025 geïnformeerd over z.s.m. te nemen maatregelen.',
    ];
    for (const text of texts) {
      const found = find(text);
      expect(found, text).toBeDefined();
      expect(text.slice(found!.index, found!.index + found!.phrase.length)).toBe(found!.phrase);
      expect(text).toContain(found!.phrase);
    }
  });

  test('no phrase: no deadline', () => {
    expect(find('De minister gaat in gesprek met de sector over de uitvoering.')).toBeUndefined();
    expect(find('De minister stuurt de Kamer een brief over de motie-Bikker.')).toBeUndefined();
    expect(find('')).toBeUndefined();
  });

  test('a phrase never spans two sentences', () => {
    expect(find('De brief komt voor. De zomer is druk.')?.phrase).toBe('De zomer');
  });

  test('a window already over when the promise was made loses to one still to come', () => {
    const found = find('In het debat van 12 december 2024 zegde de minister toe in het voorjaar van 2025 te rapporteren.');
    expect(found?.phrase).toBe('in het voorjaar van 2025');
    expect(found?.resolution.from).toBe('2025-03-01');
  });

  test('of two phrases for the future, the longest wins', () => {
    expect(find('In 2025, uiterlijk in de tweede helft van 2025, volgt de evaluatie.')?.phrase).toBe('uiterlijk in de tweede helft van 2025');
  });
});
