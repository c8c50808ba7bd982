import { closeSync, mkdtempSync, openSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLines, readLatin1Lines } from '../../../src/register/read-lines.js';

function linesOf(content: string | Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'toezegging-lines-')), 'file');
  writeFileSync(file, content);
  const lines: string[] = [];
  readLatin1Lines(file, (line) => lines.push(line));
  return lines;
}

describe('readLatin1Lines', () => {
  it('gives the same lines whatever the size of the pieces it reads', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'toezegging-lines-')), 'file');
    writeFileSync(file, 'een\n\ntwee drie\nvier\u00e9\nvijf');
    for (const size of [1, 2, 3, 7, 1 << 16]) {
      const lines: string[] = [];
      readLatin1Lines(file, (line) => lines.push(line), undefined, size);
      expect(lines).toEqual(['een', '', 'twee drie', 'vier\u00c3\u00a9', 'vijf']);
    }
  });

  it('gives each line without its newline, empty lines included', () => {
    expect(linesOf('a\n\nb\n')).toEqual(['a', '', 'b']);
  });

  it('gives a last line that has no newline', () => {
    expect(linesOf('a\nb')).toEqual(['a', 'b']);
  });

  it('gives nothing for an empty file', () => {
    expect(linesOf('')).toEqual([]);
  });

  it('joins lines that run across many chunks, whole and in order', () => {
    const long = 'x'.repeat(300_000);
    const lines = Array.from({ length: 50 }, (_, index) => (index % 7 === 0 ? `${index}${long}` : String(index)));
    expect(linesOf(`${lines.join('\n')}\n`)).toEqual(lines);
  });

  it('splits exactly at a newline that ends a chunk', () => {
    const first = 'y'.repeat((1 << 16) - 1);
    expect(linesOf(`${first}\nnext\n`)).toEqual([first, 'next']);
  });

  it('reads bytes as Latin-1, one character each', () => {
    expect(linesOf(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))).toEqual(['caf\u00e9']);
  });
});

describe('fileLines', () => {
  // The second read of status --json cuts the lines again from the file the first read checked, through the same descriptor.
  it('cuts the same lines as readLatin1Lines, from the start of the open file, whatever the size of the pieces', () => {
    const long = 'z'.repeat(70_000);
    for (const content of ['een\n\ntwee drie\nvier\u00e9\nvijf', 'a\n\nb\n', '', '\n', `${long}\nkort\n${long}`, 'x\ny\n\n']) {
      const file = join(mkdtempSync(join(tmpdir(), 'toezegging-file-lines-')), 'file');
      writeFileSync(file, content);
      // A piece of a byte or two only for the short texts: the long one would take a read per byte.
      for (const size of content.length > 1000 ? [7, 1 << 16] : [1, 2, 3, 7, 1 << 16]) {
        const fd = openSync(file, 'r');
        try {
          const read: string[] = [];
          readLatin1Lines(fd, (line) => read.push(line), undefined, size);
          expect([...fileLines(fd, size)]).toEqual(read);
          expect(read).toEqual(content === '' ? [] : content.replace(/\n$/, '').split('\n').map((line) => Buffer.from(line, 'utf8').toString('latin1')));
        } finally {
          closeSync(fd);
        }
      }
    }
  });

  it('leaves the place of the descriptor where it was', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'toezegging-file-lines-')), 'file');
    writeFileSync(file, 'een\ntwee\n');
    const fd = openSync(file, 'r');
    try {
      const first = Buffer.alloc(4);
      readSync(fd, first, 0, 4, null);
      expect([...fileLines(fd)]).toEqual(['een', 'twee']);
      const rest = Buffer.alloc(16);
      expect(rest.toString('latin1', 0, readSync(fd, rest, 0, 16, null))).toBe('twee\n');
    } finally {
      closeSync(fd);
    }
  });
});
