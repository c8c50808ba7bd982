import { describe, expect, test } from 'vitest';
import { assess } from '../../../src/core/assess.js';
import { resolveDeadlines } from '../../../src/core/resolve-deadlines.js';
import { calendar } from '../deadline/fixture.js';
import { checkTexts, codes } from '../validate/helpers.js';

const file = (commitment: string): string => `source:
  id: TK-2024-12
  type: debat
  title: Toezeggingen Tweede Kamer, december 2024
  date: 2024-12
commitments:
${commitment}`;

describe('made, imported and delivered.date_unknown', () => {
  test('an imported commitment validates, with made and imported read into the model', () => {
    const checked = checkTexts({
      'tk/2024-12.yaml': file(`  - id: tz202412-116
    title: Terugkoppeling
    made: 2024-12-12
    due: binnen drie weken
    imported:
      from: tk
      id: 0c9d1f7e-1111-4a2b-9c3d-000000000116
      nummer: TZ202412-116
      status: Openstaand
      changed: 2024-12-13T09:00:00+01:00
      due_from: text
`),
    });
    expect(codes(checked.diagnostics)).toEqual([]);
    const [commitment] = checked.register.commitments;
    expect(commitment?.made).toBe('2024-12-12');
    expect(commitment?.imported).toMatchObject({ from: 'tk', nummer: 'TZ202412-116', status: 'Openstaand', dueFrom: 'text' });
  });

  test('made, not the source date, anchors relative deadlines and the age', () => {
    const checked = checkTexts({ 'a.yaml': file('  - {id: a, title: A, made: 2024-12-12, due: binnen drie weken}\n  - {id: b, title: B, due: binnen drie weken}\n') });
    const deadlines = resolveDeadlines(checked.register, calendar);
    expect(deadlines.windows.get('a')).toMatchObject({ from: '2024-12-12', to: '2025-01-02' });
    expect(deadlines.windows.get('b')).toMatchObject({ from: '2024-12-01', to: '2024-12-22' });
    const items = assess(checked.register, deadlines, '2024-12-20').items;
    expect(items.map((item) => item.ageDays)).toEqual([8, 19]);
  });

  test('delivered without a day is accepted only when said so, and is delivered with no days late', () => {
    const unsaid = checkTexts({ 'a.yaml': file('  - {id: a, title: A, status: voldaan, delivered: {ref: 2025D02345}}\n') });
    expect(codes(unsaid.diagnostics)).toEqual(['E_DELIVERED_WITHOUT_DATE']);
    const said = checkTexts({ 'a.yaml': file('  - {id: a, title: A, due: 2025-03-01, status: voldaan, delivered: {date_unknown: true, ref: 2025D02345}}\n') });
    expect(codes(said.diagnostics)).toEqual([]);
    const [item] = assess(said.register, resolveDeadlines(said.register, calendar), '2025-05-01').items;
    expect(item).toMatchObject({ state: 'delivered', daysLate: null });
    const falseFlag = checkTexts({ 'a.yaml': file('  - {id: a, title: A, status: voldaan, delivered: {date_unknown: false}}\n') });
    expect(codes(falseFlag.diagnostics)).toEqual(['E_DELIVERED_WITHOUT_DATE']);
  });

  test('wrong values are reported with codes', () => {
    const checked = checkTexts({
      'a.yaml': file(`  - id: a
    title: A
    made: 2024-13-01
    delivered: {date_unknown: "ja"}
    imported: {from: tk, due_from: guess, removed: yes, colour: red}
  - id: b
    title: B
    imported: {nummer: TZ1}
`),
    });
    expect(codes(checked.diagnostics).sort()).toEqual(['E_BAD_DATE', 'E_BAD_VALUE', 'E_MISSING_FIELD', 'E_UNKNOWN_FIELD', 'E_WRONG_TYPE', 'E_WRONG_TYPE']);
  });

  test('the config keeps import.tk.last_sync and refuses what is not an instant', () => {
    const good = checkTexts({ 'toezegging.config.yaml': 'horizon: 30\nimport:\n  tk:\n    last_sync: "2025-01-14T10:23:45.1234567+01:00"\n' });
    expect(codes(good.diagnostics)).toEqual([]);
    expect(good.config.imports?.tk?.lastSync).toBe('2025-01-14T10:23:45.1234567+01:00');
    const bad = checkTexts({ 'toezegging.config.yaml': 'import:\n  tk:\n    last_sync: gisteren\n  ek: {}\n' });
    expect(codes(bad.diagnostics).sort()).toEqual(['E_BAD_TIMESTAMP', 'E_UNKNOWN_FIELD']);
  });
});
