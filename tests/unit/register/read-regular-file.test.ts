import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../../src/register/read-regular-file.js';

describe('readRegularFile', () => {
  // A register's files are all held at once: each read used to keep a 64 kB buffer at least.
  it('keeps a file in a buffer of its own size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-read-'));
    for (const size of [0, 1, 5_000, 20_000, 70_000, 200_000]) {
      const path = join(dir, `f${size}`);
      const content = Buffer.alloc(size, 'x');
      writeFileSync(path, content);
      const read = readRegularFile(path, 1 << 20);
      expect('bytes' in read && read.bytes.equals(content)).toBe(true);
      if ('bytes' in read && size >= 5_000) expect(read.bytes.buffer.byteLength).toBeLessThanOrEqual(size + 1);
    }
  });

  it('still refuses a file over the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-read-'));
    writeFileSync(join(dir, 'big'), Buffer.alloc(2_000, 'x'));
    expect(readRegularFile(join(dir, 'big'), 1_999)).toEqual({ kind: 'too-large', size: 2_000, limit: 1_999 });
    expect('bytes' in readRegularFile(join(dir, 'big'), 2_000)).toBe(true);
  });
});
