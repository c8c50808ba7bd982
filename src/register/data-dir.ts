import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from './load.js';
import { packageRoot } from './package-root.js';

/** `example`: asked for with `--example`; `bundled`: the example, because no register was found. */
export type DataDirOrigin = 'option' | 'env' | 'config' | 'example' | 'bundled';

export interface DataDir {
  dir: string;
  origin: DataDirOrigin;
}

/**
 * Where the register is: the example register that ships with the program
 * when `--example` asks for it; else `--data`, then TOEZEGGING_DATA, then the
 * nearest folder with a `toezegging.config.yaml` from the working directory
 * up, then the example register, which the caller uses only for a person at
 * a terminal (origin `bundled`).
 */
export function resolveDataDir(option: string | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string, example: boolean): DataDir {
  if (example) return { dir: exampleDir(), origin: 'example' };
  if (option) return { dir: resolve(cwd, option), origin: 'option' };
  if (env.TOEZEGGING_DATA) return { dir: resolve(cwd, env.TOEZEGGING_DATA), origin: 'env' };
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return { dir, origin: 'config' };
    if (dirname(dir) === dir) break;
  }
  return { dir: exampleDir(), origin: 'bundled' };
}

/** True when the register is the shipped example, asked for or fallen back to. */
export function isExample(origin: DataDirOrigin): boolean {
  return origin === 'example' || origin === 'bundled';
}

function exampleDir(): string {
  return join(packageRoot(), 'data');
}
