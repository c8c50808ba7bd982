// Measures every target of the register's speed in one run, as whole processes, side by side:
// each round runs every command once (A, B, C, A, B, C, …), so a machine whose speed drifts
// affects all alike, and each ratio is the median of the rounds' own ratios.
// - the bundled register's `status` against `node -e 0` (start-up);
// - per size (1,000, 10,000, 100,000; 300,000 with --huge) and layout (flat, deep): the first
//   `status` with nothing cached against Taskwarrior's `task overdue` on as many tasks; warm
//   `status` against a bare Node script reading the same cache; `status --json`, `report
//   --format json`, `list`, `show ID`, each write (`note`, `deliver`, `set`, `add`), `status`
//   after a write and after a hand edit, each against warm `status` in the same rounds; peak
//   memory of every one, `list --json`, `export --format json` and `timeline` included;
// - how each cost grows with N (× per 10× N: 10 is linear);
// - `import tk` of 50,000 records: a first import against the first `status` of what it wrote,
//   with the generator's repeated texts and with texts nearly all distinct (--import-texts), the
//   peak memory of both against `task overdue` on as many tasks, and a re-import that changes
//   nothing.
// Usage: npm run bench [-- --runs 5 --sizes 1000,10000 --layouts flat --huge --import 50000 --import-texts repeated,distinct]
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateRegister } from './generate-register.mjs';
import { writeTkRecords } from './generate-tk-records.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'toezegging.cjs');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    layouts: { type: 'string', default: 'flat,deep' },
    huge: { type: 'boolean', default: false },
    import: { type: 'string', default: '50000' },
    'import-texts': { type: 'string', default: 'repeated,distinct' },
  },
});
const runs = Number(values.runs);
const sizes = [...values.sizes.split(',').map(Number), ...(values.huge ? [300_000] : [])];
const layouts = values.layouts.split(',');
const importCount = Number(values.import);
// The generated records' texts: `repeated` (28 in all, which the import's memo of each text's deadline flatters) and `distinct` (nearly each its own, as in the real register).
const importTexts = values['import-texts'].split(',');
const hasTime = existsSync('/usr/bin/time');
const taskProbe = spawnSync('task', ['--version'], { encoding: 'utf8' });
const hasTask = taskProbe.status === 0;
const taskVersion = hasTask ? taskProbe.stdout.trim() : undefined;
const loadBefore = loadavg();

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

/**
 * Where every measured command's output goes: /dev/null, as hyperfine sends it by default. Read
 * back through a pipe, the output would be timed with this script's own reading and decoding
 * of it (94 MB for `status --json` at 100,000 commitments), not with the command's work.
 */
const discard = openSync('/dev/null', 'w');

/**
 * One run of a whole process: wall-clock seconds, and from /usr/bin/time the CPU seconds (user
 * and system; on a loaded machine the steadier measure of the work done) and peak memory (MiB).
 */
function once(argv, env) {
  const command = hasTime ? ['/usr/bin/time', '-f', '%U %S %M', ...argv] : argv;
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['pipe', discard, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [user, system, kib] = hasTime ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, cpu: user + system, mib: kib / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs the probes in rounds, one sample of each per round (after `warmup` rounds not kept).
 * A probe: { key, label, argv | argvFor(), env, before?() }. `base` names the probe that every
 * other one is divided by, round by round. Returns a row per probe.
 */
function rounds(probes, { count = runs, warmup = 1, base } = {}) {
  const samples = new Map(probes.map((probe) => [probe.key, []]));
  for (let round = -warmup; round < count; round++) {
    for (const probe of probes) {
      probe.before?.();
      const sample = once(probe.argvFor ? probe.argvFor() : probe.argv, probe.env ?? {});
      if (round >= 0) samples.get(probe.key).push(sample);
    }
  }
  return probes.map((probe) => {
    const own = samples.get(probe.key);
    const row = {
      key: probe.key,
      label: probe.label,
      median: median(own.map((s) => s.seconds)),
      min: Math.min(...own.map((s) => s.seconds)),
      max: Math.max(...own.map((s) => s.seconds)),
      cpu: median(own.map((s) => s.cpu)),
      mib: Math.max(...own.map((s) => s.mib)),
      samples: own.length,
    };
    if (base !== undefined) {
      row.ratio = median(own.map((s, i) => s.seconds / samples.get(base)[i].seconds));
      row.cpuRatio = median(own.map((s, i) => s.cpu / samples.get(base)[i].cpu));
    }
    console.error(`  ${probe.label}: median ${row.median.toFixed(3)} s${row.ratio === undefined ? '' : `, ${row.ratio.toFixed(2)}× ${base} (CPU ${row.cpuRatio.toFixed(2)}×)`}`);
    return row;
  });
}

const work = mkdtempSync(join(tmpdir(), 'toezegging-bench-'));
const command = (name, data, ...extra) => [process.execPath, bin, name, '--as-of', '2026-11-28', ...extra, ...(data ? ['--data', data] : [])];
const sections = [];
const taskRows = new Map();
try {
  console.error('Start-up: node -e 0 and status on the bundled register, in turn…');
  const bundledEnv = { TOEZEGGING_CACHE_DIR: join(work, 'cache-bundled') };
  sections.push({
    title: 'Start-up',
    rows: rounds(
      [
        { key: 'node', label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
        { key: 'bundled', label: 'status, bundled register (warm cache)', argv: command('status', undefined, '--example'), env: bundledEnv },
      ],
      { count: runs * 4, base: 'node' },
    ),
    base: 'node -e 0',
  });

  for (const size of sizes) {
    let taskData;
    if (hasTask) {
      taskData = join(work, `task-${size}`);
      console.error(`Importing ${size} tasks into Taskwarrior…`);
      importTasks(taskData, size);
    }
    const taskProbe = hasTask && {
      key: 'task',
      label: `task overdue (Taskwarrior ${taskVersion}), ${size.toLocaleString('en')} tasks`,
      argv: ['task', 'rc.verbose=nothing', 'overdue'],
      env: { TASKDATA: taskData, TASKRC: join(taskData, 'taskrc') },
    };
    for (const layout of layouts) {
      const dir = join(work, `register-${size}-${layout}`);
      console.error(`${size} commitments, ${layout}: generating…`);
      generateRegister(dir, size, { deep: layout === 'deep' });
      const cache = join(work, `cache-${size}-${layout}`);
      const env = { TOEZEGGING_CACHE_DIR: cache };
      const at = `${size.toLocaleString('en')}, ${layout}`;

      console.error(`${at}: the first status (nothing cached)${hasTask ? ' and task overdue, in turn' : ''}…`);
      const cold = rounds(
        [
          { key: 'first', label: 'status, nothing cached', argv: command('status', dir), env, before: () => rmSync(cache, { recursive: true, force: true }) },
          ...(taskProbe ? [taskProbe] : []),
        ],
        { count: size >= 100_000 ? Math.min(runs, 2) : runs, warmup: 0, base: taskProbe ? 'task' : undefined },
      );
      if (taskProbe) taskRows.set(size, cold.find((row) => row.key === 'task'));

      console.error(`${at}: warm status against everything else, in rounds…`);
      const edited = join(dir, ...(layout === 'deep' ? ['2020', '00'] : []), 'bron-000000.yaml');
      let note = 0;
      let delivered = 0;
      const warm = rounds(
        [
          { key: 'warm', label: 'status, warm cache', argv: command('status', dir), env },
          { key: 'bare', label: 'bare Node: read and parse the summary cache', argv: [process.execPath, join(root, 'bench', 'read-cache.mjs'), cache] },
          { key: 'json', label: 'status --json', argv: command('status', dir, '--json'), env },
          { key: 'report', label: 'report --format json', argv: command('report', dir, '--format', 'json'), env },
          { key: 'list', label: 'list', argv: command('list', dir), env },
          { key: 'show', label: 'show ID', argv: command('show', dir, 't-0000007'), env },
          { key: 'write', label: 'note (a write)', argvFor: () => command('note', dir, 't-0000007', `bench ${note++}`), env },
          // The other writes the target names. Every eighth commitment of the generator is open: each round delivers another.
          { key: 'deliver', label: 'deliver (a write)', argvFor: () => command('deliver', dir, `t-${String(8 * ++delivered).padStart(7, '0')}`, '--on', '2026-11-01'), env },
          { key: 'set', label: 'set title (a write)', argvFor: () => command('set', dir, 't-0000007', 'title', `bench ${note++}`), env },
          { key: 'add', label: 'add (a write)', argvFor: () => command('add', dir, '--source', 'BENCH-000001', '--id', `bench-${note}`, '--title', `bench ${note++}`, '--due', 'eind 2026'), env },
          // For the memory target, which holds for every command: these three hold the whole register's details (timeline the most).
          { key: 'listJson', label: 'list --json', argv: command('list', dir, '--json'), env },
          { key: 'export', label: 'export --format json', argv: command('export', dir, '--format', 'json'), env },
          { key: 'timeline', label: 'timeline', argv: command('timeline', dir), env },
          { key: 'afterWrite', label: 'status right after a write', argv: command('status', dir), env, before: () => once(command('note', dir, 't-0000011', `bench ${note++}`), env) },
          { key: 'afterEdit', label: 'status after one file edited by hand', argv: command('status', dir), env, before: () => appendFileSync(edited, '# edited\n') },
        ],
        { base: 'warm' },
      );
      sections.push({ title: `${at}`, size, layout, rows: [...cold, ...warm], base: 'warm `status`' });
    }
  }

  if (importCount > 0) {
    const dir = join(work, 'imported');
    const cache = join(work, 'cache-imported');
    const env = { TOEZEGGING_CACHE_DIR: cache };
    const fresh = () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    };
    // The memory target is Taskwarrior's at the same N: as many tasks as records.
    let taskProbe;
    if (hasTask) {
      const taskData = join(work, `task-import-${importCount}`);
      console.error(`Importing ${importCount} tasks into Taskwarrior…`);
      importTasks(taskData, importCount);
      taskProbe = { key: 'task', label: `task overdue (Taskwarrior ${taskVersion}), ${importCount.toLocaleString('en')} tasks`, argv: ['task', 'rc.verbose=nothing', 'overdue'], env: { TASKDATA: taskData, TASKRC: join(taskData, 'taskrc') } };
    }
    const first = [];
    let records;
    for (const texts of importTexts) {
      console.error(`import tk: generating ${importCount} records, ${texts} texts…`);
      records = join(work, `records-${texts}.ndjson`);
      writeTkRecords(records, importCount, { texts });
      // The repeated texts keep the keys they always had; the other set's are suffixed with its name.
      const suffix = texts === 'repeated' ? '' : `-${texts}`;
      const withTask = taskProbe && first.length === 0 ? [taskProbe] : [];
      console.error(`import tk: a first import into an empty folder, and the first status of what it wrote${withTask.length > 0 ? ', and task overdue' : ''}, in turn…`);
      first.push(
        ...rounds(
          [
            { key: `firstImport${suffix}`, label: `import tk, ${importCount.toLocaleString('en')} records (${texts} texts), into an empty folder`, argv: command('import', dir, 'tk', '--from', records), env, before: fresh },
            { key: `first${suffix}`, label: `status, nothing cached, on what it wrote (${texts} texts)`, argv: command('status', dir), env, before: () => rmSync(cache, { recursive: true, force: true }) },
            ...withTask,
          ],
          { count: Math.min(runs, 2), warmup: 0, base: `first${suffix}` },
        ),
      );
    }
    console.error('import tk: the same records again (a no-op), against warm status…');
    fresh();
    once(command('import', dir, 'tk', '--from', records), env);
    const again = rounds(
      [
        { key: 'warm', label: 'status, warm cache', argv: command('status', dir), env },
        { key: 'noop', label: `import tk, the same ${importCount.toLocaleString('en')} records (${importTexts.at(-1)} texts) again (no-op)`, argv: command('import', dir, 'tk', '--from', records), env },
        { key: 'afterImport', label: 'status right after the no-op import', argv: command('status', dir), env },
      ],
      { base: 'warm' },
    );
    sections.push({ title: `import tk, ${importCount.toLocaleString('en')} records`, rows: [...first, ...again], base: 'the first `status` / warm `status`' });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const loadAfter = loadavg();
const seconds = (value) => `${value.toFixed(value < 10 ? 3 : 1)} s`;
const mib = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MiB`);
console.log(`\nNode ${process.version}, ${cpus().length} cores, load average ${loadBefore[0].toFixed(1)} before and ${loadAfter[0].toFixed(1)} after; ${runs} rounds (cold runs fewer); median (min–max) and the median of the rounds' ratios; peak memory of the process`);
console.log(hasTask ? `Taskwarrior ${taskVersion} on as many tasks.` : 'Taskwarrior not measured: `task` is not installed.');
for (const section of sections) {
  console.log(`\n### ${section.title}\n`);
  console.log(`| what | median | min–max | CPU | × ${section.base} | CPU × | peak memory |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const row of section.rows) {
    const ratio = row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`;
    const cpuRatio = row.cpuRatio === undefined || Number.isNaN(row.cpuRatio) ? '' : `${row.cpuRatio.toFixed(2)}×`;
    const cpu = Number.isNaN(row.cpu) ? 'n/a' : seconds(row.cpu);
    console.log(`| ${row.label} | ${seconds(row.median)} | ${seconds(row.min)}–${seconds(row.max)} | ${cpu} | ${ratio} | ${cpuRatio} | ${mib(row.mib)} |`);
  }
}

// How each cost grows: × per 10× N between neighbouring sizes (10 is linear).
console.log('\n### Growth with N: × per 10× N (10 is linear)\n');
for (const layout of layouts) {
  const bySize = sections.filter((section) => section.layout === layout);
  if (bySize.length < 2) continue;
  // Labels without the size: the Taskwarrior row names its task count.
  const keys = bySize[0].rows.map((row) => [row.key, row.label.replace(/, [\d,]+ tasks$/, '')]);
  const steps = bySize.slice(1).map((section, i) => [bySize[i], section]);
  console.log(`| ${layout} | ${steps.map(([a, b]) => `${a.size.toLocaleString('en')} → ${b.size.toLocaleString('en')}`).join(' | ')} |`);
  console.log(`|---|${steps.map(() => '---').join('|')}|`);
  for (const [key, label] of keys) {
    const cells = steps.map(([a, b]) => {
      const t1 = a.rows.find((row) => row.key === key)?.median;
      const t2 = b.rows.find((row) => row.key === key)?.median;
      return t1 && t2 ? (t2 / t1) ** (1 / Math.log10(b.size / a.size)) : NaN;
    });
    console.log(`| ${label} | ${cells.map((cell) => (Number.isNaN(cell) ? '' : cell.toFixed(1))).join(' | ')} |`);
  }
}

// The targets, each met or not, at the largest size measured of each layout.
const targets = [];
for (const layout of layouts) {
  const section = sections.filter((s) => s.layout === layout).at(-1);
  if (!section) continue;
  const row = (key) => section.rows.find((r) => r.key === key);
  const at = section.title;
  const measured = (r) => `${r.ratio.toFixed(2)}× (CPU ${r.cpuRatio.toFixed(2)}×)`;
  const within = (key, limit, what) => row(key) && targets.push({ at, what, measured: measured(row(key)), target: `≤ ${limit}×`, met: row(key).ratio <= limit, cpuMet: row(key).cpuRatio <= limit });
  within('write', 2, 'a write (`note`) / warm `status`');
  within('deliver', 2, 'a write (`deliver`) / warm `status`');
  within('set', 2, 'a write (`set`) / warm `status`');
  within('add', 2, 'a write (`add`) / warm `status`');
  within('afterEdit', 2, '`status` after one file edited / warm `status`');
  within('afterWrite', 2, '`status` after a write / warm `status`');
  within('show', 0.5, '`show ID` / warm `status`');
  within('json', 1.5, '`status --json` / warm `status`');
  within('report', 1.5, '`report --format json` / warm `status`');
  const bare = row('bare');
  if (bare) {
    const ratio = 1 / bare.ratio;
    targets.push({ at, what: 'warm `status` / bare read of the cache', measured: `${ratio.toFixed(2)}× (CPU ${(1 / bare.cpuRatio).toFixed(2)}×)`, target: '≤ 2×', met: ratio <= 2, cpuMet: 1 / bare.cpuRatio <= 2 });
  }
  const task = taskRows.get(section.size);
  if (task) {
    const first = row('first');
    targets.push({ at, what: 'first `status` / `task overdue`', measured: measured(first), target: '≤ 1×', met: first.ratio <= 1, cpuMet: first.cpuRatio <= 1 });
    const ours = section.rows.filter((r) => r.key !== 'task' && r.key !== 'bare');
    const largest = ours.reduce((a, b) => (b.mib > a.mib ? b : a));
    targets.push({ at, what: `peak memory, largest of every command (${largest.label}) / \`task overdue\``, measured: `${mib(largest.mib)} / ${mib(task.mib)}`, target: '≤ 1×', met: largest.mib <= task.mib });
  }
}
const imported = sections.find((s) => s.title.startsWith('import tk'));
if (imported) {
  const row = (key) => imported.rows.find((r) => r.key === key);
  targets.push({ at: imported.title, what: 'no-op re-import', measured: `${seconds(row('noop').median)} (CPU ${seconds(row('noop').cpu)})`, target: '≤ 3 s', met: row('noop').median <= 3, cpuMet: row('noop').cpu <= 3 });
  const task = row('task');
  for (const texts of importTexts) {
    const suffix = texts === 'repeated' ? '' : `-${texts}`;
    const firstImport = row(`firstImport${suffix}`);
    targets.push({ at: imported.title, what: `first import / first \`status\` of what it wrote (${texts} texts)`, measured: `${firstImport.ratio.toFixed(2)}× (CPU ${firstImport.cpuRatio.toFixed(2)}×)`, target: '≤ 2×', met: firstImport.ratio <= 2, cpuMet: firstImport.cpuRatio <= 2 });
    if (!task) continue;
    for (const key of [`firstImport${suffix}`, `first${suffix}`]) {
      const ours = row(key);
      targets.push({ at: imported.title, what: `peak memory, ${ours.label} / \`task overdue\` on as many tasks`, measured: `${mib(ours.mib)} / ${mib(task.mib)}`, target: '≤ 1×', met: ours.mib <= task.mib });
    }
  }
  if (task) {
    const noop = row('noop');
    targets.push({ at: imported.title, what: `peak memory, ${noop.label} / \`task overdue\` on as many tasks`, measured: `${mib(noop.mib)} / ${mib(task.mib)}`, target: '≤ 1×', met: noop.mib <= task.mib });
  }
}
const growth = [];
for (const layout of layouts) {
  const bySize = sections.filter((section) => section.layout === layout);
  for (let i = 1; i < bySize.length; i++) {
    const [a, b] = [bySize[i - 1], bySize[i]];
    if (a.size < 10_000) continue;
    for (const key of ['warm', 'first', 'json', 'write']) {
      const t1 = a.rows.find((r) => r.key === key)?.median;
      const t2 = b.rows.find((r) => r.key === key)?.median;
      if (t1 && t2) growth.push({ layout, key, step: `${a.size.toLocaleString('en')} → ${b.size.toLocaleString('en')}`, perTen: (t2 / t1) ** (1 / Math.log10(b.size / a.size)) });
    }
  }
}
for (const g of growth) targets.push({ at: g.layout, what: `cost of ${g.key} grows linearly, ${g.step}`, measured: `${g.perTen.toFixed(1)}× per 10× N`, target: '≤ 12×', met: g.perTen <= 12 });
console.log('\n### Targets\n');
// Met by the wall clock, as a person waits; by CPU time too, which a loaded machine disturbs less.
console.log('| where | what | measured (wall, CPU) | target | met | met by CPU time |');
console.log('|---|---|---|---|---|---|');
const word = (met) => (met === undefined ? '' : met ? 'met' : 'not met');
for (const t of targets) console.log(`| ${t.at} | ${t.what} | ${t.measured} | ${t.target} | ${word(t.met)} | ${word(t.cpuMet)} |`);
