#!/usr/bin/env node
'use strict';
// Loads the bundled program with V8's code cache, made by `npm run build`
// (scripts/build.mjs): compiling the bundle is a large part of start-up, and
// the cache turns it into a read. A cache from another Node version is
// rejected by V8 and the bundle is simply compiled as usual.
//
// The program comes in packs of CommonJS modules (the build's chunks), each a
// function run when the module is first required: dist/cli.cjs holds what
// `status` needs, dist/more.cjs the rest, read only when a module in it is.
const { existsSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const PACKS = ['cli.cjs', 'more.cjs'].map((name) => join(dist, name));
const nodeRequire = createRequire(PACKS[0]);
/** `import.meta.url` of a chunk: its file's URL, made once for the folder rather than once a chunk. */
const distUrl = pathToFileURL(dist).href;
/** The modules of the packs read so far, by name, and those already run. */
const chunks = new Map();
const modules = new Map();
const scripts = [];

/** How long a run waits for dist/ while a rebuild puts it in place, and how often it looks. */
const REBUILD_WAIT_MS = 2000;
const REBUILD_POLL_MS = 5;

function readPack(pack, waited = 0) {
  const codeCache = `${pack}.code-cache`;
  // V8 checks a cache only against the source's length, so a cache older than
  // the pack (left by an earlier build) could run that build's code: skip it.
  let cachedData;
  try {
    if (statSync(codeCache).mtimeMs >= statSync(pack).mtimeMs) cachedData = readFileSync(codeCache);
  } catch {
    cachedData = undefined;
  }
  let source;
  try {
    // The pack is ASCII (the build escapes the rest), so the cheapest decoding is exact.
    source = readFileSync(pack, 'latin1');
  } catch (error) {
    // scripts/build.mjs puts a new dist/ in place by two renames: a run started between them waits, then reads the new build whole.
    if (error.code === 'ENOENT' && waited >= REBUILD_WAIT_MS) notBuilt(pack);
    if (error.code !== 'ENOENT') throw error;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, REBUILD_POLL_MS);
    return readPack(pack, waited + REBUILD_POLL_MS);
  }
  const script = new Script(wrap(source), { filename: pack, cachedData });
  const module_ = { exports: {} };
  script.runInThisContext()(module_.exports, nodeRequire, module_, pack, dist);
  scripts.push({ pack, codeCache, script });
  for (const [name, chunk] of Object.entries(module_.exports)) chunks.set(name, chunk);
}

/**
 * A checkout nobody built (cloned without `npm ci`, or dist/ removed) says so
 * and how to mend it. The messages module is part of the build, so its two
 * sentences live here; the language is chosen as the program chooses it.
 */
function notBuilt(pack) {
  const flag = process.argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const asked = flag < 0 ? process.env.TOEZEGGING_LANG : process.argv[flag].includes('=') ? process.argv[flag].split('=')[1] : process.argv[flag + 1];
  const root = join(__dirname, '..');
  const english = (asked ?? '').toLowerCase().startsWith('en');
  process.stderr.write(
    english
      ? `toezegging: the program is not built (${pack} is missing). Run \`npm ci\` or \`npm run build\` in ${root}.\n`
      : `toezegging: het programma is niet gebouwd (${pack} ontbreekt). Voer \`npm ci\` of \`npm run build\` uit in ${root}.\n`,
  );
  process.exit(3);
}

/** A chunk's exports (`./chunk-….cjs`), its pack read and the chunk run if need be; anything else is Node's to load. */
function requireChunk(id) {
  if (!id.startsWith('./chunk-')) return nodeRequire(id);
  const name = id.slice(2);
  const loaded = modules.get(name);
  if (loaded) return loaded.exports;
  for (const pack of PACKS) {
    if (chunks.has(name)) break;
    if (!scripts.some((script) => script.pack === pack)) readPack(pack);
  }
  const chunk = chunks.get(name);
  if (!chunk) throw new Error(`toezegging: ${name} is in none of the packs in ${dist}`);
  const module_ = { exports: {} };
  modules.set(name, module_);
  chunk(module_.exports, requireChunk, module_, join(dist, name), dist, `${distUrl}/${name}`);
  module_.exports = settled(module_.exports);
  return module_.exports;
}

/**
 * A chunk's exports as plain values, once it has run. The build's CommonJS
 * reaches each through a getter (an ES module's live binding), and code that
 * runs once per commitment calls other chunks' functions: at 100,000
 * commitments the getters would cost more than some of those functions. Every
 * export has its value by the time the chunk has run, as no chunk reassigns an
 * export; one still undefined then is read through its getter.
 */
function settled(exported) {
  const plain = {};
  for (const key of Object.keys(exported)) {
    const value = exported[key];
    if (value === undefined) Object.defineProperty(plain, key, { get: () => exported[key], enumerable: true });
    else plain[key] = value;
  }
  return plain;
}

requireChunk('./chunk-main.cjs');

// Only the build asks for caches, after a representative run has compiled the functions it uses; a pack's first cache is kept.
if (process.env.TOEZEGGING_WRITE_CODE_CACHE === '1') {
  process.on('exit', () => {
    for (const { codeCache, script } of scripts) if (!existsSync(codeCache)) writeFileSync(codeCache, script.createCachedData());
  });
}
