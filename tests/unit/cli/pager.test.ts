import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../../src/cli/io.js';
import { DEFAULT_PAGER, pagerFor, screenRows, spawnPager, writeThroughPager, type PagerInputs } from '../../../src/cli/pager.js';

const long = `${Array.from({ length: 50 }, (_, index) => `line ${index + 1}`).join('\n')}\n`;
const short = 'one\ntwo\n';

function inputs(extra: Partial<PagerInputs> = {}): PagerInputs {
  return { text: long, env: {}, isTTY: true, rows: 24, columns: 80, enabled: true, ...extra };
}

describe('pagerFor: when to page', () => {
  it('pages long output on a terminal with less -FRX by default', () => {
    expect(pagerFor(inputs())).toBe(DEFAULT_PAGER);
    expect(DEFAULT_PAGER).toBe('less -FRX');
  });

  it('does not page output that fits, leaving a row for the prompt', () => {
    const lines = (count: number) => `${Array.from({ length: count }, () => 'x').join('\n')}\n`;
    expect(pagerFor(inputs({ text: short }))).toBeUndefined();
    expect(pagerFor(inputs({ text: lines(23) }))).toBeUndefined();
    expect(pagerFor(inputs({ text: lines(24) }))).toBe(DEFAULT_PAGER);
  });

  it('counts lines that wrap on a narrow terminal', () => {
    const wide = `${'x'.repeat(200)}\n`.repeat(10);
    expect(pagerFor(inputs({ text: wide, columns: 200 }))).toBeUndefined();
    expect(pagerFor(inputs({ text: wide, columns: 80 }))).toBe(DEFAULT_PAGER);
  });

  it('never pages when piped', () => {
    expect(pagerFor(inputs({ isTTY: false }))).toBeUndefined();
  });

  it('never pages with --no-pager', () => {
    expect(pagerFor(inputs({ enabled: false }))).toBeUndefined();
  });

  it('never pages when the terminal height is unknown', () => {
    expect(pagerFor(inputs({ rows: undefined }))).toBeUndefined();
    expect(pagerFor(inputs({ rows: 0 }))).toBeUndefined();
  });

  it('never pages on a dumb terminal', () => {
    expect(pagerFor(inputs({ env: { TERM: 'dumb' } }))).toBeUndefined();
  });

  it('uses $PAGER', () => {
    expect(pagerFor(inputs({ env: { PAGER: 'most' } }))).toBe('most');
  });

  it('lets TOEZEGGING_PAGER win over PAGER', () => {
    expect(pagerFor(inputs({ env: { PAGER: 'most', TOEZEGGING_PAGER: 'less -S' } }))).toBe('less -S');
  });

  it.each([
    ['TOEZEGGING_PAGER empty', { TOEZEGGING_PAGER: '' }],
    ['TOEZEGGING_PAGER empty, PAGER set', { TOEZEGGING_PAGER: '', PAGER: 'less' }],
    ['TOEZEGGING_PAGER=cat', { TOEZEGGING_PAGER: 'cat' }],
    ['PAGER empty', { PAGER: '' }],
    ['PAGER=cat', { PAGER: 'cat' }],
    ['PAGER blank', { PAGER: '   ' }],
  ])('writes directly with %s', (_, env) => {
    expect(pagerFor(inputs({ env }))).toBeUndefined();
  });
});

describe('screenRows', () => {
  it('counts lines, not the final newline', () => {
    expect(screenRows('a\nb\n', 80)).toBe(2);
    expect(screenRows('a\nb', 80)).toBe(2);
    expect(screenRows('\n', 80)).toBe(1);
  });

  it('does not count colour codes as width', () => {
    expect(screenRows(`\u001b[31m${'x'.repeat(80)}\u001b[39m\n`, 80)).toBe(1);
  });
});

function fakeIo(extra: Partial<Io['stdout']> = {}, env: Record<string, string> = {}): { io: Io; written: string[]; errors: string[] } {
  const written: string[] = [];
  const errors: string[] = [];
  const io: Io = {
    argv: [],
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: '/',
    now: new Date(0),
    stdout: { write: (text: string) => written.push(text), isTTY: true, rows: 24, columns: 80, ...extra },
    stderr: { write: (text: string) => errors.push(text) },
  };
  return { io, written, errors };
}

describe('writeThroughPager', () => {
  it('hands long output to the pager and writes nothing itself', async () => {
    const { io, written } = fakeIo();
    const calls: [string, string][] = [];
    await writeThroughPager(long, io, true, async (command, text) => {
      calls.push([command, text]);
      return true;
    });
    expect(calls).toEqual([[DEFAULT_PAGER, long]]);
    expect(written).toEqual([]);
  });

  it('writes the output itself when the pager cannot start', async () => {
    const { io, written } = fakeIo();
    await writeThroughPager(long, io, true, async () => false);
    expect(written).toEqual([long]);
  });

  it('writes short output, piped output and --no-pager output directly', async () => {
    const never = async (): Promise<boolean> => {
      throw new Error('no pager expected');
    };
    for (const [io, text, enabled] of [
      [fakeIo().io, short, true],
      [fakeIo({ isTTY: false }).io, long, true],
      [fakeIo().io, long, false],
    ] as const) {
      await writeThroughPager(text, io, enabled, never);
    }
  });
});

describe('spawnPager (with stand-ins, not a real pager)', () => {
  it('feeds the text to the command on stdin', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'toezegging-pager-')), 'out.txt');
    const { io } = fakeIo();
    expect(await spawnPager(`cat > "${file}"`, long, io)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(long);
  });

  it('reports a missing pager so the caller can fall back, without its shell error', async () => {
    const { io, errors } = fakeIo();
    expect(await spawnPager('toezegging-no-such-pager-xyz', long, io)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('survives a pager that quits before reading everything', async () => {
    const { io } = fakeIo();
    expect(await spawnPager('head -c 1 >/dev/null', long.repeat(20_000), io)).toBe(true);
  });

  it('passes LESS=FRX unless the user set LESS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-pager-'));
    await spawnPager(`cat >/dev/null; printf %s "$LESS" > "${dir}/default"`, short, fakeIo().io);
    await spawnPager(`cat >/dev/null; printf %s "$LESS" > "${dir}/own"`, short, fakeIo({}, { LESS: '-S' }).io);
    expect(readFileSync(join(dir, 'default'), 'utf8')).toBe('FRX');
    expect(readFileSync(join(dir, 'own'), 'utf8')).toBe('-S');
  });
});
