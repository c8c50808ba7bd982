import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../src/core/build-register.js';
import { registerKey } from '../../../src/register/cache-key.js';
import { fileCacheFolder } from '../../../src/register/file-cache.js';
import { loadFiles } from '../../../src/register/load.js';
import { linksOf } from '../../../src/register/clean-change.js';
import { cacheFile, readCachedRegister, readCachedSummaries, writeCachedRegister } from '../../../src/register/register-cache.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { updateCachedRegister } from '../../../src/register/update-cache.js';
import { BUNDLED } from '../digest/register-fixture.js';

const BUNDLED_FILE = '2025Z19579.yaml';

const smallSource = (n: number, extra: string[] = []) =>
  [
    'source:',
    `  id: KLEIN-${n}`,
    '  type: brief',
    `  title: Brief ${n}`,
    `  date: 2026-0${n}-10`,
    'commitments:',
    `  - id: klein-${n}-a`,
    `    title: Toezegging ${n}a`,
    '    due: voor het zomerreces',
    `  - id: klein-${n}-b`,
    `    title: Toezegging ${n}b`,
    '    due: eind 2026',
    ...extra,
  ].join('\n') + '\n';

/** Three source files and a config: the bundled source, and two small ones, the second linking to the first and to the bundled one. */
function makeRegister(): { dir: string; cache: string } {
  const work = mkdtempSync(join(tmpdir(), 'toezegging-update-cache-'));
  const dir = join(work, 'register');
  mkdirSync(dir);
  copyFileSync(join(BUNDLED, BUNDLED_FILE), join(dir, BUNDLED_FILE));
  writeFileSync(join(dir, 'toezegging.config.yaml'), 'horizon: 60\n');
  writeFileSync(join(dir, 'klein-1.yaml'), smallSource(1));
  writeFileSync(join(dir, 'klein-2.yaml'), smallSource(2, ['    depends_on: [klein-1-a, wodc-onderzoek]']));
  return { dir, cache: join(work, 'cache') };
}

async function keyOf(dir: string) {
  const loaded = await loadFiles(dir);
  return { loaded, key: registerKey(loaded.files, 'test', undefined)! };
}

/** What a whole check of the register gives, and the cache a full write makes of it. */
async function whole(dir: string) {
  const { loaded } = await keyOf(dir);
  return buildRegister(loaded.files, shippedCalendar());
}

async function warm(dir: string, cache: string): Promise<void> {
  const { key } = await keyOf(dir);
  const built = await whole(dir);
  expect(built.diagnostics).toEqual([]);
  writeCachedRegister(cache, dir, key, built);
}

const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

/** Edits that keep the register clean: the cache is brought up to date by parsing the edited file only. */
const CLEAN: [string, (dir: string) => void][] = [
  ['a title changed', (dir) => edit(dir, 'klein-1.yaml', (text) => text.replace('Toezegging 1a', 'Toezegging een-a'))],
  ['a deadline changed', (dir) => edit(dir, 'klein-1.yaml', (text) => text.replace('eind 2026', 'Q1 2027'))],
  ['a commitment added', (dir) => edit(dir, 'klein-1.yaml', (text) => `${text}  - id: klein-1-c\n    title: Nieuw\n    due: binnen drie maanden\n`)],
  ['a commitment removed that nothing links to', (dir) => edit(dir, 'klein-2.yaml', (text) => text.slice(0, text.indexOf('  - id: klein-2-b')))],
  ['a link added', (dir) => edit(dir, 'klein-1.yaml', (text) => `${text}    depends_on: [plan-van-aanpak]\n`)],
  ['a deadline after another commitment', (dir) => edit(dir, 'klein-1.yaml', (text) => text.replace('due: eind 2026', 'due:\n      after: wodc-onderzoek\n      within: drie maanden'))],
  ['a file added', (dir) => writeFileSync(join(dir, 'klein-3.yaml'), smallSource(3, ['    depends_on: [klein-2-b]']))],
  ['a file removed that nothing links to', (dir) => rmSync(join(dir, 'klein-2.yaml'))],
  ['the bundled source edited', (dir) => edit(dir, BUNDLED_FILE, (text) => text.replace('Antwoorden op vragen', 'Antwoorden op de vragen'))],
];

/** Edits after which the register is not clean, or the config changed: the update declines, and the whole check reports. */
const DECLINED: [string, (dir: string) => void][] = [
  ['an id taken by another file', (dir) => edit(dir, 'klein-1.yaml', (text) => text.replace('klein-1-b', 'wodc-onderzoek'))],
  ['a source id taken by another file', (dir) => edit(dir, 'klein-1.yaml', (text) => text.replace('KLEIN-1', '2025Z19579'))],
  ['an id another file links to removed', (dir) => edit(dir, 'klein-1.yaml', (text) => text.replace('klein-1-a', 'klein-1-x'))],
  ['a file removed that another links to', (dir) => rmSync(join(dir, 'klein-1.yaml'))],
  ['a cycle through another file', (dir) => edit(dir, 'klein-1.yaml', (text) => text.replace('due: voor het zomerreces', 'due: voor het zomerreces\n    depends_on: [klein-2-b]'))],
  ['a deadline that does not resolve', (dir) => edit(dir, 'klein-1.yaml', (text) => text.replace('eind 2026', 'als de zon schijnt'))],
  ['a file that does not parse', (dir) => edit(dir, 'klein-1.yaml', (text) => `${text}  - id: [\n`)],
  ['the config changed', (dir) => writeFileSync(join(dir, 'toezegging.config.yaml'), 'horizon: 60\nrecesses:\n  - name: zomerreces\n    first: 2026-06-26\n    last: 2026-08-30\n')],
];

describe('bringing the cache up to date after files changed', () => {
  for (const [name, change] of CLEAN) {
    it(`gives the register a whole check gives: ${name}`, async () => {
      const { dir, cache } = makeRegister();
      await warm(dir, cache);
      change(dir);
      const { loaded, key } = await keyOf(dir);
      expect(updateCachedRegister(cache, dir, loaded.files, key)).toBe(true);
      const built = await whole(dir);
      expect(built.diagnostics).toEqual([]);
      const read = readCachedRegister(cache, dir, key.key, 'full');
      expect(read?.register).toEqual(built.register);
      expect(read?.deadlines.windows).toEqual(built.deadlines.windows);
      expect(read?.deadlines.spans).toEqual(built.deadlines.spans);
      expect(read?.config).toEqual(built.config);
      expect(read?.calendar).toEqual(built.calendar);
      // The chained commitments a reader of every line takes from the header, not from the segments: both ends of every link.
      let linked: ReadonlySet<string> | undefined;
      readCachedSummaries(cache, dir, key.key, (outline) => {
        linked = outline.linked;
        return { add: () => undefined };
      });
      expect([...linked!].sort()).toEqual([...new Set(built.register.commitments.flatMap((commitment) => linksOf(commitment).flat()))].sort());
    });
  }

  for (const [name, change] of DECLINED) {
    it(`declines, leaving it to the whole check: ${name}`, async () => {
      const { dir, cache } = makeRegister();
      await warm(dir, cache);
      change(dir);
      const { loaded, key } = await keyOf(dir);
      const before = readFileSync(cacheFile(cache, dir, 'summary'));
      expect(updateCachedRegister(cache, dir, loaded.files, key)).toBe(false);
      expect(readFileSync(cacheFile(cache, dir, 'summary'))).toEqual(before);
      if (name !== 'the config changed') expect((await whole(dir)).diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true);
    });
  }

  it('parses only the changed file, needing neither the others\' entries nor their lines parsed', async () => {
    const { dir, cache } = makeRegister();
    await warm(dir, cache);
    edit(dir, 'klein-1.yaml', (text) => text.replace('Toezegging 1a', 'Toezegging een-a'));
    const { loaded, key } = await keyOf(dir);
    expect(updateCachedRegister(cache, dir, loaded.files, key)).toBe(true);
    // The others were neither read nor checked again, and the edited file, which links to nothing, needs no entry: the cache gives its check back.
    expect(readdirSync(fileCacheFolder(cache, dir))).toHaveLength(0);
    // The other files' lines are the same bytes as before.
    const summary = readFileSync(cacheFile(cache, dir, 'summary'), 'latin1');
    expect(summary).toContain('"Toezegging een-a"');
  });

  it('declines without a cache, or with one cut short', async () => {
    const { dir, cache } = makeRegister();
    const { loaded, key } = await keyOf(dir);
    expect(updateCachedRegister(cache, dir, loaded.files, key)).toBe(false);
    await warm(dir, cache);
    const file = cacheFile(cache, dir, 'details');
    writeFileSync(file, readFileSync(file).subarray(0, -100));
    edit(dir, 'klein-1.yaml', (text) => text.replace('Toezegging 1a', 'Toezegging een-a'));
    const changed = await keyOf(dir);
    expect(updateCachedRegister(cache, dir, changed.loaded.files, changed.key)).toBe(false);
  });

  it('copies segments larger than the MiB they are copied by, and finds a changed byte in one past its first MiB', async () => {
    const { dir, cache } = makeRegister();
    // A file whose lines run to more than 1 MiB in each cache file, between the file edited and the others.
    const many = Array.from({ length: 300 }, (_, n) => [`  - id: groot-${n}`, `    title: Groot ${n} ${'y'.repeat(4000)}`, '    due: eind 2026', `    notes: ${'x'.repeat(4000)}`]);
    writeFileSync(join(dir, 'klein-15.yaml'), smallSource(5, many.flat()));
    await warm(dir, cache);
    edit(dir, 'klein-1.yaml', (text) => text.replace('Toezegging 1a', 'Toezegging een-a'));
    const first = await keyOf(dir);
    expect(updateCachedRegister(cache, dir, first.loaded.files, first.key)).toBe(true);
    expect(readCachedRegister(cache, dir, first.key.key, 'full')?.register).toEqual((await whole(dir)).register);

    for (const part of ['summary', 'details'] as const) {
      const file = cacheFile(cache, dir, part);
      const bytes = readFileSync(file);
      const letters = part === 'summary' ? 'yyy' : 'xxx';
      const at = bytes.indexOf(letters) + (1 << 20) + 5;
      expect(at).toBeLessThan(bytes.lastIndexOf(letters));
      bytes[at] = 'z'.charCodeAt(0);
      writeFileSync(file, bytes);
      const before = readFileSync(cacheFile(cache, dir, 'summary'));
      edit(dir, 'klein-1.yaml', (text) => text.replace(/Toezegging (een-a|1a)/, (found) => (found.endsWith('1a') ? 'Toezegging een-a' : 'Toezegging 1a')));
      const { loaded, key } = await keyOf(dir);
      // The changed byte is found as the segment is copied: nothing is written, and the whole check takes over.
      expect(updateCachedRegister(cache, dir, loaded.files, key)).toBe(false);
      expect(readFileSync(cacheFile(cache, dir, 'summary')).equals(before)).toBe(true);
      const built = await whole(dir);
      writeCachedRegister(cache, dir, key, built);
      expect(readCachedRegister(cache, dir, key.key, 'full')?.register).toEqual(built.register);
    }
  });

  it('copies a segment only from a cache that verifies: one changed byte and nothing is copied', async () => {
    const { dir, cache } = makeRegister();
    await warm(dir, cache);
    const file = cacheFile(cache, dir, 'summary');
    const bytes = readFileSync(file);
    const at = bytes.indexOf('Toezegging 2b');
    bytes[at + 11] = '3'.charCodeAt(0);
    writeFileSync(file, bytes);
    edit(dir, 'klein-1.yaml', (text) => text.replace('Toezegging 1a', 'Toezegging een-a'));
    const { loaded, key } = await keyOf(dir);
    expect(updateCachedRegister(cache, dir, loaded.files, key)).toBe(false);
    // A write of the whole register then makes every segment anew.
    const built = await whole(dir);
    writeCachedRegister(cache, dir, key, built);
    expect(readCachedRegister(cache, dir, key.key, 'full')?.register).toEqual(built.register);
    expect(readFileSync(file, 'latin1')).toContain('Toezegging 2b');
  });
});
