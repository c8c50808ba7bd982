import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, settledState, type AssessedCommitment } from '../../../src/core/assess.js';
import { buildRegister } from '../../../src/core/build-register.js';
import { countedOnce } from '../../../src/core/count-once.js';
import { assessingBuilder, dashboardBuilder, dashboardOf, type Dashboard } from '../../../src/core/dashboard.js';
import type { CommitmentSummary } from '../../../src/core/model.js';
import { loadFiles } from '../../../src/register/load.js';
import { readCachedSummaries, writeCachedRegister } from '../../../src/register/register-cache.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { CLEAN_REGISTERS, repeatsLines, yamlCommitment } from '../digest/register-fixture.js';

/** A register whose chains run against file order (a promise due after one further down), with repeated promises, some of them of promises not in it. */
function chainedRegister(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-dashboard-'));
  writeFileSync(
    join(dir, 'a.yaml'),
    [
      'source:\n  id: BRON-A\n  type: brief\n  title: Brief A\n  date: 2025-01-10\ncommitments:\n',
      yamlCommitment('a-na-b', '{after: b-basis, within: 3 maanden}'),
      yamlCommitment('a-na-a', '{after: a-na-b, within: 1 maand}'),
      yamlCommitment('a-open', 'zomer 2025'),
      yamlCommitment('a-herhaald', 'zomer 2026', repeatsLines('b-basis')),
      yamlCommitment('a-elders', 'Q3 2026', repeatsLines('niet-hier')),
      yamlCommitment('a-later', 'Q4 2027'),
      yamlCommitment('a-wacht-op-c', '{after: c-geleverd, within: 2 weken}', '    depends_on: [a-open]\n'),
    ].join(''),
  );
  mkdirSync(join(dir, 'sub'));
  writeFileSync(
    join(dir, 'sub', 'b.yaml'),
    [
      'source:\n  id: BRON-B\n  type: brief\n  title: Brief B\n  date: 2025-02-01\ncommitments:\n',
      yamlCommitment('b-basis', 'voor het zomerreces 2025'),
      yamlCommitment('c-geleverd', 'maart 2025', '    status: delivered\n    delivered: {on: 2025-04-02}\n'),
      yamlCommitment('b-geen', 'eind 2025', '    status: closed\n'),
    ].join(''),
  );
  return dir;
}

/** Settled promises (whose summary lines are read without parsing) that repeat others, present or not, open or settled. */
function settledRepeatsRegister(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-dashboard-'));
  const commitment = (id: string, status: string, repeats?: string) =>
    `  - id: ${id}\n    title: Toezegging ${id}\n    due: zomer 2025\n    status: ${status}\n${status === 'delivered' ? '    delivered: {on: 2025-07-01}\n' : ''}${repeats ? `    imported:\n      from: tk\n      links:\n        repeats: [${repeats}]\n` : ''}`;
  writeFileSync(
    join(dir, 'a.yaml'),
    [
      'source:\n  id: BRON-A\n  type: brief\n  title: Brief A\n  date: 2025-01-10\ncommitments:\n',
      commitment('open-basis', 'open'),
      commitment('gesloten-basis', 'closed'),
      commitment('gesloten-herhaalt-open', 'closed', 'open-basis'),
      commitment('geleverd-herhaalt-elders', 'delivered', 'niet-hier'),
      commitment('vervallen-herhaalt-gesloten', 'lapsed', 'gesloten-basis'),
      commitment('open-herhaalt-gesloten', 'open', 'gesloten-basis'),
      commitment('lopend', 'ongoing'),
    ].join(''),
  );
  return dir;
}

/**
 * The chained register with its files named as the summary header's last
 * member is written (`,"segments":`): a reader that parses the header only up
 * to that member must find the header's own.
 */
function segmentsNamedRegister(): string {
  const dir = chainedRegister();
  renameSync(join(dir, 'a.yaml'), join(dir, 'a,"segments":[["a.yaml'));
  renameSync(join(dir, 'sub'), join(dir, '"],"segments":['));
  return dir;
}

const REGISTERS = [
  ...CLEAN_REGISTERS.map(([name, dir, asOf]) => [name, dir, [asOf]] as const),
  ['chains and repeats', chainedRegister(), ['2025-03-01', '2025-08-01', '2026-07-01']] as const,
  ['chains and repeats in files named like the header\'s members', segmentsNamedRegister(), ['2025-08-01']] as const,
  ['settled promises that repeat others', settledRepeatsRegister(), ['2025-03-01', '2025-08-01']] as const,
];

/** A dashboard that keeps each listed item whole, to compare every field of its assessment. */
const itself = (item: AssessedCommitment): AssessedCommitment => item;

/** What the dashboard shows of each item: everything but the commitment's other fields and its source. */
const shown = (dashboard: Dashboard) => ({
  ...dashboard,
  listed: dashboard.listed.map(({ commitment, source, ...rest }: AssessedCommitment) => ({ id: commitment.id, title: commitment.title, status: commitment.status, source: source?.id, ...rest })),
});

describe('the dashboard made a commitment at a time is that of the whole assessment', () => {
  for (const [name, dir, dates] of REGISTERS) {
    it(name, async () => {
      const { files } = await loadFiles(dir);
      const built = buildRegister(files, shippedCalendar());
      expect(built.diagnostics).toEqual([]);
      const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-dashboard-cache-'));
      writeCachedRegister(cacheDir, dir, 'key-1', built);
      for (const asOf of dates) {
        for (const horizon of [0, 30, 90, 10_000]) {
          const whole = shown(dashboardOf(countedOnce(assess(built.register, built.deadlines, asOf)), horizon, itself));
          let builder;
          const outline = readCachedSummaries(cacheDir, dir, 'key-1', (begun) => {
            builder = dashboardBuilder(begun, asOf, horizon, itself);
            return builder;
          });
          expect(outline).toBeDefined();
          expect(shown(builder!.finish())).toEqual(whole);
        }
      }
    });
  }

  it('counts a promise repeated in the register once, and lists chains where the register has them', async () => {
    const dir = REGISTERS.find(([name]) => name === 'chains and repeats')![1];
    const { files } = await loadFiles(dir);
    const built = buildRegister(files, shippedCalendar());
    const dashboard = dashboardOf(countedOnce(assess(built.register, built.deadlines, '2025-08-01')), 10_000, itself);
    expect(dashboard.total).toBe(9);
    expect(dashboard.summary).toMatchObject({ waiting: 2, due: 1, upcoming: 2, overdue: 2, delivered: 1, closed: 1 });
    expect(dashboard.listed.map((item) => `${item.commitment.id} ${item.state}`)).toEqual([
      'a-na-b waiting',
      'a-na-a waiting',
      'a-open due',
      'a-elders upcoming',
      'a-later upcoming',
      'a-wacht-op-c overdue',
      'b-basis overdue',
    ]);
  });

  // JSON output reads the details of only the commitments a builder holds: add must say which those are.
  it('says of each commitment added whether it holds it: kept, or held for its chain; never one repeated or not kept', async () => {
    const dir = REGISTERS.find(([name]) => name === 'chains and repeats')![1];
    const { files } = await loadFiles(dir);
    const built = buildRegister(files, shippedCalendar());
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-dashboard-cache-'));
    writeCachedRegister(cacheDir, dir, 'key-1', built);
    const held: string[] = [];
    let builder: ReturnType<typeof assessingBuilder<CommitmentSummary, string>> | undefined;
    readCachedSummaries(cacheDir, dir, 'key-1', (begun) => {
      builder = assessingBuilder(begun, '2025-08-01', (item) => (item.state === 'upcoming' || item.state === 'waiting' ? item.commitment.id : undefined));
      return { add: (summary, window) => (builder!.add(summary, window) && held.push(summary.id), true) };
    });
    // Kept: the upcoming a-elders and a-later; held for their chains: a-na-b, a-na-a, a-open (a-wacht-op-c depends on it), a-wacht-op-c, b-basis, c-geleverd.
    expect(held.sort()).toEqual(['a-elders', 'a-later', 'a-na-a', 'a-na-b', 'a-open', 'a-wacht-op-c', 'b-basis', 'c-geleverd'].sort());
    expect(builder!.finish().kept).toEqual(['a-na-b', 'a-na-a', 'a-elders', 'a-later']);
  });

  it('takes the state of a commitment no longer open from its status alone, as assess does', async () => {
    let settled = 0;
    for (const [, dir, dates] of REGISTERS) {
      const built = buildRegister((await loadFiles(dir)).files, shippedCalendar());
      for (const asOf of dates) {
        for (const item of assess(built.register, built.deadlines, asOf).items) {
          const state = settledState(item.commitment.status);
          if (item.commitment.status === 'open' || item.commitment.status === 'partial') expect(state).toBeUndefined();
          else expect([item.commitment.id, state]).toEqual([item.commitment.id, item.state]);
          if (state !== undefined) settled += 1;
        }
      }
    }
    expect(settled).toBeGreaterThan(10);
  });

  it('is no register at all when the cache is of another key', async () => {
    const dir = CLEAN_REGISTERS[0]![1];
    const { files } = await loadFiles(dir);
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-dashboard-cache-'));
    writeCachedRegister(cacheDir, dir, 'key-1', buildRegister(files, shippedCalendar()));
    expect(readCachedSummaries(cacheDir, dir, 'key-2', () => ({ add: () => undefined }))).toBeUndefined();
  });
});
