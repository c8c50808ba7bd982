import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryPieces, spooledPieces, type LinePieces } from '../../../src/register/line-pieces.js';

/** Each piece copied as it comes: a spool gives its pieces in one buffer, each to be used before the next. */
function joined(pieces: LinePieces): string {
  const copies: Buffer[] = [];
  for (const piece of pieces.pieces()) copies.push(Buffer.from(piece));
  return Buffer.concat(copies).toString('latin1');
}

/** Lines of a few sizes, one of them over the MiB that a spool is read back by. */
const LINES = ['{"a":1}\n', 'x'.repeat(1500 * 1024) + '\n', '', '["open","t-1",0]\n'];

describe('the pieces of a cache file\'s lines', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('in memory: every byte in order, slices of one buffer copied in a row held as one piece', () => {
    const pieces = memoryPieces();
    const from = Buffer.from('0123456789', 'latin1');
    pieces.add(Buffer.from('ab', 'latin1'));
    pieces.add(from, 2, 3);
    pieces.add(from, 5, 4);
    expect(joined(pieces)).toBe('ab2345678');
    expect([...pieces.pieces()]).toHaveLength(2);
  });

  it('bytes added for later come in their place among the others, asked for once', () => {
    for (const make of [memoryPieces, () => spooledPieces(join((dir ??= mkdtempSync(join(tmpdir(), 'toezegging-spool-'))), 'register.json'))]) {
      const pieces = make();
      let asked = 0;
      pieces.add(Buffer.from('ab', 'latin1'));
      pieces.addLater(function* () {
        asked += 1;
        yield Buffer.from('cd', 'latin1');
        yield Buffer.from('ef', 'latin1');
      });
      pieces.add(Buffer.from('gh', 'latin1'));
      expect(joined(pieces)).toBe('abcdefgh');
      expect(asked).toBe(1);
      pieces.close();
    }
  });

  it('spooled: every byte in order, read back a MiB at a time, and never a file to be seen in the folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'toezegging-spool-'));
    const pieces = spooledPieces(join(dir, 'register.json'));
    // Unlinked at once: a run killed while it spools leaves nothing behind.
    expect(readdirSync(dir)).toEqual([]);
    for (const line of LINES) pieces.add(Buffer.from(line, 'latin1'));
    pieces.add(Buffer.from('--0123--', 'latin1'), 2, 4);
    expect(joined(pieces)).toBe(`${LINES.join('')}0123`);
    expect([...pieces.pieces()].length).toBeGreaterThan(1);
    pieces.close();
    pieces.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('spooled and empty: no piece', () => {
    dir = mkdtempSync(join(tmpdir(), 'toezegging-spool-'));
    const pieces = spooledPieces(join(dir, 'register.json'));
    expect([...pieces.pieces()]).toEqual([]);
    pieces.close();
  });

  it('spooled where no file can be made: throws', () => {
    expect(() => spooledPieces(join(tmpdir(), 'toezegging-no-such-folder', 'x', 'register.json'))).toThrow();
  });
});
