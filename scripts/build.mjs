// Bundles the CLI into one CommonJS file and makes V8's code cache for it:
// start-up time is dominated by loading and compiling code, and one cached
// file loads several times faster than hundreds of ES modules.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** A hash of everything that shapes results, so caches from other builds are never trusted. */
function buildId() {
  const hash = createHash('sha256');
  const inputs = ['package-lock.json', 'calendar/parliamentary-calendar.json'];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else inputs.push(path);
    }
  };
  walk('src');
  for (const path of inputs) hash.update(path).update(readFileSync(path));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builtins that most runs never touch, yet every module's imports are loaded
 * when the bundle starts: child_process (which commander requires for
 * executable subcommands we do not use) pulls in Node's networking, and
 * fs/promises, crypto and readline pull in streams. Each is replaced by a
 * stand-in that loads the real module on first use.
 */
const LAZY_BUILTINS = ['child_process', 'fs/promises', 'crypto', 'readline/promises', 'os'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|').replace('/', '\\/')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }));
    // An ES module whose every function export forwards to the real one: as a CommonJS stand-in,
    // esbuild's interop would enumerate (and so load) the real module at start-up.
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const id = `node:${args.path}`;
      const real = await import(id);
      const names = Object.keys(real).filter((name) => name !== 'default' && typeof real[name] === 'function');
      return {
        loader: 'js',
        contents: [
          `let real;`,
          `const load = () => (real ??= process.getBuiltinModule(${JSON.stringify(id)}));`,
          ...names.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`),
          `export default new Proxy({}, { get: (_, key) => load()[key] });`,
        ].join('\n'),
      };
    });
  },
};

/**
 * chalk detects colour support when it loads, which loads the tty module and
 * with it Node's networking; we always give chalk a level we decided
 * ourselves (src/cli/color-level.ts), so its detection is replaced by "none".
 */
const noColorDetection = {
  name: 'no-color-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-color-detection' }));
    build.onLoad({ filter: /.*/, namespace: 'no-color-detection' }, () => ({
      loader: 'js',
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };',
    }));
  },
};

/**
 * `extract` reads PDF, HTML and DOCX with libraries no other command needs.
 * They go into a bundle of their own, dist/formats.cjs, which `extract`
 * requires when it runs: the main bundle, and so every other command's
 * start-up, stays as it was. pdf.js itself is not bundled: it is an ES
 * module that `formats.cjs` imports from node_modules when a PDF is read.
 */
const FORMATS_MODULE = /[\\/]extract[\\/]formats[\\/]letter-text\.js$/;
const separateFormats = {
  name: 'separate-formats',
  setup(build) {
    build.onResolve({ filter: /letter-text\.js$/ }, (args) =>
      FORMATS_MODULE.test(join(args.resolveDir, args.path)) ? { path: 'formats', namespace: 'separate-formats' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'separate-formats' }, () => ({ loader: 'js', contents: "module.exports = require('./formats.cjs');" }));
    build.onResolve({ filter: /^\.\/formats\.cjs$/ }, () => ({ path: './formats.cjs', external: true }));
  },
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** What both bundles share: CommonJS for Node 20, and an `import.meta.url` that CommonJS lacks. */
const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20.19',
  legalComments: 'none',
  // TOEZEGGING_NO_MINIFY=1 keeps function names, for reading a `node --cpu-prof` profile.
  minify: !process.env.TOEZEGGING_NO_MINIFY,
  logLevel: 'warning',
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await build({
  ...bundleOptions,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  plugins: [lazyBuiltins, noColorDetection, separateFormats],
  define: { __TOEZEGGING_BUILD__: JSON.stringify(buildId()), __TOEZEGGING_VERSION__: JSON.stringify(version), 'import.meta.url': '__bundleUrl' },
});

await build({
  ...bundleOptions,
  entryPoints: ['src/extract/formats/letter-text.ts'],
  outfile: 'dist/formats.cjs',
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  define: { 'import.meta.url': '__bundleUrl' },
});

// esbuild leaves non-ASCII characters in regular expressions. Escaping them
// (\uXXXX is read the same in strings, identifiers and patterns) makes the
// bundle pure ASCII, which the loader can then read without UTF-8 decoding.
const bundled = readFileSync('dist/cli.cjs', 'utf8');
writeFileSync('dist/cli.cjs', bundled.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`));

// A representative run compiles what a typical command needs, and the loader
// then saves V8's code cache. It runs twice, so that the second run takes the
// usual path of a warm register cache and the code cache holds just that path.
// The previous build's cache goes first: V8 would accept it for a bundle of the same length.
rmSync('dist/cli.cjs.code-cache', { force: true });
const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-build-'));
try {
  for (const write of ['0', '1']) {
    execFileSync(process.execPath, ['bin/toezegging.cjs', 'status', '--as-of', '2026-11-28', '--data', 'data'], {
      env: { ...process.env, TOEZEGGING_WRITE_CODE_CACHE: write, TOEZEGGING_CACHE_DIR: cacheDir, NO_COLOR: '1' },
      stdio: 'ignore',
    });
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
