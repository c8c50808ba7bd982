import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

// Found by review: a record renumbered into another month was imported as a new commitment beside the old one, and `check` said nothing.
const base = (JSON.parse(readFileSync(new URL('../fixtures/tk/records-v1.json', import.meta.url), 'utf8')) as Array<Record<string, unknown>>)[1]!;
const folder = (): string => mkdtempSync(join(tmpdir(), 'toezegging-moved-record-'));

function saved(records: readonly unknown[]): string {
  const file = join(folder(), 'records.json');
  writeFileSync(file, JSON.stringify({ value: records }));
  return file;
}

const run = (args: readonly string[], cache: string) => runCli([...args, '--as-of', '2025-05-01'], { env: { TOEZEGGING_CACHE_DIR: cache } });

interface CheckJson {
  diagnostics: Array<{ code: string; file: string; line: number; message: string; args: Record<string, unknown> }>;
}

/** `check --json` with the cache as the commands before left it, and with none: the two must agree. */
function checkWarmAndCold(dir: string, cache: string, lang = 'nl'): CheckJson {
  const warm = run(['check', '--data', dir, '--json', '--lang', lang], cache);
  const cold = run(['check', '--data', dir, '--json', '--lang', lang], folder());
  expect(warm.stdout).toBe(cold.stdout);
  expect(warm.code).toBe(cold.code);
  return JSON.parse(warm.stdout) as CheckJson;
}

describe('two commitments made from one imported record', () => {
  test('a record renumbered into another month: check reports the copy left behind, warm as cold, in both languages', () => {
    const dir = folder();
    const cache = folder();
    expect(runCli(['import', 'tk', '--data', dir, '--from', saved([base])], { env: { TOEZEGGING_CACHE_DIR: cache } }).code).toBe(0);
    expect(run(['status', '--data', dir], cache).code).toBe(0);
    const renumbered = { ...base, Nummer: 'TZ202501-119', ApiGewijzigdOp: '2025-02-01T08:00:00Z' };
    expect(runCli(['import', 'tk', '--data', dir, '--from', saved([renumbered])], { env: { TOEZEGGING_CACHE_DIR: cache } }).code).toBe(0);
    const { diagnostics } = checkWarmAndCold(dir, cache);
    expect(diagnostics).toMatchObject([
      { code: 'W_DUPLICATE_IMPORTED_ID', file: 'tk/2025-01.yaml', args: { id: 'tz202501-119', first: 'tz202412-119', firstFile: 'tk/2024-12.yaml', record: base.Id } },
    ]);
    expect(diagnostics[0]!.message).toContain('hetzelfde geïmporteerde record');
    expect(checkWarmAndCold(dir, cache, 'en').diagnostics[0]!.message).toContain('the same imported record');
    const text = run(['check', '--data', dir], cache);
    expect(text.code).toBe(0);
    expect(text.stdout + text.stderr).toMatch(/tk\/2025-01\.yaml:\d+:\d+: .*W_DUPLICATE_IMPORTED_ID/);
  });

  test('a commitment copied by hand into another file under another id: reported after a warm read as after a cold one', () => {
    const dir = folder();
    const cache = folder();
    expect(runCli(['import', 'tk', '--data', dir, '--from', saved([base])], { env: { TOEZEGGING_CACHE_DIR: cache } }).code).toBe(0);
    expect(run(['status', '--data', dir], cache).code).toBe(0);
    expect(checkWarmAndCold(dir, cache).diagnostics).toEqual([]);
    const month = readFileSync(join(dir, 'tk/2024-12.yaml'), 'utf8');
    const copy = month.replace('id: TK-2024-12', 'id: TK-kopie').replace('- id: tz202412-119', '- id: kopie-119');
    writeFileSync(join(dir, 'kopie.yaml'), copy);
    // The next read after a hand edit: the cache is brought up to date by the edited file alone, where it can be.
    const { diagnostics } = checkWarmAndCold(dir, cache);
    expect(diagnostics).toMatchObject([{ code: 'W_DUPLICATE_IMPORTED_ID', file: 'tk/2024-12.yaml', args: { id: 'tz202412-119', first: 'kopie-119', firstFile: 'kopie.yaml' } }]);
  });
});
