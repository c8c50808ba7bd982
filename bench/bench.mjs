// Times toezegging as a whole process on the bundled register and on generated registers of
// 1,000, 10,000 and 100,000 commitments, in a flat and a deep folder layout: the first `status`
// (nothing cached), warm `status` and what else reads, a write, `status` after a write and after
// a hand edit, each also as a ratio to warm `status` in the same run; a bare Node script reading
// the same cache; and Taskwarrior's `task overdue` on as many tasks when `task` is installed.
// Usage: npm run bench [-- --runs 7 --sizes 1000,10000 --layouts flat]
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateRegister } from './generate-register.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'toezegging.cjs');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, sizes: { type: 'string', default: '1000,10000,100000' }, layouts: { type: 'string', default: 'flat,deep' } },
});
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);
const layouts = values.layouts.split(',');
const hasTime = existsSync('/usr/bin/time');
const taskProbe = spawnSync('task', ['--version'], { encoding: 'utf8' });
const hasTask = taskProbe.status === 0;
const taskVersion = hasTask ? taskProbe.stdout.trim() : undefined;

/** N pending tasks with due dates, half of them past, in a Taskwarrior data folder of their own. */
function importTasks(taskData, count) {
  mkdirSync(taskData, { recursive: true });
  writeFileSync(join(taskData, 'taskrc'), `data.location=${taskData}\nconfirmation=no\nhooks=off\nnews.version=${taskVersion}\n`);
  const lines = [];
  for (let n = 0; n < count; n++) {
    const month = String((n % 12) + 1).padStart(2, '0');
    lines.push(JSON.stringify({ description: `Toezegging ${n}: de Kamer informeren over maatregel ${n % 97}`, status: 'pending', due: `${2026 + (n % 2)}${month}15T000000Z`, tags: [`thema-${n % 20}`, 'bench'], entry: '20250101T000000Z', uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` }));
  }
  const file = join(taskData, 'import.json');
  writeFileSync(file, `[${lines.join(',\n')}]\n`);
  const result = spawnSync('task', ['rc.verbose=nothing', 'import', file], { env: { ...process.env, TASKDATA: taskData, TASKRC: join(taskData, 'taskrc') }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`task import exited ${result.status}: ${result.stderr}`);
}

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

function measure(label, argv, env = {}, { warmup = 1, count = runs, before, argvFor = () => argv } = {}) {
  for (let i = 0; i < warmup; i++) once(argvFor(), env);
  const samples = [];
  for (let i = 0; i < count; i++) {
    before?.();
    samples.push(once(argvFor(), env));
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
    for (const layout of layouts) {
      const dir = join(work, `register-${size}-${layout}`);
      console.error(`Generating ${size} commitments, ${layout}…`);
      generateRegister(dir, size, { deep: layout === 'deep' });
      const sizeCache = join(work, `cache-${size}-${layout}`);
      const env = { TOEZEGGING_CACHE_DIR: sizeCache };
      const at = `${size.toLocaleString('en')} commitments, ${layout}`;
      const coldRuns = size >= 100_000 ? 1 : Math.min(runs, 3);
      const first = measure(`status, ${at}, first run (no cache)`, status(dir), env, {
        warmup: 0,
        count: coldRuns,
        before: () => rmSync(sizeCache, { recursive: true, force: true }),
      });
      const warm = measure(`status, ${at}, repeated (cache)`, status(dir), env);
      const relative = (row) => ({ ...row, vsWarm: row.median / warm.median });
      rows.push(relative(first), { ...warm, vsWarm: 1 });
      rows.push(relative(measure(`bare Node: read and parse the cache, ${at}`, [process.execPath, join(root, 'bench', 'read-cache.mjs'), sizeCache], {})));
      rows.push(relative(measure(`status --json, ${at}`, status(dir, '--json'), env)));
      rows.push(relative(measure(`report --format json, ${at}`, command('report', dir, '--format', 'json'), env)));
      rows.push(relative(measure(`list, ${at}`, command('list', dir), env)));
      rows.push(relative(measure(`show ID, ${at}`, command('show', dir, 't-0000007'), env)));
      let note = 0;
      rows.push(relative(measure(`note (a write), ${at}`, [], env, { argvFor: () => command('note', dir, 't-0000007', `bench ${note++}`) })));
      rows.push(relative(measure(`status right after a write, ${at}`, status(dir), env, { before: () => once(command('note', dir, 't-0000011', `bench ${note++}`), env) })));
      const edited = join(dir, ...(layout === 'deep' ? ['2020', '00'] : []), 'bron-000000.yaml');
      rows.push(relative(measure(`status after one file edited by hand, ${at}`, status(dir), env, { before: () => appendFileSync(edited, '# edited\n') })));
      if (hasTask && layout === 'flat') {
        const taskData = join(work, `task-${size}`);
        console.error(`Importing ${size} tasks into Taskwarrior…`);
        importTasks(taskData, size);
        const taskEnv = { TASKDATA: taskData, TASKRC: join(taskData, 'taskrc') };
        rows.push(relative(measure(`task overdue (Taskwarrior ${taskVersion}), ${size.toLocaleString('en')} tasks`, ['task', 'rc.verbose=nothing', 'overdue'], taskEnv)));
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nNode ${process.version}, ${runs} runs (median; min–max), peak memory of the process`);
console.log(hasTask ? `Taskwarrior ${taskVersion} measured on the flat layout.\n` : 'Taskwarrior not measured: `task` is not installed.\n');
console.log('| what | median | min–max | vs `node -e 0` | vs warm `status` | peak memory |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) {
  const ratio = row.label === 'node -e 0' ? '1.00×' : `${(row.ratio ?? row.median / rows[0].median).toFixed(2)}×`;
  const vsWarm = row.vsWarm === undefined ? '' : `${row.vsWarm.toFixed(2)}×`;
  const mib = Number.isNaN(row.mib) ? 'n/a' : `${row.mib.toFixed(0)} MiB`;
  console.log(`| ${row.label} | ${row.median.toFixed(3)} s | ${row.min.toFixed(3)}–${row.max.toFixed(3)} s | ${ratio} | ${vsWarm} | ${mib} |`);
}
