// Times `toezegging status` (and `status --json`, `list`, `report`) as a whole process, against
// `node -e 0`, on the bundled register and on generated registers of 1,000, 10,000 and 100,000
// commitments: the first run (empty cache) and repeated runs (warm cache).
// Usage: npm run bench [-- --runs 7 --sizes 1000,10000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateRegister } from './generate-register.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'toezegging.cjs');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, sizes: { type: 'string', default: '1000,10000,100000' } } });
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);
const hasTime = existsSync('/usr/bin/time');

function once(argv, env) {
  const command = hasTime ? ['/usr/bin/time', '-f', '%M', ...argv] : argv;
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  const kib = hasTime ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, mib: kib / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function measure(label, argv, env = {}, { warmup = 1, count = runs, before } = {}) {
  for (let i = 0; i < warmup; i++) once(argv, env);
  const samples = [];
  for (let i = 0; i < count; i++) {
    before?.();
    samples.push(once(argv, env));
  }
  const row = {
    label,
    median: median(samples.map((s) => s.seconds)),
    min: Math.min(...samples.map((s) => s.seconds)),
    max: Math.max(...samples.map((s) => s.seconds)),
    mib: Math.max(...samples.map((s) => s.mib)),
  };
  console.error(`  ${label}: median ${row.median.toFixed(3)} s`);
  return row;
}

const work = mkdtempSync(join(tmpdir(), 'toezegging-bench-'));
const cacheDir = join(work, 'cache');
const command = (name, data, ...extra) => [process.execPath, bin, name, '--as-of', '2026-11-28', ...extra, ...(data ? ['--data', data] : [])];
const status = (data, ...extra) => command('status', data, ...extra);
const rows = [];
try {
  console.error('Timing start-up and the bundled register…');
  // Interleaved, so that a machine whose speed drifts affects both alike; the ratio is the median of the pairs' ratios.
  const pairs = [];
  const bundledArgs = status(undefined, '--example');
  const bundledEnv = { TOEZEGGING_CACHE_DIR: cacheDir };
  once(bundledArgs, bundledEnv);
  for (let i = 0; i < runs * 4; i++) pairs.push([once([process.execPath, '-e', '0'], {}), once(bundledArgs, bundledEnv)]);
  const summary = (label, samples) => ({
    label,
    median: median(samples.map((s) => s.seconds)),
    min: Math.min(...samples.map((s) => s.seconds)),
    max: Math.max(...samples.map((s) => s.seconds)),
    mib: Math.max(...samples.map((s) => s.mib)),
  });
  rows.push(summary('node -e 0', pairs.map(([a]) => a)));
  rows.push({ ...summary('status, bundled register (warm cache)', pairs.map(([, b]) => b)), ratio: median(pairs.map(([a, b]) => b.seconds / a.seconds)) });
  console.error(`  status on the bundled register: median ratio to node -e 0 over ${pairs.length} pairs: ${rows[1].ratio.toFixed(2)}`);
  for (const size of sizes) {
    const dir = join(work, `register-${size}`);
    console.error(`Generating ${size} commitments…`);
    generateRegister(dir, size);
    const sizeCache = join(work, `cache-${size}`);
    const coldRuns = size >= 100_000 ? 1 : Math.min(runs, 3);
    rows.push(
      measure(`status, ${size.toLocaleString('en')} commitments, first run (no cache)`, status(dir), { TOEZEGGING_CACHE_DIR: sizeCache }, {
        warmup: 0,
        count: coldRuns,
        before: () => rmSync(sizeCache, { recursive: true, force: true }),
      }),
    );
    rows.push(measure(`status, ${size.toLocaleString('en')} commitments, repeated (cache)`, status(dir), { TOEZEGGING_CACHE_DIR: sizeCache }));
    rows.push(measure(`status --json, ${size.toLocaleString('en')} commitments, repeated (cache)`, status(dir, '--json'), { TOEZEGGING_CACHE_DIR: sizeCache }));
    rows.push(measure(`list, ${size.toLocaleString('en')} commitments, repeated (cache)`, command('list', dir), { TOEZEGGING_CACHE_DIR: sizeCache }));
    rows.push(measure(`report, ${size.toLocaleString('en')} commitments, repeated (cache)`, command('report', dir), { TOEZEGGING_CACHE_DIR: sizeCache }));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nNode ${process.version}, ${runs} runs (median; min–max), peak memory of the process\n`);
console.log('| what | median | min–max | vs `node -e 0` | peak memory |');
console.log('|---|---|---|---|---|');
for (const row of rows) {
  const ratio = row.label === 'node -e 0' ? '1.00×' : `${(row.ratio ?? row.median / rows[0].median).toFixed(2)}×`;
  const mib = Number.isNaN(row.mib) ? 'n/a' : `${row.mib.toFixed(0)} MiB`;
  console.log(`| ${row.label} | ${row.median.toFixed(3)} s | ${row.min.toFixed(3)}–${row.max.toFixed(3)} s | ${ratio} | ${mib} |`);
}
