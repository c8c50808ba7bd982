import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../register/package-root.js';

declare const __TOEZEGGING_VERSION__: string | undefined;

/** Set by scripts/build.mjs in the bundle; read from package.json when running from source (tests). */
export const VERSION: string =
  typeof __TOEZEGGING_VERSION__ === 'string'
    ? __TOEZEGGING_VERSION__
    : (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
