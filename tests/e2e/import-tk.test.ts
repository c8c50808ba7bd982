import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startODataServer, type ODataServer } from '../fixtures/tk/odata-server.js';
import { runCliAsync } from '../fixtures/tk/run-cli-async.js';
import { looksLikeCrash, runCli } from './run-cli.js';

const FIXTURES = new URL('../fixtures/tk/', import.meta.url);
const raw = (version: 'v1' | 'v2'): unknown[] => JSON.parse(readFileSync(new URL(`records-${version}.json`, FIXTURES), 'utf8')) as unknown[];

const newRegister = (): string => mkdtempSync(join(tmpdir(), 'toezegging-import-'));
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.yaml'))
      .sort()
      .map((file) => [file, read(dir, file)]),
  );

let server: ODataServer;
beforeAll(async () => {
  server = await startODataServer(raw('v1'), 3);
});
afterAll(async () => {
  await server.close();
});

describe('toezegging import tk, live', () => {
  const dir = newRegister();

  test('a first import pages through the source, writes one file per month and remembers the last change', async () => {
    server.setRecords(raw('v1'));
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`Tweede Kamer (${server.url}): 10 records gelezen in 4 pagina's, 10 na de filters`);
    expect(lines.slice(1)).toEqual([
      '  toegevoegd 9, bijgewerkt 0, ongewijzigd 0, verwijderd 0',
      '  termijnen: 2 uit DatumNakoming, 5 uit de tekst, 2 zonder termijn',
      '  TZ202501-005: onbekende status "In behandeling"; niet ingelezen (een bestaande toezegging blijft zoals ze was)',
      'Geschreven: tk/2024-12.yaml (nieuw), tk/2025-01.yaml (nieuw), toezegging.config.yaml (nieuw)',
      'De volgende import vraagt alleen wat na 2025-03-20T08:30:00+01:00 is gewijzigd (import.tk.last_sync).',
      '',
    ]);
    expect(read(dir, 'toezegging.config.yaml')).toBe('import:\n  tk:\n    last_sync: "2025-03-20T08:30:00+01:00"\n');
    expect(read(dir, 'tk/2024-12.yaml')).toMatchSnapshot();
    expect(runCli(['check', '--data', dir])).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  test('the register reports the imported promises by their own dates', () => {
    const result = runCli(['list', '--data', dir, '--as-of', '2025-05-01', '--json', 'id,state,daysLate']);
    expect(result.code).toBe(0);
    const states = Object.fromEntries(
      (JSON.parse(result.stdout) as { commitments: Array<{ id: string; state: string }> }).commitments.map(({ id, state }) => [id, state]),
    );
    expect(states).toEqual({
      'tz202412-116': 'overdue',
      'tz202412-117': 'delivered',
      'tz202412-118': 'overdue',
      'tz202412-119': 'closed',
      'tz202412-120': 'due',
      'tz202501-003': 'lapsed',
      'tz202501-004': 'due',
      'tz202501-006': 'upcoming',
      'tz202501-007': 'delivered',
    });
  });

  test('the next run asks only for what changed since, and changes nothing', async () => {
    const before = snapshot(dir);
    const requests = server.requests.length;
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Niets gewijzigd.');
    expect(server.requests[requests]).toContain('GewijzigdOp%20gt%202025-03-20T08%3A30%3A00%2B01%3A00');
    expect(snapshot(dir)).toEqual(before);
  });

  test('re-importing everything leaves the files byte for byte as they were', async () => {
    const before = snapshot(dir);
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url, '--since', '2000-01-01', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 9, removed: 0, files: [] });
    expect(snapshot(dir)).toEqual(before);
  });

  test('a status changed upstream is updated and a deletion marked, keeping a local tag and note', async () => {
    const file = join(dir, 'tk/2024-12.yaml');
    writeFileSync(
      file,
      read(dir, 'tk/2024-12.yaml').replace('  - id: tz202412-116\n', '  - id: tz202412-116\n    tags: [stikstof]\n    history:\n      - {on: 2025-01-15, note: uitstelbericht}\n'),
    );
    server.setRecords(raw('v2'));
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('toegevoegd 0, bijgewerkt 1, ongewijzigd 0, verwijderd 1');
    const show = JSON.parse(runCli(['show', 'tz202412-116', '--data', dir, '--as-of', '2025-05-01', '--json']).stdout) as { commitment: unknown };
    expect(show.commitment).toMatchObject({ status: 'delivered', state: 'delivered', tags: ['stikstof'], delivered: { on: '2025-03-28' } });
    expect(read(dir, 'tk/2024-12.yaml')).toContain('      - on: 2025-01-15\n        note: uitstelbericht\n');
    expect(read(dir, 'tk/2025-01.yaml')).toMatch(/- id: tz202501-006\n(?: {4}.*\n)*? {4}status: lapsed\n(?: {4}.*\n)*? {6}removed: true\n/);
    expect(read(dir, 'toezegging.config.yaml')).toContain('last_sync: "2025-04-03T09:00:00+02:00"');
  });
});

describe('toezegging import tk, other ways in', () => {
  test('paging with $skip when the address uses $top gives the same files', async () => {
    server.setRecords(raw('v1'));
    const viaNextLink = newRegister();
    const viaSkip = newRegister();
    await runCliAsync(['import', 'tk', '--data', viaNextLink, '--url', server.url]);
    const result = await runCliAsync(['import', 'tk', '--data', viaSkip, '--url', `${server.url}?$top=3`]);
    expect(result.code).toBe(0);
    expect(snapshot(viaSkip)).toEqual(snapshot(viaNextLink));
  });

  test('--from reads one response, an array of records, or NDJSON, to the same files', () => {
    const records = raw('v1');
    const shapes = {
      'response.json': JSON.stringify({ '@odata.context': 'x', value: records }),
      'records.json': JSON.stringify(records, null, 2),
      'records.ndjson': records.map((record) => JSON.stringify(record)).join('\n'),
    };
    const results = Object.entries(shapes).map(([name, text]) => {
      const dir = newRegister();
      writeFileSync(join(dir, '..', `${dir.split('/').pop()}-${name}`), text);
      const result = runCli(['import', 'tk', '--data', dir, '--from', join(dir, '..', `${dir.split('/').pop()}-${name}`)]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('toegevoegd 9');
      // A saved file is not a sync point: nothing is remembered.
      expect(existsSync(join(dir, 'toezegging.config.yaml'))).toBe(false);
      return snapshot(dir);
    });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  test('--dry-run says what would be written and writes nothing', async () => {
    const dir = newRegister();
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url, '--dry-run', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dry run, nothing written. Would write: tk/2024-12.yaml (new), tk/2025-01.yaml (new), toezegging.config.yaml (new)');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('filters narrow the import and are not a sync point', async () => {
    const dir = newRegister();
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url, '--ministerie', 'justitie', '--status', 'Openstaand']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('10 records gelezen in 4 pagina\'s, 2 na de filters');
    expect(Object.keys(snapshot(dir))).toEqual(['tk/2025-01.yaml']);
  });
});

describe('toezegging import tk, failures', () => {
  test('offline: one line, exit 3, no stack', async () => {
    const down = await startODataServer([]);
    const url = down.url;
    await down.close();
    const result = await runCliAsync(['import', 'tk', '--data', newRegister(), '--url', url]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`toezegging: kan 127.0.0.1:${new URL(url).port} niet bereiken (ECONNREFUSED); controleer de netwerkverbinding, of lees opgeslagen antwoorden met --from BESTAND.\n`);
    expect(looksLikeCrash(result.stderr)).toBe(false);
  });

  test('usage errors exit 2', () => {
    const dir = newRegister();
    expect(runCli(['import', 'tk', '--data', dir, '--url', 'http://x', '--from', 'a.json'])).toMatchObject({ code: 2 });
    expect(runCli(['import', 'tk', '--data', dir, '--url', 'ftp://x'])).toMatchObject({ code: 2 });
    expect(runCli(['import', 'tk', '--data', dir, '--since', 'gisteren']).stderr).toContain('--since: "gisteren"');
    expect(runCli(['import', 'tk', '--data', dir, '--status', 'bezig'])).toMatchObject({ code: 2 });
    expect(runCli(['import', 'tk', '--from', 'a.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--data') });
  });

  test('an unreadable or malformed --from file exits 3 and says why', () => {
    const dir = newRegister();
    const bad = join(dir, '..', `${dir.split('/').pop()}-bad.ndjson`);
    writeFileSync(bad, '{"Id": "a"}\n{kapot\n');
    expect(runCli(['import', 'tk', '--data', dir, '--from', bad])).toMatchObject({ code: 3, stderr: expect.stringContaining(':2: geen JSON') });
    expect(runCli(['import', 'tk', '--data', dir, '--from', join(dir, 'nergens.json')])).toMatchObject({ code: 3, stderr: expect.stringContaining('ENOENT') });
  });
});
