#!/usr/bin/env node
'use strict';
// Loads the bundled program with V8's code cache, made by `npm run build`
// (scripts/build.mjs): compiling the bundle is a large part of start-up, and
// the cache turns it into a read. A cache from another Node version is
// rejected by V8 and the bundle is simply compiled as usual.
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
const codeCache = `${bundle}.code-cache`;
// V8 checks a cache only against the source's length, so a cache older than
// the bundle (left by an earlier build) could run that build's code: skip it.
let cachedData;
try {
  if (statSync(codeCache).mtimeMs >= statSync(bundle).mtimeMs) cachedData = readFileSync(codeCache);
} catch {
  cachedData = undefined;
}
// The bundle is ASCII (esbuild escapes the rest), so the cheapest decoding is exact.
const script = new Script(wrap(readFileSync(bundle, 'latin1')), { filename: bundle, cachedData });
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, createRequire(bundle), module_, bundle, dirname(bundle));

// Only the build asks for a cache, after a representative run has compiled the functions it uses.
if (process.env.TOEZEGGING_WRITE_CODE_CACHE === '1') {
  process.on('exit', () => writeFileSync(codeCache, script.createCachedData()));
}
