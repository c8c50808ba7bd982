import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, NEUTRAL_CWD, runCli } from './run-cli.js';
import { tkRecord } from '../../bench/generate-tk-records.mjs';

const FIXTURES = new URL('../fixtures/tk/', import.meta.url);
const raw = (version: 'v1' | 'v2'): Array<Record<string, unknown>> =>
  JSON.parse(readFileSync(new URL(`records-${version}.json`, FIXTURES), 'utf8')) as Array<Record<string, unknown>>;

const newFolder = (): string => mkdtempSync(join(tmpdir(), 'toezegging-import-integrity-'));
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const yamlFiles = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.yaml'))
      .sort()
      .map((file) => [file, read(dir, file)]),
  );

/** Saves records as a response file and returns its path. */
function saved(records: readonly unknown[]): string {
  const file = join(newFolder(), 'records.json');
  writeFileSync(file, JSON.stringify({ value: records }));
  return file;
}

function importFrom(dir: string, file: string, ...extra: string[]): { code: number | null; stdout: string; stderr: string } {
  return runCli(['import', 'tk', '--data', dir, '--from', file, ...extra]);
}

const ids = (dir: string): string[] =>
  (JSON.parse(runCli(['list', '--data', dir, '--as-of', '2025-05-01', '--json', 'id']).stdout) as { commitments: Array<{ id: string }> }).commitments
    .map(({ id }) => id)
    .sort();

describe('import tk: ids are one-to-one with records', () => {
  const base = raw('v1')[0]!;
  const record = (id: string, nummer: string | undefined, text: string): Record<string, unknown> => ({ ...base, Id: id, Nummer: nummer, Tekst: text });

  test('numbers that differ only in case or punctuation are three promises, counted as three, and a re-import changes nothing', () => {
    const dir = newFolder();
    const file = saved([
      record('id-a', 'TZ202412-8', 'De minister stuurt de brief over a.'),
      record('id-b', 'TZ202412_8', 'De minister stuurt de brief over b.'),
      record('id-c', 'tz202412-8', 'De minister stuurt de brief over c.'),
    ]);
    const first = JSON.parse(importFrom(dir, file, '--json').stdout) as Record<string, unknown>;
    expect(first).toMatchObject({ added: 3, updated: 0, unchanged: 0, collisions: [] });
    expect(ids(dir)).toEqual(['tk-id-b', 'tk-id-c', 'tz202412-8']);
    expect(runCli(['check', '--data', dir])).toMatchObject({ code: 0 });
    const again = importFrom(dir, file);
    expect(again.stdout).toContain('toegevoegd 0, bijgewerkt 0, ongewijzigd 3, verwijderd 0');
    expect(again.stdout).toContain('Niets gewijzigd.');
  });

  test('records whose ids would still be the same are named and left out, and the counts say so', () => {
    const dir = newFolder();
    const file = saved([
      record('AB_c', undefined, 'De minister stuurt de brief over a.'),
      record('ab-c', undefined, 'De minister stuurt de brief over b.'),
      record('id-d', 'TZ202412-9', 'De minister stuurt de brief over d.'),
    ]);
    const result = importFrom(dir, file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('toegevoegd 1, bijgewerkt 0, ongewijzigd 0, verwijderd 0');
    expect(result.stdout).toContain('- [Id AB_c], - [Id ab-c]: zouden hetzelfde id tk-ab-c krijgen; niet ingelezen');
    expect(ids(dir)).toEqual(['tz202412-9']);
    const again = importFrom(dir, file);
    expect(again.stdout).toContain('toegevoegd 0, bijgewerkt 0, ongewijzigd 1, verwijderd 0');
    expect(again.stdout).toContain('Niets gewijzigd.');
  });

  test('a commitment written by hand under the id a record would get is not overwritten: the record is named', () => {
    const dir = newFolder();
    writeFileSync(join(dir, 'toezegging.config.yaml'), '');
    const own = 'source: {id: eigen, type: brief, title: Eigen, date: 2024-12-01}\ncommitments:\n  - id: tz202412-9\n    title: Mijn eigen toezegging\n';
    writeFileSync(join(dir, 'eigen.yaml'), own);
    const result = importFrom(dir, saved([record('id-d', 'TZ202412-9', 'De minister stuurt de brief over d.')]));
    expect(result.stdout).toContain('TZ202412-9 [Id id-d]: zou id tz202412-9 krijgen, maar dat is een andere toezegging in eigen.yaml; niet ingelezen');
    expect(result.stdout).toContain('toegevoegd 0');
    expect(read(dir, 'eigen.yaml')).toBe(own);
  });
});

describe('import tk keeps what a person wrote in tk/*.yaml', () => {
  test('comments anywhere in a month file survive a re-import that changes a promise in it', () => {
    const dir = newFolder();
    expect(importFrom(dir, saved(raw('v1'))).code).toBe(0);
    const path = join(dir, 'tk/2024-12.yaml');
    const edited = read(dir, 'tk/2024-12.yaml')
      .replace('source:\n', '# Bijgehouden door team Landbouw\nsource:\n')
      .replace('  - id: tz202412-116\n', '  # Navragen bij de griffie\n  - id: tz202412-116\n    tags: [stikstof] # ook in de stikstofbrief\n')
      .replace('  - id: tz202412-118\n', '  - id: tz202412-118\n    notes: bellen # vóór de zomer\n')
      .replace(/(- id: tz202412-116\n(?: {4}.*\n)*? {4}status: open)\n/, '$1 # volgens de Kamer\n');
    writeFileSync(path, edited);
    const result = importFrom(dir, saved(raw('v2')));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('bijgewerkt 1');
    const after = read(dir, 'tk/2024-12.yaml');
    for (const comment of ['# Bijgehouden door team Landbouw', '# Navragen bij de griffie', '# ook in de stikstofbrief', '# vóór de zomer', '# volgens de Kamer']) {
      expect(after).toContain(comment);
    }
    expect(after).toMatch(/ {4}status: delivered # volgens de Kamer\n/);
    expect(runCli(['check', '--data', dir])).toMatchObject({ code: 0 });
    // Only the changed promise's lines differ.
    const changed = after.split('\n').filter((line) => !edited.split('\n').includes(line));
    expect(changed.every((line) => /status|delivered|on:|ref:|changed:|Voldaan|date_unknown/.test(line)), changed.join('\n')).toBe(true);
  });
});

describe('import tk and the register cache', () => {
  test('an import leaves the cache warm: the next status reads it, and says what it would say without it', () => {
    const dir = newFolder();
    const cache = join(newFolder(), 'cache');
    const env = { TOEZEGGING_CACHE_DIR: cache };
    const dataFiles = () =>
      readdirSync(cache)
        // The register cache's own files: not its index, nor what the import remembers of records, nor each file's own check.
        .filter((name) => !name.endsWith('.index.json') && !name.endsWith('.imports.json') && !name.endsWith('.files'))
        .sort()
        .map((name) => [name, statSync(join(cache, name), { bigint: true }).mtimeNs]);
    const status = (cached: boolean) =>
      runCli(['status', '--data', dir, '--as-of', '2025-05-01', '--json'], { env: cached ? env : { TOEZEGGING_NO_CACHE: '1' } }).stdout;

    for (const version of ['v1', 'v2'] as const) {
      const result = runCli(['import', 'tk', '--data', dir, '--from', saved(raw(version))], { env });
      expect(result.code, result.stderr).toBe(0);
      const written = dataFiles();
      expect(written).toHaveLength(2);
      // Each month file written has its own check cached, as a status that parsed it would leave it: an entry of its own,
      // or, for a file whose check its lines in the register cache give back, a segment of the summary header marked so.
      const checks = readdirSync(cache).find((name) => name.endsWith('.files'));
      const summary = readdirSync(cache).find((name) => /^register-[0-9a-f]+\.json$/.test(name))!;
      const header = JSON.parse(readFileSync(join(cache, summary), 'latin1').split('\n')[0]!) as { segments: unknown[][] };
      const rebuilt = header.segments.filter((segment) => segment[8] === 1).length;
      expect(readdirSync(join(cache, checks!)).length + rebuilt).toBe(readdirSync(join(dir, 'tk')).length);
      // A cold status would rebuild and rewrite the cache's data files.
      expect(status(true)).toBe(status(false));
      expect(dataFiles()).toEqual(written);
    }
    // A re-import that changes nothing but found the cache cold (say, after an upgrade) leaves it warm too.
    rmSync(cache, { recursive: true });
    const again = runCli(['import', 'tk', '--data', dir, '--from', saved(raw('v2'))], { env });
    expect(again.stdout).toContain('Niets gewijzigd.');
    const warmed = dataFiles();
    expect(warmed).toHaveLength(2);
    expect(status(true)).toBe(status(false));
    expect(dataFiles()).toEqual(warmed);
  });
});

describe('import tk from NDJSON, a record a line', () => {
  const ndjson = (records: readonly unknown[], spacing?: number): string => {
    const file = join(newFolder(), 'records.ndjson');
    writeFileSync(file, `${records.map((record) => JSON.stringify(record, null, spacing).replace(/\n\s*/g, ' ')).join('\n')}\n`);
    return file;
  };
  const summary = (dir: string, file: string, env: Record<string, string>) => {
    const result = runCli(['import', 'tk', '--data', dir, '--from', file, '--json'], { env });
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as { added: number; updated: number; unchanged: number; removed: number; files: unknown[] };
  };

  // Found by review: saved responses read a MiB at a time with positioned reads failed on a pipe (ESPIPE, exit 3),
  // which a file read whole had read: `--from /dev/stdin` and `--from <(…)` in a shell.
  test('reads saved responses from a pipe (--from /dev/stdin) as from a file, NDJSON or one JSON value', () => {
    for (const text of [readFileSync(ndjson(raw('v1')), 'utf8'), JSON.stringify({ value: raw('v1') })]) {
      const fromFile = newFolder();
      const fromPipe = newFolder();
      const file = join(newFolder(), 'records.json');
      writeFileSync(file, text);
      expect(importFrom(fromFile, file).code).toBe(0);
      expect(importPiped(fromPipe, file).code).toBe(0);
      expect(yamlFiles(fromPipe)).toEqual(yamlFiles(fromFile));
      // Again, now that an earlier import's lines are known: still read whole from the pipe.
      expect(importPiped(fromPipe, file).stdout).toContain('Niets gewijzigd.');
    }
  });

  test('knows an unchanged line by its text, and still sees a changed one, as an import without the cache does', () => {
    const dir = newFolder();
    const env = { TOEZEGGING_CACHE_DIR: join(newFolder(), 'cache') };
    expect(summary(dir, ndjson(raw('v1')), env)).toMatchObject({ added: 9, files: [{}, {}] });
    const memory = readdirSync(env.TOEZEGGING_CACHE_DIR).find((name) => name.endsWith('.imports.json'))!;
    const remembered = () => readFileSync(join(env.TOEZEGGING_CACHE_DIR, memory), 'utf8');
    // The first import's memory, written aside while its cache was built, is there whole, and nothing written aside is left.
    const first = remembered();
    expect(first.charAt(64)).toBe('\n');
    expect(Object.values((JSON.parse(first.slice(65)) as { files: Record<string, { records: object }> }).files).flatMap((group) => Object.keys(group.records))).toHaveLength(9);
    expect(readdirSync(env.TOEZEGGING_CACHE_DIR).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(summary(dir, ndjson(raw('v1')), env)).toMatchObject({ added: 0, updated: 0, unchanged: 9, files: [] });
    const known = remembered();

    // The same records written another way are other texts: read and mapped again, and found unchanged.
    expect(summary(dir, ndjson(raw('v1'), 1), env)).toMatchObject({ added: 0, updated: 0, unchanged: 9, files: [] });
    expect(remembered()).not.toBe(known);

    // One line changed among lines known by their text: that record, and only it, is updated.
    const changed = raw('v1').map((record) => (record.Nummer === 'TZ202412-116' ? { ...record, Status: 'Afgedaan' } : record));
    expect(summary(dir, ndjson(changed), env)).toMatchObject({ added: 0, updated: 1, unchanged: 8 });
    const uncached = newFolder();
    summary(uncached, ndjson(raw('v1')), { TOEZEGGING_NO_CACHE: '1' });
    expect(summary(uncached, ndjson(changed), { TOEZEGGING_NO_CACHE: '1' })).toMatchObject({ added: 0, updated: 1, unchanged: 8 });
    expect(yamlFiles(dir)).toEqual(yamlFiles(uncached));
    expect(summary(dir, ndjson(changed), env)).toMatchObject({ updated: 0, unchanged: 9, files: [] });
  });
});

/** `cat FILE | toezegging import tk --from /dev/stdin`: a real pipe (a child's `input` is a socket, which /dev/stdin cannot open). */
function importPiped(dir: string, file: string): { code: number | null; stdout: string; stderr: string } {
  const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
  const command = `cat ${quote(file)} | ${[process.execPath, BIN, 'import', 'tk', '--data', dir, '--from', '/dev/stdin'].map(quote).join(' ')}`;
  const result = spawnSync('sh', ['-c', command], { cwd: NEUTRAL_CWD, env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam' }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs an import and kills it with SIGKILL after `ms`. */
function importKilledAfter(dir: string, file: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'import', 'tk', '--data', dir, '--from', file], {
      cwd: NEUTRAL_CWD,
      env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_LOCK_TIMEOUT: '5' },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a killed import tk', () => {
  test('leaves a register check accepts, and a re-run converges to what an uninterrupted import writes', async () => {
    const template = raw('v1')[0]!;
    const records = Array.from({ length: 600 }, (_, i) => {
      const month = String((i % 12) + 1).padStart(2, '0');
      return { ...template, Id: `kill-${i}`, Nummer: `TZ2024${month}-${i + 1}`, Aanmaakdatum: `2024-${month}-03T10:00:00+01:00`, Tekst: `De minister stuurt voor de zomer de brief over onderwerp ${i}.` };
    });
    const file = saved(records);
    const reference = newFolder();
    expect(importFrom(reference, file).code).toBe(0);
    const expected = yamlFiles(reference);

    const dir = newFolder();
    // Kills spread over the run: before, during and after the writes of the month files.
    for (const ms of [150, 300, 450, 600]) {
      await importKilledAfter(dir, file, ms);
      const check = runCli(['check', '--data', dir]);
      expect(check.code, `after a kill at ${ms} ms: ${check.stdout}${check.stderr}`).toBe(0);
    }
    const rerun = importFrom(dir, file);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(yamlFiles(dir)).toEqual(expected);
    expect(importFrom(dir, file).stdout).toContain('Niets gewijzigd.');
    // Whatever a kill left staged, the re-run removed.
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) => entry.endsWith('.tmp'))).toEqual([]);
  }, 30_000);

  // Found by review: a first import that could not stage a month (a full disk, a file larger than allowed) left the
  // months staged before it, and the folder made for them, in the register; the whole import is refused either way.
  test('a month that cannot be staged leaves nothing staged behind, nor a folder made for it', () => {
    const dir = newFolder();
    const [first, second] = [raw('v1').find((record) => String(record.Nummer).startsWith('TZ202412'))!, raw('v1').find((record) => String(record.Nummer).startsWith('TZ202501'))!];
    // The second month's file is larger than the run may write (ulimit -f: 50-100 KB); the first is not.
    const file = saved([first, { ...second, Tekst: `${String(second.Tekst)} ${'Een lange zin over de voortgang. '.repeat(4000)}` }]);
    const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
    const command = `ulimit -f 100; exec ${[process.execPath, BIN, 'import', 'tk', '--data', dir, '--from', file].map(quote).join(' ')}`;
    const env = { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_CACHE_DIR: join(newFolder(), 'cache') };
    const result = spawnSync('sh', ['-c', command], { cwd: NEUTRAL_CWD, env, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(3);
    expect(result.stderr).toContain('tk/2025-01.yaml');
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' })).toEqual([]);
  });

  // Found by review: an import killed while staging left every month it had staged (a whole register's size at a first
  // import) hidden in the register folder, and each such run left as much again; nothing ever removed them.
  test('a re-run removes the files a killed import left staged, and only those', () => {
    const dir = newFolder();
    const file = saved(raw('v1'));
    expect(importFrom(dir, file).code).toBe(0);
    // Named as an import staged them (beside the target, by its process id), by a process that has ended.
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    const left = [`tk/.2024-12.yaml.${ended}.0123abcd.tmp`, `tk/.2031-05.yaml.${ended}.89abcdef.tmp`, `.toezegging.config.yaml.${ended}.deadbeef.tmp`];
    // Not an import's, or one whose process still runs: left alone.
    const kept = [`tk/.2025-01.yaml.${process.pid}.0123abcd.tmp`, 'tk/.notities.tmp', `.eigen.yaml.${ended}.0123abcd.tmp`];
    for (const name of [...left, ...kept]) writeFileSync(join(dir, name), 'source:\n  id: half geschreven\n');
    expect(importFrom(dir, file).stdout).toContain('Niets gewijzigd.');
    expect(left.filter((name) => existsSync(join(dir, name)))).toEqual([]);
    expect(kept.filter((name) => existsSync(join(dir, name)))).toEqual(kept);
  });
});

describe('a first import makes the cache a file at a time', () => {
  const statusJson = (dir: string, env: Record<string, string>) => runCli(['status', '--data', dir, '--as-of', '2025-05-01', '--json'], { env }).stdout;
  const hidden = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) => /(^|\/)\./.test(entry));

  test('and, when a file-at-a-time check cannot vouch for the register (a deadline counted from a delivery in another file), checks it whole and writes the same files', () => {
    const streamed = newFolder();
    const whole = newFolder();
    // A promise due some time after another file's: a clean register that only the whole check vouches for.
    writeFileSync(join(whole, 'a.yaml'), 'source: {id: a, type: brief, title: A, date: 2024-11-01}\ncommitments:\n  - id: eerst\n    title: Eerst\n');
    writeFileSync(join(whole, 'b.yaml'), 'source: {id: b, type: brief, title: B, date: 2024-11-01}\ncommitments:\n  - id: daarna\n    title: Daarna\n    due: {after: eerst, within: 3 maanden}\n');
    expect(runCli(['check', '--data', whole])).toMatchObject({ code: 0 });
    const file = saved(raw('v1'));
    for (const dir of [streamed, whole]) {
      const env = { TOEZEGGING_CACHE_DIR: join(newFolder(), 'cache') };
      const result = runCli(['import', 'tk', '--data', dir, '--from', file], { env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Geschreven: tk/2024-12.yaml (nieuw), tk/2025-01.yaml (nieuw)');
      // No staged file is left, and the cache the import left is the register's: a status reads what an uncached one reads.
      expect(hidden(dir)).toEqual([]);
      expect(statusJson(dir, env)).toBe(statusJson(dir, { TOEZEGGING_NO_CACHE: '1' }));
      expect(runCli(['check', '--data', dir])).toMatchObject({ code: 0 });
    }
    const tkFiles = (dir: string) => Object.fromEntries(Object.entries(yamlFiles(dir)).filter(([name]) => name.startsWith('tk')));
    expect(tkFiles(whole)).toEqual(tkFiles(streamed));
  });
});

describe('the cache an import leaves is the one a first status makes of the same files', () => {
  /** Every file of the cache's data, byte for byte: not its index (which holds when the files were read), nor what the import remembers of records. */
  const cacheData = (cache: string): Record<string, string> =>
    Object.fromEntries(
      readdirSync(cache, { recursive: true, encoding: 'utf8' })
        .filter((name) => !name.endsWith('.index.json') && !name.endsWith('.imports.json') && statSync(join(cache, name)).isFile())
        .sort()
        .map((name) => [name, readFileSync(join(cache, name)).toString('base64')]),
    );
  /** The cache a status with nothing cached builds from the register's files as they are now. */
  const coldCache = (dir: string): Record<string, string> => {
    const cache = join(newFolder(), 'cache');
    expect(runCli(['status', '--data', dir, '--as-of', '2025-05-01'], { env: { TOEZEGGING_CACHE_DIR: cache } }).code).toBe(0);
    return cacheData(cache);
  };
  const importInto = (dir: string, cache: string, file: string): void => {
    const result = runCli(['import', 'tk', '--data', dir, '--from', file], { env: { TOEZEGGING_CACHE_DIR: cache } });
    expect(result.code, result.stderr).toBe(0);
  };

  test('after a first import and an update of the fixtures, and of generated records whose texts are nearly all their own', () => {
    const generated = Array.from({ length: 240 }, (_, at) => tkRecord(at * 53, { texts: 'distinct' }));
    // Records the import names rather than files: a status it does not know, a deleted record it never held.
    generated.push({ ...tkRecord(7, { texts: 'distinct' }), Id: 'onbekend', Nummer: 'TZ201901-999', Status: 'Onbekend' });
    generated.push({ ...tkRecord(9, { texts: 'distinct' }), Id: 'weg', Nummer: 'TZ201901-998', Verwijderd: true });
    for (const runs of [[raw('v1'), raw('v2')], [generated]]) {
      const dir = newFolder();
      const cache = join(newFolder(), 'cache');
      for (const records of runs) {
        importInto(dir, cache, saved(records));
        const left = cacheData(cache);
        expect(Object.keys(left).length).toBeGreaterThan(1);
        expect(left).toEqual(coldCache(dir));
      }
    }
  });
});
