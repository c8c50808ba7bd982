// Measures `extract` on the annotated corpus (tests/fixtures/extract):
// recall, precision, deadline accuracy and traps taken, with every miss
// listed. `--held-out` adds the held-out texts (every held-out set); look at those only to report.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Inside node_modules, so that the bundle finds the packages it leaves out.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(join('node_modules', '.cache', 'toezegging-eval-'));
try {
  const outfile = join(process.cwd(), dir, 'evaluate.mjs');
  await build({ entryPoints: ['tests/extract-eval/main.ts'], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning', define: { 'import.meta.dirname': JSON.stringify(join(process.cwd(), 'tests/extract-eval')) } });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
