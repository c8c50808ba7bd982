import { describe, expect, test } from 'vitest';
import { commitmentIdOf, toOwnedFields, type OwnedFields } from '../../../src/import/tk/to-commitment.js';
import { readRecord } from '../../../src/import/tk/record.js';
import { titleFromText } from '../../../src/import/tk/title.js';
import { calendar } from '../deadline/fixture.js';
import { rawRecords, record } from './helpers.js';

function owned(nummer: string, change: Record<string, unknown> = {}): OwnedFields {
  const raw = { ...rawRecords('v1').find((candidate) => candidate.Nummer === nummer)!, ...change };
  const mapped = toOwnedFields(readRecord(raw)!, calendar);
  if (!mapped.ok) throw new Error(`${nummer}: ${mapped.problem}`);
  return mapped.fields;
}

describe('a Tweede Kamer record as a commitment', () => {
  test('the id derives from the number, and the file from its month', () => {
    expect(commitmentIdOf(record('v1', 'TZ202412-116'))).toBe('tz202412-116');
    const mapped = toOwnedFields(record('v1', 'TZ202501-004'), calendar);
    expect(mapped).toMatchObject({ ok: true, month: '2025-01' });
  });

  test.each([
    ['Openstaand', 'open'],
    ['Voldaan', 'delivered'],
    ['Deels Voldaan', 'partial'],
    ['Afgedaan', 'delivered'],
    ['Deels Afgedaan', 'partial'],
    ['Vervallen', 'lapsed'],
  ])('status %s is %s, and the raw value is kept', (tk, status) => {
    const fields = owned('TZ202412-119', { Status: tk });
    expect(fields.status).toBe(status);
    expect(fields.imported.status).toBe(tk);
  });

  test('Afgedaan and Deels Afgedaan take the delivery day from the fulfilling letter, or say it is unknown', () => {
    const letter = { KamerbriefNakoming: [{ Id: 'd1', DocumentNummer: '2025D06612', Datum: '2025-02-10T00:00:00+01:00' }] };
    expect(owned('TZ202412-119', { Status: 'Afgedaan', ...letter }).delivered).toEqual({ on: '2025-02-10', ref: '2025D06612' });
    expect(owned('TZ202412-119', { Status: 'Afgedaan' }).delivered).toEqual({ dateUnknown: true });
    expect(owned('TZ202412-119', { Status: 'Deels Afgedaan', ...letter })).toMatchObject({ status: 'partial', delivered: { on: '2025-02-10' } });
    expect(owned('TZ202412-119', { Status: 'Deels Afgedaan' }).delivered).toBeUndefined();
  });

  test('null dates and the 0001-01-01 sentinel are no date; instants with 0 to 7 fraction digits and any offset are read', () => {
    for (const none of [null, '0001-01-01T00:00:00Z', '0001-01-01T00:00:00']) {
      const fields = owned('TZ202501-004', { DatumNakoming: none, Tekst: 'De minister komt erop terug.' });
      expect(fields.due).toBeUndefined();
    }
    expect(owned('TZ202501-004', { Aanmaakdatum: null }).made).toBeUndefined();
    for (const [instant, day] of [
      ['2024-04-09T20:08:55.5222825+02:00', '2024-04-09'],
      ['2024-04-09T22:08:55.52+00:00', '2024-04-10'],
      ['2024-04-09T23:59:59.9999999+02:00', '2024-04-09'],
      ['2024-04-09T22:00:00Z', '2024-04-10'],
      ['2024-12-31T23:30:00.1-01:00', '2025-01-01'],
    ]) {
      expect(owned('TZ202501-004', { DatumNakoming: instant }).due).toBe(`uiterlijk ${day}`);
    }
  });

  test('an unknown status, or another spelling of a known one, is reported and not guessed', () => {
    expect(toOwnedFields(record('v1', 'TZ202501-005'), calendar)).toEqual({ ok: false, problem: 'unknown-status', value: 'In behandeling' });
    const lower = readRecord({ ...rawRecords('v1')[0], Status: 'openstaand' })!;
    expect(toOwnedFields(lower, calendar)).toMatchObject({ ok: false, problem: 'unknown-status', value: 'openstaand' });
  });

  test('a real DatumNakoming is the last day of a window from Aanmaakdatum, and wins over the text', () => {
    const fields = owned('TZ202412-117');
    expect(fields.made).toBe('2024-12-12');
    expect(fields.due).toBe('uiterlijk 2025-03-01');
    expect(fields.imported.dueFrom).toBe('date');
    expect(fields.quote).toContain('voor de zomer');
  });

  test('with the sentinel date, the deadline is a phrase found literally in the text', () => {
    const fields = owned('TZ202412-116');
    expect(fields.due).toBe('in maart 2025');
    expect(fields.quote).toContain(fields.due);
    expect(fields.imported.dueFrom).toBe('text');
  });

  test('a DatumNakoming or Aanmaakdatum in year 9999 is no date, like the sentinel: never a day the register refuses', () => {
    const fields = owned('TZ202412-117', { DatumNakoming: '9999-12-31T23:00:00+00:00', Aanmaakdatum: '9999-12-31T23:30:00Z' });
    expect(fields.made).toBeUndefined();
    expect(fields.due).toBe('voor de zomer');
    expect(fields.imported.dueFrom).toBe('text');
  });

  test('a text without a phrase gives no deadline', () => {
    const fields = owned('TZ202412-119');
    expect(fields.due).toBeUndefined();
    expect(fields.imported.dueFrom).toBeUndefined();
  });

  test('two fulfilling letters: the earliest day, both references', () => {
    expect(owned('TZ202412-117').delivered).toEqual({ on: '2025-01-20', ref: '2025D06612; 2025D02345' });
  });

  test('delivered without a letter says the day is unknown rather than invent one', () => {
    expect(owned('TZ202501-007').delivered).toEqual({ dateUnknown: true, ref: undefined });
  });

  test('to whom: member with party, or the party alone', () => {
    expect(owned('TZ202412-116').to).toEqual(['Vedder (CDA)']);
    expect(owned('TZ202412-118').to).toEqual(['GroenLinks-PvdA']);
  });

  test('a day written in UTC is the Dutch day', () => {
    expect(owned('TZ202412-116', { Aanmaakdatum: '2024-12-11T23:30:00Z' }).made).toBe('2024-12-12');
  });
});

describe('titleFromText', () => {
  test('the first sentence; abbreviations do not end it', () => {
    expect(titleFromText('De Kamer wordt z.s.m. geïnformeerd. Daarna volgt meer.')).toBe('De Kamer wordt z.s.m. geïnformeerd.');
  });

  test('a long sentence is cut at a word, with an ellipsis', () => {
    const title = titleFromText(`De minister ${'informeert de Kamer uitgebreid '.repeat(10)}over de zaak.`);
    expect(title.length).toBeLessThanOrEqual(140);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/ …$/);
  });
});
