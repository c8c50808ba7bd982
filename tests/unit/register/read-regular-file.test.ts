import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile, readRegularFileThrough } from '../../../src/register/read-regular-file.js';

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

describe('readRegularFileThrough', () => {
  const readAll = (path: string, limit: number) => {
    const pieces: Buffer[] = [];
    // Each piece is overwritten by the next read: what is kept must be copied.
    const read = readRegularFileThrough(path, limit, (piece) => pieces.push(Buffer.from(piece)));
    return { read, bytes: Buffer.concat(pieces) };
  };

  it('hands over every byte of a file, in order, whatever its size against the one buffer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-read-through-'));
    for (const size of [0, 1, 70_000, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 17]) {
      const path = join(dir, `f${size}`);
      const content = Buffer.from(Array.from({ length: size }, (_, at) => (at * 31 + (at >> 12)) & 0xff));
      writeFileSync(path, content);
      const { read, bytes } = readAll(path, 1 << 24);
      expect(read).toEqual({ size });
      expect(bytes.equals(content)).toBe(true);
    }
  });

  it('refuses a file over the limit and what is not a regular file, as readRegularFile does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-read-through-'));
    writeFileSync(join(dir, 'big'), Buffer.alloc(2_000, 'x'));
    expect(readAll(join(dir, 'big'), 1_999).read).toEqual({ kind: 'too-large', size: 2_000, limit: 1_999 });
    expect(readAll(join(dir, 'big'), 2_000).read).toEqual({ size: 2_000 });
    expect(readAll(dir, 1 << 20).read).toEqual({ kind: 'not-a-file' });
  });

  it('reads a file that says it is empty until a read gives nothing', () => {
    const { read, bytes } = readAll('/proc/self/status', 1 << 20);
    expect('size' in read && read.size > 0).toBe(true);
    expect(bytes.toString('utf8')).toContain('Name:');
  });
});
