import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinePlaces, LinesAt } from '../../../src/register/lines-at.js';

/** A one-byte file of lines of many lengths, some longer than the reader's buffer (64 KiB); each line with where it starts. */
function linesFile(lengths: readonly number[]): { path: string; lines: { start: number; text: string }[] } {
  let start = 0;
  const lines = lengths.map((length, n) => {
    const text = Array.from({ length }, (_, at) => String.fromCharCode(0x20 + ((n * 31 + at) % 0xdf))).join('');
    const line = { start, text };
    start += length + 1;
    return line;
  });
  const path = join(mkdtempSync(join(tmpdir(), 'toezegging-lines-at-')), 'lines');
  writeFileSync(path, Buffer.from(lines.map((line) => `${line.text}\n`).join(''), 'latin1'));
  return { path, lines };
}

describe('LinesAt reads lines again by their place, in any order', () => {
  const lengths = Array.from({ length: 400 }, (_, n) => (n % 97 === 5 ? 70_000 + n : (n * 7919) % 900));
  const { path, lines } = linesFile(lengths);

  it('gives each line asked for, in file order, in runs of file order, and at random', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(lines.length - 1), { maxLength: 300 }), fc.boolean(), (picked, runs) => {
        // Runs of ascending places, as a report's entries of one sort key come, or places at random.
        const order = runs ? picked.sort((a, b) => a - b).concat(picked.slice(0, 50)) : picked;
        const fd = openSync(path, 'r');
        try {
          const reader = new LinesAt(fd);
          for (const n of order) expect(reader.text(lines[n]!.start, lines[n]!.text.length)).toBe(lines[n]!.text);
        } finally {
          closeSync(fd);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stops at a file cut short', () => {
    const fd = openSync(path, 'r');
    try {
      const last = lines.at(-1)!;
      expect(() => new LinesAt(fd).text(last.start, last.text.length + 10)).toThrow(/cut short/);
    } finally {
      closeSync(fd);
    }
  });
});

describe('LinePlaces', () => {
  it('keeps every place added, past its first size, in order', () => {
    const { path, lines } = linesFile(Array.from({ length: 3000 }, (_, n) => n % 50));
    const places = new LinePlaces();
    const chosen = lines.map((_, n) => n).filter((n) => n % 3 !== 1);
    for (const n of chosen) places.add(n, lines[n]!.start, lines[n]!.text.length);
    expect([...places.indexes()]).toEqual(chosen);
    const fd = openSync(path, 'r');
    try {
      const reader = new LinesAt(fd);
      chosen.forEach((n, added) => expect(places.text(added, reader)).toBe(lines[n]!.text));
    } finally {
      closeSync(fd);
    }
  });
});
