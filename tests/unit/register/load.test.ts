import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadFiles, RegisterNotFoundError } from '../../../src/register/load.js';

describe('loadFiles', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'toezegging-load-'));
    const files: Record<string, string> = {
      'toezegging.config.yaml': 'lang: nl\n',
      'b.yaml': 'b',
      'a.yml': 'a',
      'sub/deeper/c.yaml': 'c',
      'sub/toezegging.config.yaml': 'nested',
      'notes.md': 'not yaml',
      '.hidden.yaml': 'hidden file',
      '.git/config.yaml': 'hidden folder',
      'node_modules/pkg/x.yaml': 'dependency',
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('finds YAML files, sorted, with /-separated relative paths; only the top config is config', async () => {
    const { root: absolute, files } = await loadFiles(root);
    expect(absolute).toBe(path.resolve(root));
    expect(files.map(({ path: file, role }) => `${file}:${role}`)).toEqual([
      'a.yml:source',
      'b.yaml:source',
      'sub/deeper/c.yaml:source',
      'sub/toezegging.config.yaml:source',
      'toezegging.config.yaml:config',
    ]);
    const first = files[0]!;
    expect(first.absolutePath).toBe(path.join(root, 'a.yml'));
    expect(new TextDecoder().decode(first.bytes)).toBe('a');
  });

  test('a missing folder, or a file given as the folder, is a typed error', async () => {
    await expect(loadFiles(path.join(root, 'nope'))).rejects.toMatchObject({ name: 'RegisterNotFoundError', reason: 'missing' });
    const error = await loadFiles(path.join(root, 'b.yaml')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RegisterNotFoundError);
    expect(error).toMatchObject({ reason: 'not-a-folder', dir: path.join(root, 'b.yaml') });
  });
});
