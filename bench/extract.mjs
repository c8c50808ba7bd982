// Times `toezegging extract` on the example letter (a real answer to
// Kamervragen) made into PDFs of 20 and 150 pages by the tests' PDF maker
// (the letter's text laid out again and again until the pages are filled),
// and on the plain text, against `node -e 0`, as whole processes, with peak
// memory from /usr/bin/time. The runs are interleaved (node -e 0, text, 20
// pages, 150 pages, node -e 0, …) so that a change in the machine's load
// touches all alike. Usage: npm run bench:extract [-- --runs 5]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'toezegging.cjs');
const letter = resolve(root, 'data/sources/2025Z19579-antwoorden-kamervragen-bikker.txt');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, letter: { type: 'string', default: letter } } });
const runs = Number(values.runs);
const hasTime = existsSync('/usr/bin/time');

// The PDF maker is the tests' own; bundled inside node_modules so it finds fflate.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'toezegging-bench-'));
try {
  const maker = join(work, 'make-documents.mjs');
  await build({ entryPoints: [join(root, 'tests/fixtures/extract/make-documents.ts')], outfile: maker, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  const { letterPdf } = await import(pathToFileURL(maker).href);
  const paragraphs = readFileSync(values.letter, 'utf8').split('\n').map((line) => line.replace(/\[footnoteRef:\d+\]/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const files = { text: values.letter };
  for (const pages of [20, 150]) {
    files[`pdf, ${pages} pages`] = join(work, `letter-${pages}.pdf`);
    writeFileSync(files[`pdf, ${pages} pages`], letterPdf(paragraphs, ['Datum', '15 december 2025', 'Kenmerk', '6712345'], pages));
  }

  const once = (argv) => {
    const command = hasTime ? ['/usr/bin/time', '-f', '%M', ...argv] : argv;
    const started = process.hrtime.bigint();
    const result = spawnSync(command[0], command.slice(1), { env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
    return { seconds, mib: hasTime ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : NaN };
  };
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const subjects = [
    ['node -e 0', [process.execPath, '-e', '0']],
    ...Object.entries(files).map(([name, file]) => [`extract, ${name}`, [process.execPath, bin, 'extract', file, '--json', '--as-of', '2026-03-01']]),
  ];
  const samples = new Map(subjects.map(([name]) => [name, []]));
  for (let run = 0; run < runs; run++) for (const [name, argv] of subjects) samples.get(name).push(once(argv));
  const baseline = median(samples.get('node -e 0').map((sample) => sample.seconds));
  console.log(`${runs} interleaved runs each; median (min–max), × node -e 0, peak memory`);
  for (const [name] of subjects) {
    const seconds = samples.get(name).map((sample) => sample.seconds);
    const mib = Math.max(...samples.get(name).map((sample) => sample.mib));
    console.log(`${name}: ${median(seconds).toFixed(2)} s (${Math.min(...seconds).toFixed(2)}–${Math.max(...seconds).toFixed(2)}), ${(median(seconds) / baseline).toFixed(1)}×, peak ${mib.toFixed(0)} MiB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
