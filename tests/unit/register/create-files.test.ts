import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskError } from '../../../src/register/disk-error.js';
import { createFiles, ExistingFilesError } from '../../../src/register/create-files.js';

const FILES = [
  { path: 'a.yaml', text: 'a: 1\n' },
  { path: 'sub/deeper/b.yaml', text: 'b: 2\n' },
];

describe('createFiles', () => {
  it('makes the folder and the folders in it, writes each file, and leaves no lock or temporary file', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'toezegging-create-')), 'new');
    await createFiles(root, FILES);
    expect(readFileSync(join(root, 'a.yaml'), 'utf8')).toBe('a: 1\n');
    expect(readFileSync(join(root, 'sub', 'deeper', 'b.yaml'), 'utf8')).toBe('b: 2\n');
    expect(readdirSync(root).sort()).toEqual(['a.yaml', 'sub']);
  });

  it('refuses, naming what is there, and writes none of the others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'toezegging-create-'));
    writeFileSync(join(root, 'a.yaml'), 'mine\n');
    const refused = await createFiles(root, FILES).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ExistingFilesError);
    expect((refused as ExistingFilesError).files).toEqual(['a.yaml']);
    expect(readFileSync(join(root, 'a.yaml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(root)).toEqual(['a.yaml']);
  });

  // init wrote file after file: one that failed left the ones before it, and init, run again, refused to overwrite them.
  it('all or nothing: when a file cannot be written, the files and folders made before it are taken away again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'toezegging-create-'));
    // A link to nothing is no file to refuse, and writing through it fails once the files before it are in place.
    symlinkSync(join(root, 'nowhere'), join(root, 'c.yaml'));
    const failed = await createFiles(root, [...FILES, { path: 'c.yaml', text: 'c: 3\n' }]).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(DiskError);
    expect(readdirSync(root)).toEqual(['c.yaml']);
  });
});
