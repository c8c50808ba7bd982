// Times `toezegging extract` on the example letter made into PDFs of 20 and
// 150 pages (and the plain text, against `node -e 0`), as whole processes,
// with peak memory from /usr/bin/time. Usage: npm run bench:extract [-- --runs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'toezegging.cjs');
const letter = resolve(root, 'data/sources/2025Z19579-antwoorden-kamervragen-bikker.txt');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, letter: { type: 'string', default: letter } } });
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
  const measure = (argv) => {
    const samples = Array.from({ length: runs }, () => once(argv));
    return { seconds: median(samples.map((sample) => sample.seconds)), mib: Math.max(...samples.map((sample) => sample.mib)) };
  };

  const baseline = measure([process.execPath, '-e', '0']);
  console.log(`node -e 0: ${baseline.seconds.toFixed(2)} s`);
  for (const [name, file] of Object.entries(files)) {
    const { seconds, mib } = measure([process.execPath, bin, 'extract', file, '--json', '--as-of', '2026-03-01']);
    console.log(`extract, ${name}: ${seconds.toFixed(2)} s (${(seconds / baseline.seconds).toFixed(1)}× node -e 0), peak ${mib.toFixed(0)} MiB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
