// Bundles the CLI into two packs of CommonJS modules and makes V8's code
// cache for each: start-up time is dominated by loading and compiling code,
// and one cached file loads several times faster than hundreds of ES modules.
// `status` loads only the first pack; the second holds what only other
// commands use (the deadline finder, extract, the importer, the writes).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, transform } from 'esbuild';

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
 * `extract` imports the module by `import()`, so it stands in as an ES module
 * with the names `formats.cjs` exports (`formatNames`, read from the bundle).
 */
const FORMATS_MODULE = /[\\/]extract[\\/]formats[\\/]letter-text\.js$/;
const separateFormats = (formatNames) => ({
  name: 'separate-formats',
  setup(build) {
    build.onResolve({ filter: /letter-text\.js$/ }, (args) =>
      FORMATS_MODULE.test(join(args.resolveDir, args.path)) ? { path: 'formats', namespace: 'separate-formats' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'separate-formats' }, () => ({
      loader: 'js',
      contents: `export const { ${formatNames.join(', ')} } = require('./formats.cjs');`,
    }));
    build.onResolve({ filter: /^\.\/formats\.cjs$/ }, () => ({ path: './formats.cjs', external: true }));
  },
});

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** What every bundle shares: Node 20, and an `import.meta.url` that CommonJS lacks. */
const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  legalComments: 'none',
  // TOEZEGGING_NO_MINIFY=1 keeps function names, for reading a `node --cpu-prof` profile.
  minify: !process.env.TOEZEGGING_NO_MINIFY,
  logLevel: 'warning',
};
const BUNDLE_URL = "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;";

/** The modules `status` runs with a warm register cache: they make the first pack. */
const STATUS_ENTRIES = ['src/cli.ts', 'src/commands/status.ts'];

/**
 * The build is made in a folder of its own beside dist/ (with a copy of the
 * loader, which loads the dist/ beside it, for the runs that make the code
 * caches), and put in place only when it is whole: so a command started
 * while the program is rebuilt runs the old build or the new one, never
 * none (the loader waits out the moment between the two renames), and a
 * build that fails leaves the old one as it was. Nothing of an earlier build
 * is mixed in (its code caches would be accepted for a pack of the same length).
 */
const stage = resolve(mkdtempSync('.build-'));
const out = join(stage, 'dist');
mkdirSync(out);
mkdirSync(join(stage, 'bin'));
copyFileSync('bin/toezegging.cjs', join(stage, 'bin', 'toezegging.cjs'));
// On success the stage holds only the build replaced and the loader's copy; on failure, the build unfinished.
process.on('exit', () => rmSync(stage, { recursive: true, force: true }));
await build({
  ...bundleOptions,
  format: 'cjs',
  banner: { js: BUNDLE_URL },
  entryPoints: ['src/extract/formats/letter-text.ts'],
  outfile: join(out, 'formats.cjs'),
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  define: { 'import.meta.url': '__bundleUrl' },
});
const formatNames = Object.keys(createRequire(import.meta.url)(join(out, 'formats.cjs')));

/**
 * The program split where it loads code on demand (each command is loaded by
 * src/cli/program.ts when it runs; the cache builders, YAML and the importer
 * by the code that needs them), as esbuild splits ES modules: into chunks,
 * each module in one of them, so that a module loaded by two commands is one
 * module in both. Each chunk is then made a CommonJS module, the form V8's
 * code cache is made for, named by its file name, `chunk-….cjs`.
 */
const split = await build({
  ...bundleOptions,
  entryPoints: [{ in: 'src/cli.ts', out: 'main' }],
  outdir: out,
  write: false,
  metafile: true,
  format: 'esm',
  splitting: true,
  entryNames: 'chunk-[name]',
  chunkNames: 'chunk-[hash]',
  outExtension: { '.js': '.cjs' },
  plugins: [lazyBuiltins, noColorDetection, separateFormats(formatNames)],
  define: { __TOEZEGGING_BUILD__: JSON.stringify(buildId()), __TOEZEGGING_VERSION__: JSON.stringify(version), 'import.meta.url': '__bundleUrl' },
});
const chunkName = (path) => path.replace(/^.*[\\/]/, '');
const outputs = Object.fromEntries(Object.entries(split.metafile.outputs).map(([path, output]) => [chunkName(path), output]));

/** The chunks a chunk loads when it loads, itself included. */
function staticClosure(names) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const { path, kind } of outputs[name].imports) if (kind === 'import-statement' && outputs[chunkName(path)]) visit(chunkName(path));
  };
  names.forEach(visit);
  return seen;
}
const entryChunks = STATUS_ENTRIES.map((entry) => Object.keys(outputs).find((name) => outputs[name].entryPoint === entry));
if (entryChunks.includes(undefined)) throw new Error(`build: no chunk for one of ${STATUS_ENTRIES.join(', ')}`);
const first = staticClosure(entryChunks);

/**
 * A chunk as a CommonJS module. A chunk loads another on demand through
 * `import()`, which in a CommonJS script the loader runs has no module loader
 * behind it: it asks the loader's `require` instead, which returns the chunk's
 * exports as `import()` would its namespace.
 */
async function asCommonJs(text) {
  const onDemand = text.replace(/\bimport\((".\/chunk-[\w-]+\.cjs")\)/g, 'Promise.resolve().then(() => require($1))');
  const { code } = await transform(onDemand, { format: 'cjs', platform: 'node', target: bundleOptions.target, minify: bundleOptions.minify, legalComments: 'none' });
  return code;
}

/**
 * A pack: chunks as functions of one script, which the loader
 * (bin/toezegging.cjs) compiles with one code cache and runs a chunk of when
 * it is first required; so a chunk that is not needed is never compiled.
 */
async function pack(names) {
  const modules = [];
  for (const file of split.outputFiles) {
    const name = chunkName(file.path);
    if (!names.has(name)) continue;
    modules.push(`${JSON.stringify(name)}: function (exports, require, module, __filename, __dirname, __bundleUrl) {\n${await asCommonJs(file.text)}\n}`);
  }
  // esbuild leaves non-ASCII characters in regular expressions. Escaping them
  // (\uXXXX is read the same in strings, identifiers and patterns) makes the
  // pack pure ASCII, which the loader can then read without UTF-8 decoding.
  return `module.exports = {\n${modules.join(',\n')}\n};\n`.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const packs = { 'cli.cjs': first, 'more.cjs': new Set(Object.keys(outputs).filter((name) => !first.has(name))) };
for (const [file, names] of Object.entries(packs)) writeFileSync(join(out, file), await pack(names));
// Which source modules each pack holds: for the tests that check what a command loads, and for anyone reading a profile.
const modulesOf = (names) => [...names].flatMap((name) => Object.keys(outputs[name].inputs)).sort();
writeFileSync(join(out, 'packs.json'), `${JSON.stringify(Object.fromEntries(Object.entries(packs).map(([file, names]) => [file, modulesOf(names)])), null, 1)}\n`);


// Representative runs compile what typical commands need, and the loader then
// saves V8's code cache of each pack they loaded that has none yet. `status`
// runs first, twice, so that its second run takes the usual path of a warm
// register cache and the first pack's cache holds just that path; then
// `list`, for the second pack.
const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-build-'));
try {
  for (const [command, write] of [['status', '0'], ['status', '1'], ['list', '1']]) {
    execFileSync(process.execPath, [join(stage, 'bin', 'toezegging.cjs'), command, '--as-of', '2026-11-28', '--data', 'data'], {
      env: { ...process.env, TOEZEGGING_WRITE_CODE_CACHE: write, TOEZEGGING_CACHE_DIR: cacheDir, NO_COLOR: '1' },
      stdio: 'ignore',
    });
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}

// Two renames, each atomic: a run that starts between them finds no dist/ for a moment, and its loader waits for the new one.
if (existsSync('dist')) renameSync('dist', join(stage, 'replaced'));
renameSync(out, 'dist');
