import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromValidations, buildRegister } from '../../../src/core/build-register.js';
import type { FileValidation } from '../../../src/core/validate/validate.js';
import { readFileValidation, writeFileValidations } from '../../../src/register/file-cache.js';
import { loadFiles, type LoadedFile } from '../../../src/register/load.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { buildFromFiles, validateLoadedFile } from '../../../src/register/validate-files.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** Every folder of fixtures that holds YAML: each is a register, good or bad. */
function registers(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const own = entries.some((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name)) ? [dir] : [];
  return [...own, ...entries.filter((entry) => entry.isDirectory()).flatMap((entry) => registers(join(dir, entry.name)))];
}

const entries = mkdtempSync(join(tmpdir(), 'toezegging-file-cache-'));
let entryCount = 0;

/** What the per-file cache gives back: the check written as an entry on disk, and read again. */
function stored(validation: FileValidation): FileValidation {
  const name = `entry-${entryCount++}`;
  writeFileValidations(entries, new Map([[name, validation]]));
  const read = readFileValidation(entries, name, validation.path);
  expect(read).toBeDefined();
  return read!;
}

describe('a register from its files checked one by one, as the per-file cache keeps them', () => {
  const folders = registers(FIXTURES);

  it('covers the fixtures', () => {
    expect(folders.length).toBeGreaterThan(20);
  });

  it.each(folders.map((folder) => [folder.slice(FIXTURES.length + 1), folder]))('is the register of a whole parse: %s', async (_, folder) => {
    const whole = buildRegister((await loadFiles(folder)).files, shippedCalendar());
    const { files } = await loadFiles(folder);
    const fromCache = buildFromValidations(files.map((file) => stored(validateLoadedFile(file))), shippedCalendar());
    expect(fromCache.register).toEqual(whole.register);
    expect(fromCache.config).toEqual(whole.config);
    expect(fromCache.diagnostics).toEqual(whole.diagnostics);
    expect(fromCache.deadlines).toEqual(whole.deadlines);
    expect(fromCache.calendar).toEqual(whole.calendar);
  });

  it('gives back each check as it was, whatever characters its path holds', async () => {
    const [file] = (await loadFiles(join(FIXTURES, 'good'))).files.filter((each) => each.role === 'source');
    for (const path of ['brieven/één $& $1 "x".yaml', 'a\\b.yaml', '0']) {
      const validation = validateLoadedFile({ ...file!, path });
      expect(JSON.stringify(validation)).toContain(`"file":${JSON.stringify(path)}`);
      expect(stored(validation)).toEqual(validation);
    }
  });

  it('is the register of a whole parse for mutated registers too', async () => {
    const { files } = await loadFiles(join(FIXTURES, 'good'));
    const texts = files.map((file) => new TextDecoder().decode(file.bytes));
    // A fixed-seed generator: the same corpus every run, so a failure can be replayed.
    let seed = 12345;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const mutations = [
      (lines: string[]) => lines.splice(random(lines.length), 1),
      (lines: string[]) => lines.splice(random(lines.length), 0, lines[random(lines.length)]!),
      (lines: string[]) => {
        const at = random(lines.length);
        const line = lines[at]!;
        const col = random(line.length + 1);
        lines[at] = line.slice(0, col) + ' :-[]{}#&*!|>\'"%@`0aZ\t'[random(20)]! + line.slice(col + 1);
      },
    ];
    for (let round = 0; round < 150; round += 1) {
      const mutated: LoadedFile[] = files.map((file, index) => {
        const lines = texts[index]!.split('\n');
        for (let count = 1 + random(3); count > 0; count -= 1) mutations[random(mutations.length)]!(lines);
        return { ...file, bytes: new TextEncoder().encode(lines.join('\n')) };
      });
      const whole = buildRegister(mutated, shippedCalendar());
      const fromCache = buildFromValidations(mutated.map((file) => stored(validateLoadedFile(file))), shippedCalendar());
      expect(fromCache.register).toEqual(whole.register);
      expect(fromCache.diagnostics).toEqual(whole.diagnostics);
      expect(fromCache.deadlines).toEqual(whole.deadlines);
    }
  });

  it('lets go of every file\'s bytes once the register is built, and still quotes the files its diagnostics name', async () => {
    const folder = join(FIXTURES, 'bad', 'duplicate-ids');
    const whole = buildRegister((await loadFiles(folder)).files, shippedCalendar());
    expect(whole.diagnostics.length).toBeGreaterThan(0);
    const { files } = await loadFiles(folder);
    const { built } = buildFromFiles(files, shippedCalendar(), undefined, folder, undefined);
    const named = new Set(whole.diagnostics.map((diagnostic) => diagnostic.file));
    expect(files.filter((file) => file.bytes !== undefined).map((file) => file.path)).toEqual(files.filter((file) => named.has(file.path)).map((file) => file.path));
    expect(built.diagnostics).toEqual(whole.diagnostics);
    expect(built.texts).toEqual(new Map([...whole.texts].filter(([path]) => named.has(path))));
  });
});
