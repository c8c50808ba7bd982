import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from './load.js';
import { packageRoot } from './package-root.js';

export type DataDirOrigin = 'option' | 'env' | 'config' | 'bundled';

export interface DataDir {
  dir: string;
  origin: DataDirOrigin;
}

/**
 * Where the register is: `--data`, then TOEZEGGING_DATA, then the nearest
 * folder with a `toezegging.config.yaml` from the working directory up, then
 * the example register that ships with the program.
 */
export function resolveDataDir(option: string | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string): DataDir {
  if (option) return { dir: resolve(cwd, option), origin: 'option' };
  if (env.TOEZEGGING_DATA) return { dir: resolve(cwd, env.TOEZEGGING_DATA), origin: 'env' };
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return { dir, origin: 'config' };
    if (dirname(dir) === dir) break;
  }
  return { dir: join(packageRoot(), 'data'), origin: 'bundled' };
}
