import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../../src/register/make-folder.js';

describe('makeFolder', () => {
  it('makes every missing level and returns the first folder it made, as a recursive mkdir does', () => {
    const base = mkdtempSync(join(tmpdir(), 'toezegging-folder-'));
    expect(makeFolder(join(base, 'a', 'b', 'c'))).toBe(join(base, 'a'));
    expect(statSync(join(base, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(makeFolder(join(base, 'a', 'b', 'd'))).toBe(join(base, 'a', 'b', 'd'));
  });

  it('returns undefined for a folder that is there', () => {
    const base = mkdtempSync(join(tmpdir(), 'toezegging-folder-'));
    expect(makeFolder(base)).toBeUndefined();
  });

  it('refuses a file in the way, at the folder or above it', () => {
    const base = mkdtempSync(join(tmpdir(), 'toezegging-folder-'));
    writeFileSync(join(base, 'file'), 'x');
    expect(() => makeFolder(join(base, 'file'))).toThrow(/EEXIST/);
    expect(() => makeFolder(join(base, 'file', 'below'))).toThrow(/ENOTDIR/);
  });

  // Node's recursive mkdir retries for ever here: procfs answers ENOENT to every mkdir although the parent exists.
  it.runIf(existsSync('/proc/self'))('fails, and does not loop, where a folder can never be made (under /proc)', () => {
    expect(() => makeFolder('/proc/toezegging-no-such/cache')).toThrow(/ENOENT/);
  });
});
