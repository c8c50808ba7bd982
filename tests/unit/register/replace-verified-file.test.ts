import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceVerifiedFileSync } from '../../../src/register/atomic-write.js';

const folder = () => mkdtempSync(join(tmpdir(), 'toezegging-replace-'));

describe('replaceVerifiedFileSync', () => {
  it('replaces a file with its pieces, in order, and leaves no temporary file', () => {
    const dir = folder();
    const file = join(dir, 'cache.json');
    writeFileSync(file, 'old');
    replaceVerifiedFileSync(file, [Buffer.from('a\n'), new Uint8Array(0), Buffer.from('b\n')]);
    expect(readFileSync(file, 'latin1')).toBe('a\nb\n');
    replaceVerifiedFileSync(file, 'c\n');
    expect(readFileSync(file, 'latin1')).toBe('c\n');
    expect(readdirSync(dir)).toEqual(['cache.json']);
  });

  it('throws the system error and removes its temporary file when the rename fails', () => {
    const dir = folder();
    // A folder with something in it cannot be renamed over.
    mkdirSync(join(dir, 'cache.json'));
    writeFileSync(join(dir, 'cache.json', 'inside'), '');
    expect(() => replaceVerifiedFileSync(join(dir, 'cache.json'), 'new\n')).toThrow(expect.objectContaining({ code: expect.stringMatching(/^E/) }));
    expect(readdirSync(dir)).toEqual(['cache.json']);
  });
});
