import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlannedWrite } from '../../../src/register/register-change.js';
import { ChangedOnDiskError, OutsideRegisterError, writeChange, writeTarget } from '../../../src/register/write-change.js';

const encode = (text: string) => new TextEncoder().encode(text);

function planned(root: string, file: string, before: string | undefined, after: string): PlannedWrite {
  return { path: file, absolutePath: path.join(root, file), before: before === undefined ? undefined : encode(before), beforeText: before, after: encode(after), afterText: after };
}

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'toezegging-write-change-'));
}

describe('writeChange', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const root = folder();
    writeFileSync(path.join(root, 'a.yaml'), 'old\n');
    await writeChange(root, [planned(root, 'a.yaml', 'old\n', 'new\n')]);
    expect(readFileSync(path.join(root, 'a.yaml'), 'utf8')).toBe('new\n');
    expect(readdirSync(root)).toEqual(['a.yaml']);
  });

  it('refuses when the file changed on disk after it was read, keeping the other change', async () => {
    const root = folder();
    writeFileSync(path.join(root, 'a.yaml'), 'edited elsewhere\n');
    await expect(writeChange(root, [planned(root, 'a.yaml', 'old\n', 'new\n')])).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(readFileSync(path.join(root, 'a.yaml'), 'utf8')).toBe('edited elsewhere\n');
    expect(readdirSync(root)).toEqual(['a.yaml']);
  });

  it('notices a change made while it waits to rename', async () => {
    const root = folder();
    writeFileSync(path.join(root, 'a.yaml'), 'old\n');
    const writing = writeChange(root, [planned(root, 'a.yaml', 'old\n', 'new\n')], { pauseBeforeRenameMs: 200 });
    setTimeout(() => writeFileSync(path.join(root, 'a.yaml'), 'meanwhile\n'), 50);
    await expect(writing).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(readFileSync(path.join(root, 'a.yaml'), 'utf8')).toBe('meanwhile\n');
  });

  it('refuses to create a file that appeared meanwhile', async () => {
    const root = folder();
    writeFileSync(path.join(root, 'new.yaml'), 'someone else\n');
    await expect(writeChange(root, [planned(root, 'new.yaml', undefined, 'mine\n')])).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(readFileSync(path.join(root, 'new.yaml'), 'utf8')).toBe('someone else\n');
  });
});

describe('writeTarget', () => {
  it('follows a symlink inside the register to its target', async () => {
    const root = folder();
    writeFileSync(path.join(root, 'real.yaml'), 'x\n');
    symlinkSync(path.join(root, 'real.yaml'), path.join(root, 'link.yaml'));
    expect(writeTarget(root, planned(root, 'link.yaml', 'x\n', 'y\n'))).toBe(path.join(await import('node:fs/promises').then((fs) => fs.realpath(root)), 'real.yaml'));
  });

  it('refuses a symlink that leads outside the register', () => {
    const root = folder();
    const outside = folder();
    writeFileSync(path.join(outside, 'x.yaml'), 'x\n');
    symlinkSync(path.join(outside, 'x.yaml'), path.join(root, 'link.yaml'));
    expect(() => writeTarget(root, planned(root, 'link.yaml', 'x\n', 'y\n'))).toThrow(OutsideRegisterError);
    symlinkSync(outside, path.join(root, 'sub'));
    expect(() => writeTarget(root, planned(root, 'sub/new.yaml', undefined, 'y\n'))).toThrow(OutsideRegisterError);
  });
});
