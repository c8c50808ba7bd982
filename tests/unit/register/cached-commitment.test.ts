import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../src/core/build-register.js';
import { loadFiles } from '../../../src/register/load.js';
import { readCachedCommitment, writeCachedRegister } from '../../../src/register/register-cache.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { CLEAN_REGISTERS, yamlCommitment } from '../digest/register-fixture.js';

/**
 * Files named with what the summary header's segments are written with
 * (quotes, brackets, commas, backslashes, the member `,"segments":`, text
 * not in ASCII), ids that begin other ids, and commitments that link to
 * others, so that a commitment found in the header read as text must be
 * the one asked for.
 */
function awkwardRegister(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-cached-one-'));
  const file = (name: string, source: string, commitments: string[]) =>
    writeFileSync(join(dir, name), [`source:\n  id: ${source}\n  type: brief\n  title: Brief ${source}\n  date: 2025-01-10\ncommitments:\n`, ...commitments].join(''));
  file('a,"segments":[["a.yaml', 'BRON-A', [yamlCommitment('t-1', 'zomer 2025'), yamlCommitment('t-12', 'eind 2025'), yamlCommitment('na-t-1', '{after: t-1, within: 3 maanden}')]);
  mkdirSync(join(dir, '"],[0,1]\\é'));
  file(join('"],[0,1]\\é', 'b].yaml'), 'BRON-B', [yamlCommitment('t-123', 'Q3 2025'), yamlCommitment('b-wacht', 'Q4 2025', '    depends_on: [t-12]\n'), yamlCommitment('0-0', 'maart 2026')]);
  file('c.yaml', 'BRON-C', [yamlCommitment('t-1234', '2025-10-01')]);
  return dir;
}

describe('one commitment read from the cache through its header', () => {
  const registers: [string, string][] = [...CLEAN_REGISTERS.map(([name, dir]) => [name, dir] as [string, string]), ['awkward file names and ids', awkwardRegister()]];
  for (const [name, dir] of registers) {
    it(`is the commitment the whole register holds, or none when it links or is linked to: ${name}`, async () => {
      const { files } = await loadFiles(dir);
      const built = buildRegister(files, shippedCalendar());
      expect(built.diagnostics).toEqual([]);
      const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-cached-one-cache-'));
      writeCachedRegister(cacheDir, dir, 'key-1', built);
      const linked = new Set(built.register.commitments.flatMap((c) => [...c.dependsOn, ...(c.due?.kind === 'after' ? [c.due.after] : [])].flatMap((to) => [c.id, to])));
      let read = 0;
      for (const commitment of built.register.commitments) {
        const one = readCachedCommitment(cacheDir, dir, 'key-1', commitment.id);
        if (linked.has(commitment.id) || commitment.imported?.links) {
          expect([commitment.id, one]).toEqual([commitment.id, undefined]);
          continue;
        }
        read += 1;
        expect(one?.commitment).toEqual(commitment);
        expect(one?.source).toEqual(built.register.sources.find((source) => source.id === commitment.sourceId));
        expect(one?.deadlines.windows.get(commitment.id)).toEqual(built.deadlines.windows.get(commitment.id));
      }
      expect(read).toBeGreaterThan(0);
    });
  }

  it('is none for an id the register does not hold, however it is written', async () => {
    const dir = awkwardRegister();
    const built = buildRegister((await loadFiles(dir)).files, shippedCalendar());
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-cached-one-cache-'));
    writeCachedRegister(cacheDir, dir, 'key-1', built);
    expect(readCachedCommitment(cacheDir, dir, 'key-1', 't-123')?.commitment.id).toBe('t-123');
    for (const id of ['t-', 't-12345', '"t-123"', 't-123","t-1234', 't-123\\', 'b].yaml', 'BRON-B', '1', '']) {
      expect([id, readCachedCommitment(cacheDir, dir, 'key-1', id)]).toEqual([id, undefined]);
    }
  });
});
