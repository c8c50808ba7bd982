import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';
import { runCliAsync } from '../fixtures/tk/run-cli-async.js';

const FIXTURES = new URL('../fixtures/tk/', import.meta.url);
const template = (JSON.parse(readFileSync(new URL('records-v1.json', FIXTURES), 'utf8')) as Array<Record<string, unknown>>)[0]!;
const newFolder = (): string => mkdtempSync(join(tmpdir(), 'toezegging-import-readers-'));

const MONTHS = 24;

/** Two records a month over two years, every text marked with `version`: an import of the next version changes every month file. */
function savedVersion(version: string): string {
  const records = Array.from({ length: MONTHS * 2 }, (_, i) => {
    const month = Math.floor(i / 2);
    const date = `${2023 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-03`;
    return { ...template, Id: `reader-${i}`, Nummer: `TZ${date.slice(0, 4)}${date.slice(5, 7)}-${i + 1}`, Aanmaakdatum: `${date}T10:00:00+01:00`, Tekst: `De minister stuurt de brief over onderwerp ${i} (versie ${version}).` };
  });
  const file = join(newFolder(), `records-${version}.json`);
  writeFileSync(file, JSON.stringify({ value: records }));
  return file;
}

/** The versions the register's commitments were imported from, as `list` (or `status`) reads them. */
function versionsRead(dir: string, env: Record<string, string>, command: 'list' | 'status' = 'list'): string[] {
  const result = runCli(command === 'list' ? ['list', '--data', dir, '--as-of', '2025-05-01', '--json', 'id,quote'] : ['status', '--data', dir, '--as-of', '2025-05-01', '--json'], { env });
  expect(result.code, result.stderr).toBe(0);
  const { commitments } = JSON.parse(result.stdout) as { commitments: Array<{ quote?: string }> };
  expect(commitments).toHaveLength(MONTHS * 2);
  return [...new Set(commitments.map(({ quote }) => /versie (\w+)/.exec(quote ?? '')?.[1] ?? '?'))].sort();
}

// Found in review (e374653 wrote it down): readers take no lock, and an import renames its month files into place one
// after another, so a `list` or `status` in between showed some months as they were and the others as imported.
describe('a command that reads while import tk renames its month files', () => {
  test('reads the register whole, as it was or as imported, never a mix', async () => {
    const dir = newFolder();
    const env = { TOEZEGGING_CACHE_DIR: join(newFolder(), 'cache') };
    expect(runCli(['import', 'tk', '--data', dir, '--from', savedVersion('een')], { env }).code).toBe(0);
    expect(versionsRead(dir, env)).toEqual(['een']);
    // The moments between two renames widened, so that most reads fall in one.
    const importing = runCliAsync(['import', 'tk', '--data', dir, '--from', savedVersion('twee')], { env: { ...env, TOEZEGGING_TEST_PAUSE_BEFORE_RENAME_MS: '60' } });
    let done = false;
    void importing.then(() => (done = true));
    const seen: string[] = [];
    while (!done) {
      seen.push(versionsRead(dir, env, seen.length % 2 === 0 ? 'list' : 'status').join('+'));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await importing).code).toBe(0);
    seen.push(versionsRead(dir, env).join('+'));
    expect(seen.filter((read) => read !== 'een' && read !== 'twee')).toEqual([]);
    expect(seen.at(-1)).toBe('twee');
  }, 60_000);
});
