import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, runCli } from './run-cli.js';

/** The bundled source (whose commitments link to each other) and a small one whose commitments stand alone. */
function makeRegister(): { dir: string; cache: string } {
  const work = mkdtempSync(join(tmpdir(), 'toezegging-cache-index-'));
  const dir = join(work, 'register');
  mkdirSync(dir);
  copyFileSync(join(BUNDLED, '2025Z19579.yaml'), join(dir, '2025Z19579.yaml'));
  writeFileSync(
    join(dir, 'klein.yaml'),
    [
      'source:',
      '  id: KLEIN-1',
      '  type: brief',
      '  title: Brief over "aanhalingstekens" en één ë',
      '  date: 2026-03-10',
      'commitments:',
      '  - id: klein-a',
      '    title: Toezegging a',
      '    quote: Ik zal de Kamer informeren.',
      '    due: voor het zomerreces',
      '    tags: [een, twee]',
      '  - id: klein-b',
      '    title: Toezegging b',
      '    due: Q3 2026',
      '    status: voldaan',
      '    delivered:',
      '      on: 2026-09-01',
      '',
    ].join('\n'),
  );
  return { dir, cache: join(work, 'cache') };
}

const run = (args: string[], dir: string, cache?: string) =>
  runCli([...args, '--data', dir, '--as-of', '2026-11-28'], { env: cache === undefined ? { TOEZEGGING_NO_CACHE: '1' } : { TOEZEGGING_CACHE_DIR: cache } });
const summaryFile = (cache: string) => join(cache, readdirSync(cache).find((file) => /^register-[0-9a-f]+\.json$/.test(file))!);

/** Breaks the whole-file checksum of the summary and nothing else: a whole read misses, a read through the header does not. */
function breakChecksum(cache: string): Buffer {
  const file = summaryFile(cache);
  const bytes = readFileSync(file);
  bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x30 ? 0x31 : 0x30;
  writeFileSync(file, bytes);
  return bytes;
}

describe('reading one commitment through the cache header', () => {
  it('shows every commitment as a run without a cache does, linked ones and ones standing alone', () => {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    for (const id of ['klein-a', 'klein-b', 'wodc-onderzoek', 'plan-van-aanpak', 'motie-ceder-voortgangsbrief', 'klein-x']) {
      for (const extra of [[], ['--json']]) {
        const cached = run(['show', id, ...extra], dir, cache);
        const plain = run(['show', id, ...extra], dir);
        expect([cached.code, cached.stdout, cached.stderr]).toEqual([plain.code, plain.stdout, plain.stderr]);
      }
    }
  });

  it('reads a commitment standing alone without the whole register: it does not even notice the whole-file checksum', () => {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    const broken = breakChecksum(cache);
    expect(run(['show', 'klein-a'], dir, cache).stdout).toBe(run(['show', 'klein-a'], dir).stdout);
    // Not read whole, so not found a miss and rewritten.
    expect(readFileSync(summaryFile(cache))).toEqual(broken);
    // A linked one is read with the whole register, which misses and is made again.
    expect(run(['show', 'wodc-onderzoek'], dir, cache).stdout).toBe(run(['show', 'wodc-onderzoek'], dir).stdout);
    expect(readFileSync(summaryFile(cache))).not.toEqual(broken);
  });

  it('takes a segment that does not verify for a miss', () => {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    const file = summaryFile(cache);
    const text = readFileSync(file, 'latin1');
    // Still valid JSON, still the same length: only the segment's sum tells.
    writeFileSync(file, text.replace('"Toezegging a"', '"Toezegging x"'), 'latin1');
    const shown = run(['show', 'klein-a'], dir, cache);
    expect(shown.stdout).toBe(run(['show', 'klein-a'], dir).stdout);
    expect(shown.stdout).toContain('Toezegging a');
  });
});

describe('completion words from the cache header', () => {
  it('gives the ids, source ids and tags a run without a cache gives', () => {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    for (const what of ['ids', 'sources', 'tags']) {
      const cached = run(['__complete', what], dir, cache).stdout;
      expect(cached).toBe(run(['__complete', what], dir).stdout);
      expect(cached).not.toBe('');
    }
    const ids = run(['__complete', 'ids'], dir, cache).stdout;
    // From the header, which the whole-file checksum does not concern.
    breakChecksum(cache);
    expect(run(['__complete', 'ids'], dir, cache).stdout).toBe(ids);
  });

  it('sees a file changed since the cache was made', () => {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    const file = join(dir, 'klein.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('klein-b', 'klein-c'));
    const ids = run(['__complete', 'ids'], dir, cache).stdout;
    expect(ids).toContain('klein-c\n');
    expect(ids).not.toContain('klein-b\n');
  });
});
