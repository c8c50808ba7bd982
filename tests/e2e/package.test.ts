import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUG_REPORTS } from '../../src/cli/run.js';
import { BUNDLED, ROOT, runCli } from './run-cli.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  license: string;
  repository: { url: string };
  bugs: { url: string };
  dependencies: Record<string, string>;
};

/** The packages the built program loads from node_modules when it runs: what installing it must bring. */
function packagesLoadedAtRunTime(): string[] {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const loaded = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'dist')).filter((name) => name.endsWith('.cjs'))) {
    const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
    for (const [, specifier] of text.matchAll(/(?:require|import)\("([^"./][^"]*)"\)/g)) {
      if (builtins.has(specifier!)) continue;
      loaded.add(specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!);
    }
  }
  for (const [, specifier] of readFileSync(join(ROOT, 'dist', 'formats.cjs'), 'utf8').matchAll(/"(pdfjs-dist)\/[^"]+"/g)) loaded.add(specifier!);
  return [...loaded].sort();
}

describe('the package', () => {
  it('has the MIT licence its manifest names, and says where to report a bug', () => {
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(manifest.repository.url).toBe('git+https://github.com/toezegging/toezegging.git');
    expect(manifest.bugs.url).toBe(BUG_REPORTS);
  });

  it('depends at run time only on what the bundle does not hold', () => {
    expect(Object.keys(manifest.dependencies).sort()).toEqual(packagesLoadedAtRunTime());
  });

  it('ships the letter behind the example register next to it, and the README points there', () => {
    const letter = 'data/sources/2025Z19579-antwoorden-kamervragen-bikker.txt';
    expect(readFileSync(join(ROOT, letter), 'utf8')).toContain('Bikker (ChristenUnie)');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(letter);
    expect(runCli(['--example', 'check']).code).toBe(0);
  });

  it("every relative link of the README and of docs/ names a file that exists, so the measurement history the README points to is found", () => {
    const pages = ['README.md', ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];
    const links = pages.flatMap((page) =>
      [...readFileSync(join(ROOT, page), 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)\s]*)?\)/g)]
        .map((match) => match[1]!)
        .filter((target) => !/^[a-z]+:/.test(target))
        .map((target) => join(dirname(page), target)),
    );
    expect(links).toContain(join('docs', 'performance.md'));
    expect(links.filter((target) => !existsSync(join(ROOT, target)))).toEqual([]);
  });
});

describe('$schema references in new files', () => {
  it('init copies the schemas into the register and points its files there, relative to each file', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'toezegging-schema-')), 'register');
    expect(runCli(['init', dir]).code).toBe(0);
    for (const name of ['toezegging.schema.json', 'toezegging.config.schema.json']) {
      expect(readFileSync(join(dir, 'schema', name), 'utf8')).toBe(readFileSync(join(ROOT, 'schema', name), 'utf8'));
    }
    expect(readFileSync(join(dir, 'toezegging.config.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=schema\/toezegging\.config\.schema\.json\n/);
    expect(readFileSync(join(dir, 'toezeggingen', 'voorbeeld.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schema\/toezegging\.schema\.json\n/);
    expect(runCli(['--data', dir, 'add', '--source', 'nieuw', '--source-title', 'Nieuwe brief', '--title', 'Iets doen', '--due', 'Q3 2027']).code).toBe(0);
    expect(readFileSync(join(dir, 'toezeggingen', 'nieuw.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schema\/toezegging\.schema\.json\n/);
  });

  it('add writes no reference into this machine’s install when the register has no schema of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-noschema-'));
    cpSync(BUNDLED, dir, { recursive: true });
    expect(runCli(['--data', dir, 'add', '--source', 'nieuw', '--source-title', 'Nieuwe brief', '--title', 'Iets doen', '--due', 'Q3 2027']).code).toBe(0);
    const text = readFileSync(join(dir, 'nieuw.yaml'), 'utf8');
    expect(text).not.toContain('$schema');
    expect(text).not.toContain('node_modules');
    expect(existsSync(join(dir, 'schema'))).toBe(false);
  });
});
