import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

// Found by use: a deadline corrected with `set due` on an imported promise was put back by the next import that
// changed the record, since only `imported.due_from: local` keeps a correction and `set` did not write it.
test('a deadline corrected with set due on an imported promise survives the next import of a changed record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-set-imported-'));
  const records = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'tk', 'records-v1.json'), 'utf8')) as Array<Record<string, unknown>>;
  const first = join(dir, 'records-1.json');
  writeFileSync(first, JSON.stringify(records));
  expect(runCli(['import', 'tk', '--data', dir, '--from', first]).code).toBe(0);

  const set = runCli(['set', 'tz202412-116', 'due', 'eind 2026', '--data', dir]);
  expect(set.code).toBe(0);
  expect(readFileSync(join(dir, 'tk', '2024-12.yaml'), 'utf8')).toMatch(/^ +due_from: local$/m);

  const changed = records.map((record) => (record.Nummer === 'TZ202412-116' ? { ...record, Status: 'Deels Afgedaan', GewijzigdOp: '2026-01-05T10:00:00+01:00', ApiGewijzigdOp: '2026-01-05T09:00:00.5Z' } : record));
  const second = join(dir, 'records-2.json');
  writeFileSync(second, JSON.stringify(changed));
  expect(runCli(['import', 'tk', '--data', dir, '--from', second]).code).toBe(0);

  const shown = runCli(['show', 'tz202412-116', '--data', dir, '--json']);
  expect(JSON.parse(shown.stdout)).toMatchObject({ commitment: { due: { phrase: 'eind 2026' }, status: 'partial' } });
});

test('the date set for the event of an imported event-bound promise survives the next import of a changed record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-set-imported-'));
  const records = (JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'tk', 'records-v1.json'), 'utf8')) as Array<Record<string, unknown>>).map((record) =>
    record.Nummer === 'TZ202412-116' ? { ...record, DatumNakoming: null, Tekst: 'De minister informeert de Kamer voor het commissiedebat over de stand van zaken.' } : record,
  );
  const first = join(dir, 'records-1.json');
  writeFileSync(first, JSON.stringify(records));
  expect(runCli(['import', 'tk', '--data', dir, '--from', first]).code).toBe(0);
  expect(runCli(['set', 'tz202412-116', 'event-date', '2025-03-12', '--data', dir]).code).toBe(0);

  const changed = records.map((record) => (record.Nummer === 'TZ202412-116' ? { ...record, Status: 'Deels Afgedaan', GewijzigdOp: '2026-01-05T10:00:00+01:00', ApiGewijzigdOp: '2026-01-05T09:00:00.5Z' } : record));
  const second = join(dir, 'records-2.json');
  writeFileSync(second, JSON.stringify(changed));
  expect(runCli(['import', 'tk', '--data', dir, '--from', second]).code).toBe(0);

  const shown = JSON.parse(runCli(['show', 'tz202412-116', '--data', dir, '--json']).stdout) as { commitment: { due: { to: string | null } } };
  expect(shown.commitment.due.to).toBe('2025-03-11');
});
