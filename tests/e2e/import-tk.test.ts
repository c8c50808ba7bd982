import { spawn } from 'node:child_process';
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
      'De volgende import vraagt alleen wat na 2025-03-20T07:30:07.7231780Z in de API is gewijzigd, met enkele minuten overlap (import.tk.last_sync).',
      '',
    ]);
    expect(read(dir, 'toezegging.config.yaml')).toBe('import:\n  tk:\n    last_sync: "2025-03-20T07:30:07.7231780Z"\n    last_sync_field: ApiGewijzigdOp\n');
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
      'tz202412-119': 'delivered',
      'tz202412-120': 'due',
      'tz202501-003': 'lapsed',
      'tz202501-004': 'due',
      'tz202501-006': 'upcoming',
      'tz202501-007': 'delivered',
    });
  });

  test('the next run asks only for what reached the API since, less ten minutes, and changes nothing', async () => {
    const before = snapshot(dir);
    const requests = server.requests.length;
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 record gelezen in 1 pagina, 1 na de filters');
    expect(result.stdout).toContain('Niets gewijzigd.');
    expect(new URL(server.requests[requests]!, 'http://x').searchParams.get('$filter')).toBe('ApiGewijzigdOp gt 2025-03-20T07:20:07.723Z');
    expect(snapshot(dir)).toEqual(before);
  });

  test('a record changed at the source before last_sync but loaded into the API after it is picked up', async () => {
    const late = {
      ...raw('v1')[0] as Record<string, unknown>,
      Id: '0c9d1f7e-1111-4a2b-9c3d-000000000121',
      Nummer: 'TZ202412-121',
      Tekst: 'De minister informeert de Kamer voor de zomer over de pilot.',
      GewijzigdOp: '2025-03-01T10:00:00.12+01:00',
      ApiGewijzigdOp: '2025-03-21T06:15:42.0000001Z',
    };
    server.setRecords([...raw('v1'), late]);
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 1, updated: 0, lastSync: '2025-03-21T06:15:42.0000001Z' });
    expect(read(dir, 'tk/2024-12.yaml')).toContain('- id: tz202412-121\n');
    expect(read(dir, 'toezegging.config.yaml')).toContain('last_sync: "2025-03-21T06:15:42.0000001Z"');
    server.setRecords(raw('v1'));
  });

  test('re-importing everything leaves the files byte for byte as they were', async () => {
    const before = snapshot(dir);
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url, '--since', '2000-01-01', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 9, removed: 0, files: [] });
    expect(snapshot(dir)).toEqual(before);
  });

  test('--since takes a day in the forms the other date flags take', async () => {
    for (const since of ['01-01-2000', '1 januari 2000']) {
      const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url, '--since', since, '--json']);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 9 });
    }
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
    // The person's lines stay as they wrote them.
    expect(read(dir, 'tk/2024-12.yaml')).toContain('  - id: tz202412-116\n    tags: [stikstof]\n    history:\n      - {on: 2025-01-15, note: uitstelbericht}\n');
    expect(read(dir, 'tk/2025-01.yaml')).toMatch(/- id: tz202501-006\n(?: {4}.*\n)*? {4}status: lapsed\n(?: {4}.*\n)*? {6}removed: true\n/);
    expect(read(dir, 'toezegging.config.yaml')).toContain('last_sync: "2025-04-03T07:00:07.5006454Z"');
  });
});

describe('toezegging import tk, sync point', () => {
  test('a last_sync from before ApiGewijzigdOp is migrated: everything is read once, and the late record is found', async () => {
    const dir = newRegister();
    server.setRecords(raw('v1'));
    // As an older version left it: the latest GewijzigdOp, with no word of which field it was.
    writeFileSync(join(dir, 'toezegging.config.yaml'), '# mijn register\nimport:\n  tk:\n    last_sync: "2025-03-20T08:30:00+01:00"\n');
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url]);
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests.at(-4)).not.toContain('filter');
    expect(result.stdout).toContain('10 records gelezen in 4 pagina\'s');
    expect(result.stdout).toContain('import.tk.last_sync kwam nog uit GewijzigdOp');
    expect(read(dir, 'toezegging.config.yaml')).toBe(
      '# mijn register\nimport:\n  tk:\n    last_sync: "2025-03-20T07:30:07.7231780Z"\n    last_sync_field: ApiGewijzigdOp\n',
    );
    const again = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url]);
    expect(again.stdout).not.toContain('GewijzigdOp, ');
    expect(again.stdout).toContain('Niets gewijzigd.');
  });

  test('every status value, null and sentinel dates: each read as the Kamer means it', async () => {
    const dir = newRegister();
    const base = raw('v1')[0] as Record<string, unknown>;
    const statuses = ['Openstaand', 'Voldaan', 'Deels Voldaan', 'Afgedaan', 'Deels Afgedaan', 'Vervallen'];
    const letter = [{ Id: 'd-1', DocumentNummer: '2025D00001', Datum: '2025-02-03T00:00:00+01:00', Verwijderd: false }];
    const records = statuses.flatMap((status, i) => [
      { ...base, Id: `s-${i}-a`, Nummer: `TZ202501-${10 + i}`, Status: status, DatumNakoming: null, Aanmaakdatum: '2025-01-06T10:00:00.5222825+01:00', KamerbriefNakoming: [], ApiGewijzigdOp: `2025-01-07T10:00:0${i}.1Z` },
      { ...base, Id: `s-${i}-b`, Nummer: `TZ202501-${20 + i}`, Status: status, DatumNakoming: '0001-01-01T00:00:00Z', Aanmaakdatum: '2025-01-06T10:00:00Z', KamerbriefNakoming: letter, ApiGewijzigdOp: `2025-01-07T10:00:1${i}Z` },
    ]);
    server.setRecords(records);
    const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 12, unknownStatuses: [] });
    const listed = JSON.parse(runCli(['list', '--data', dir, '--as-of', '2025-05-01', '--json', 'id,status,state,delivered,imported']).stdout) as {
      commitments: Array<{ id: string; status: string; delivered: { on: string | null; dateUnknown: boolean } | null; imported: { status: string } }>;
    };
    const seen = Object.fromEntries(listed.commitments.map((c) => [c.id, [c.imported.status, c.status, c.delivered?.on ?? (c.delivered?.dateUnknown ? 'unknown' : null)]]));
    expect(seen).toEqual({
      'tz202501-10': ['Openstaand', 'open', null],
      'tz202501-11': ['Voldaan', 'delivered', 'unknown'],
      'tz202501-12': ['Deels Voldaan', 'partial', null],
      'tz202501-13': ['Afgedaan', 'delivered', 'unknown'],
      'tz202501-14': ['Deels Afgedaan', 'partial', null],
      'tz202501-15': ['Vervallen', 'lapsed', null],
      'tz202501-20': ['Openstaand', 'open', null],
      'tz202501-21': ['Voldaan', 'delivered', '2025-02-03'],
      'tz202501-22': ['Deels Voldaan', 'partial', '2025-02-03'],
      'tz202501-23': ['Afgedaan', 'delivered', '2025-02-03'],
      'tz202501-24': ['Deels Afgedaan', 'partial', '2025-02-03'],
      'tz202501-25': ['Vervallen', 'lapsed', '2025-02-03'],
    });
    expect(runCli(['check', '--data', dir])).toMatchObject({ code: 0 });
    server.setRecords(raw('v1'));
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

  test.skipIf(!existsSync('/usr/bin/curl') && !existsSync('/bin/curl'))('the saved-responses loop in --help saves every page with its expansions, and imports as the live source does', async () => {
    const full = await startODataServer(raw('v1'), 4);
    try {
      // The lines from the address to the end of the loop, without their prompts: what a user copies and runs.
      const help = runCli(['import', 'tk', '--help'], { env: { COLUMNS: '80' } }).stdout.split('\n');
      const first = help.findIndex((line) => line.includes("$ url='"));
      const last = help.findIndex((line) => line.includes('done > '));
      const loop = help
        .slice(first, last + 1)
        .map((line) => line.replace(/^ {2}\$ /, ''))
        .join('\n')
        .replaceAll('https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Toezegging', full.url);
      const work = newRegister();
      // Pages of four with the loop's step of 250 would skip records: the stand-in pages as the Kamer does.
      const loopStep = Number(/skip \+ (\d+)/.exec(loop)?.[1]);
      expect(loopStep).toBe(250);
      await new Promise<void>((resolve, reject) => {
        const child = spawn('sh', ['-c', loop.replaceAll(`skip + ${loopStep}`, 'skip + 4')], { cwd: work, stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', () => resolve());
      });
      expect(full.requests.every((request) => new URL(request, 'http://x').searchParams.get('$expand')?.startsWith('KamerbriefNakoming,ToegezegdAan('))).toBe(true);
      const saved = newRegister();
      const fromFile = runCli(['import', 'tk', '--data', saved, '--from', join(work, 'toezeggingen.ndjson')]);
      expect(fromFile.code, fromFile.stderr).toBe(0);
      const live = newRegister();
      await runCliAsync(['import', 'tk', '--data', live, '--url', full.url]);
      const { ['toezegging.config.yaml']: _config, ...liveFiles } = snapshot(live);
      expect(snapshot(saved)).toEqual(liveFiles);
    } finally {
      await full.close();
    }
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
    expect(runCli(['import', 'tk', '--data', dir, '--from', dir])).toMatchObject({ code: 3, stderr: expect.stringContaining('EISDIR') });
  });

  // found by use: a --data folder that could not be made (a file in its path) was an internal error, exit 70
  test('a register folder that cannot be made exits 3 and says why', () => {
    const dir = newRegister();
    const from = join(dir, 'records.json');
    writeFileSync(from, JSON.stringify(raw('v1')));
    const result = runCli(['import', 'tk', '--data', join(from, 'register'), '--from', from]);
    expect(result).toMatchObject({ code: 3, stderr: expect.stringContaining('een deel van het pad is geen map (ENOTDIR)') });
    expect(looksLikeCrash(result.stderr)).toBe(false);
  });

  test('a --data that is a file is refused as no folder, and the file is left as it was', () => {
    const dir = newRegister();
    const from = join(dir, 'records.json');
    writeFileSync(from, JSON.stringify(raw('v1')));
    const file = join(dir, 'niet-een-map.txt');
    writeFileSync(file, 'blijft\n');
    expect(runCli(['import', 'tk', '--data', file, '--from', from])).toMatchObject({ code: 3, stderr: expect.stringContaining(`${file} is geen map`) });
    expect(readFileSync(file, 'utf8')).toBe('blijft\n');
  });
});
