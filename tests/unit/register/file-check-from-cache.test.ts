import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../src/core/build-register.js';
import { registerKey } from '../../../src/register/cache-key.js';
import { fileCacheFolder } from '../../../src/register/file-cache.js';
import { rebuildingPaths, rebuildsFromCache } from '../../../src/register/file-check-from-cache.js';
import { loadFiles, type LoadedFile } from '../../../src/register/load.js';
import { writeCachedRegister } from '../../../src/register/register-cache.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { buildFromFiles, storeFileValidations, validateFiles, validateLoadedFile } from '../../../src/register/validate-files.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** Every folder of fixtures that holds YAML: each is a register, good or bad. */
function registers(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const own = entries.some((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name)) ? [dir] : [];
  return [...own, ...entries.filter((entry) => entry.isDirectory()).flatMap((entry) => registers(join(dir, entry.name)))];
}

/** What the cache holds is JSON: a check read back from it is compared with the check as JSON gives it back. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Writes the register cache of clean files as the first read does, then
 * checks the files again with no per-file entry at all: what the register
 * cache gives back, and which files had to be parsed.
 */
function throughTheCache(dir: string, files: LoadedFile[]) {
  const cache = mkdtempSync(join(tmpdir(), 'toezegging-check-from-cache-'));
  const key = registerKey(files, 'test', undefined)!;
  const first = validateFiles(files, cache, dir, key);
  try {
    const built = buildRegister(files, shippedCalendar());
    if (built.diagnostics.length > 0) return undefined;
    writeCachedRegister(cache, dir, key, built, rebuildingPaths(first.validations));
    return { first, again: validateFiles(files, cache, dir, key) };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

describe('a file\'s own check given back by the register cache', () => {
  const clean = registers(FIXTURES).filter((folder) => !folder.includes(`${FIXTURES}/bad`));

  it('covers clean fixtures, with files it gives back and files it does not', async () => {
    let given = 0;
    let parsed = 0;
    for (const folder of clean) {
      const { files } = await loadFiles(folder);
      const result = throughTheCache(folder, files);
      if (!result) continue;
      given += result.again.validations.length - result.again.fresh.size;
      parsed += result.again.fresh.size;
    }
    expect(given).toBeGreaterThan(5);
    expect(parsed).toBeGreaterThan(3);
  });

  it.each(clean.map((folder) => [folder.slice(FIXTURES.length + 1), folder]))('is the check a parse gives, and only the others are parsed again: %s', async (_, folder) => {
    const { files } = await loadFiles(folder);
    const result = throughTheCache(folder, files);
    if (!result) return;
    const { first, again } = result;
    for (const [index, file] of files.entries()) {
      const parsed = first.validations[index]!;
      expect(asJson(again.validations[index])).toEqual(asJson(parsed));
      // Parsed again exactly when the cache cannot give the check back.
      expect([...again.fresh.values()].includes(again.validations[index]!)).toBe(!rebuildsFromCache(parsed));
      expect(again.validations[index]!.path).toBe(file.path);
    }
  });

  it('is the check a parse gives for mutated registers that stay clean', async () => {
    const { files } = await loadFiles(join(FIXTURES, 'every-field'));
    const texts = files.map((file) => new TextDecoder().decode(file.bytes));
    // A fixed-seed generator: the same corpus every run, so a failure can be replayed.
    let seed = 4242;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    let compared = 0;
    for (let round = 0; round < 200; round += 1) {
      const mutated: LoadedFile[] = files.map((file, index) => {
        const lines = texts[index]!.split('\n');
        const at = random(lines.length);
        const line = lines[at]!;
        // Small changes that often keep a file valid: a space, a quote or a line dropped or repeated.
        const change = random(4);
        if (change === 0) lines.splice(at, 1);
        else if (change === 1) lines.splice(at, 0, line);
        else if (change === 2) lines[at] = line.replace(/: (\S+)$/, ': "$1"');
        else lines[at] = `${line} `;
        return { ...file, bytes: new TextEncoder().encode(lines.join('\n')) };
      });
      const result = throughTheCache(join(FIXTURES, 'every-field'), mutated);
      if (!result) continue;
      compared += 1;
      for (const [index, validation] of result.again.validations.entries()) expect(asJson(validation)).toEqual(asJson(result.first.validations[index]));
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('is not given back for a file whose check holds what the cache does not: a quoted id, a link, a quoted source id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-check-from-cache-'));
    const source = (id: string, body: string[]) => ['source:', `  id: ${id}`, '  type: brief', '  title: Brief', '  date: 2026-03-10', 'commitments:', ...body].join('\n') + '\n';
    const texts: Record<string, string> = {
      'a.yaml': source('A', ['  - id: a-1', '    title: Plain', '    due: eind 2026']),
      'b.yaml': source('B', ['  - id: "b-1"', '    title: Quoted id', '    due: eind 2026']),
      'c.yaml': source('C', ['  - id: c-1', '    title: Linked', '    due: eind 2026', '    depends_on: [a-1]']),
      'd.yaml': source('"D"', ['  - id: d-1', '    title: Quoted source id', '    due:', '      after: a-1', '      within: drie maanden']),
      'e.yaml': source('E', ['  - id: e-1', '    title: Made', '    made: 2026-04-01', '    due: binnen drie maanden']),
    };
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
    return loadFiles(dir).then(({ files }) => {
      const result = throughTheCache(dir, files)!;
      expect(result).toBeDefined();
      expect([...result.again.fresh.values()].map((validation) => validation.path).sort()).toEqual(['b.yaml', 'c.yaml', 'd.yaml']);
      for (const [index, validation] of result.again.validations.entries()) expect(asJson(validation)).toEqual(asJson(validateLoadedFile(files[index]!)));
    });
  });

  it('reports an edit that breaks the register as a run without the cache does, parsing only the edited file', async () => {
    const work = mkdtempSync(join(tmpdir(), 'toezegging-check-from-cache-'));
    const dir = join(work, 'register');
    cpSync(join(FIXTURES, 'good'), dir, { recursive: true });
    const cache = join(work, 'cache');
    const { files } = await loadFiles(dir);
    const key = registerKey(files, 'test', undefined)!;
    const first = buildFromFiles(files, shippedCalendar(), cache, dir, key);
    expect(first.built.diagnostics).toEqual([]);
    storeFileValidations(cache, dir, first.files, rebuildsFromCache);
    writeCachedRegister(cache, dir, key, first.built, rebuildingPaths(first.files.validations));
    const stored = readdirSync(fileCacheFolder(cache, dir)).length;
    expect(stored).toBeLessThan(files.length);

    const edited = files.find((file) => file.role === 'source')!;
    const text = readFileSync(edited.absolutePath, 'utf8');
    // Every id of the edited file taken twice: errors that point into the other files' checks too.
    const other = files.find((file) => file.role === 'source' && file !== edited)!;
    const otherId = /id: ([a-z0-9-]+)/.exec(readFileSync(other.absolutePath, 'utf8').split('commitments:')[1]!)![1]!;
    writeFileSync(edited.absolutePath, text.replace(/(commitments:\n\s+- id: )[a-z0-9-]+/, `$1${otherId}`));
    const after = await loadFiles(dir);
    const keyAfter = registerKey(after.files, 'test', undefined)!;
    const cached = buildFromFiles(after.files, shippedCalendar(), cache, dir, keyAfter);
    const whole = buildRegister((await loadFiles(dir)).files, shippedCalendar());
    expect(whole.diagnostics.some((diagnostic) => diagnostic.code === 'E_DUPLICATE_ID')).toBe(true);
    expect(cached.built.diagnostics).toEqual(whole.diagnostics);
    expect(cached.built.register).toEqual(whole.register);
    expect(cached.built.texts).toEqual(whole.texts.size > 0 ? new Map([...whole.texts].filter(([path]) => whole.diagnostics.some((d) => d.file === path))) : whole.texts);
    expect([...cached.files.fresh.values()].map((validation) => validation.path)).toEqual([edited.path]);
    rmSync(work, { recursive: true, force: true });
  });
});
