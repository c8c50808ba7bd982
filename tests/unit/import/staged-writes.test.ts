import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { StagedWrites } from '../../../src/import/tk/staged-writes.js';
import type { PlannedWrite } from '../../../src/register/register-change.js';
import { ChangedOnDiskError } from '../../../src/register/write-change.js';

const encoder = new TextEncoder();

/** A register folder with one file, `own.yaml`. */
function register(): string {
  const root = mkdtempSync(join(tmpdir(), 'toezegging-staged-'));
  writeFileSync(join(root, 'own.yaml'), 'old\n');
  return root;
}

function write(root: string, path: string, text: string, before?: string): PlannedWrite {
  return { path, absolutePath: join(root, ...path.split('/')), before: before === undefined ? undefined : encoder.encode(before), beforeText: before, after: encoder.encode(text), afterText: text };
}

/** Every entry under `root`, hidden ones too, with `/`. */
const entries = (root: string): string[] => (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).map((entry) => entry.split('\\').join('/')).sort();

describe('StagedWrites', () => {
  test('stages files beside their targets, hidden, and replaces the targets only on commit', () => {
    const root = register();
    const staged = new StagedWrites(root);
    staged.stage(write(root, 'tk/2024-01.yaml', 'januari\n'));
    staged.stage(write(root, 'own.yaml', 'new\n', 'old\n'));
    // Nothing of the register changed yet: only hidden files (which no load picks up) and the new folder.
    expect(readFileSync(join(root, 'own.yaml'), 'utf8')).toBe('old\n');
    expect(entries(root).filter((entry) => !/(^|\/)\./.test(entry))).toEqual(['own.yaml', 'tk']);
    expect(staged.textOf('tk/2024-01.yaml')).toBe('januari\n');
    staged.commit();
    expect(entries(root)).toEqual(['own.yaml', 'tk', 'tk/2024-01.yaml']);
    expect(readFileSync(join(root, 'own.yaml'), 'utf8')).toBe('new\n');
    expect(readFileSync(join(root, 'tk/2024-01.yaml'), 'utf8')).toBe('januari\n');
  });

  test('discarded, leaves the register as it was: no staged file, no folder made for them', () => {
    const root = register();
    const staged = new StagedWrites(root);
    staged.stage(write(root, 'tk/2024-01.yaml', 'januari\n'));
    staged.stage(write(root, 'own.yaml', 'new\n', 'old\n'));
    staged.discard();
    expect(entries(root)).toEqual(['own.yaml']);
    expect(readFileSync(join(root, 'own.yaml'), 'utf8')).toBe('old\n');
  });

  test('a file changed by another program after it was read is not overwritten, and nothing after it is written', () => {
    const root = register();
    const staged = new StagedWrites(root);
    staged.stage(write(root, 'own.yaml', 'new\n', 'old\n'));
    staged.stage(write(root, 'tk/2024-01.yaml', 'januari\n'));
    writeFileSync(join(root, 'own.yaml'), 'edited by hand\n');
    expect(() => staged.commit()).toThrow(ChangedOnDiskError);
    expect(readFileSync(join(root, 'own.yaml'), 'utf8')).toBe('edited by hand\n');
    expect(entries(root)).toEqual(['own.yaml']);
  });

  test('a new file that appeared meanwhile is not overwritten', () => {
    const root = register();
    const staged = new StagedWrites(root);
    staged.stage(write(root, 'new.yaml', 'ours\n'));
    writeFileSync(join(root, 'new.yaml'), 'theirs\n');
    expect(() => staged.commit()).toThrow(ChangedOnDiskError);
    expect(readFileSync(join(root, 'new.yaml'), 'utf8')).toBe('theirs\n');
    expect(entries(root)).toEqual(['new.yaml', 'own.yaml']);
  });

  // Found by review: a month file the import rewrote lost its group's write bit under the usual umask (0664 became 0644), which a write by `note` keeps.
  test('a replaced file keeps its permission bits exactly, whatever the umask; a new one gets 0644 less the umask', () => {
    const root = register();
    chmodSync(join(root, 'own.yaml'), 0o664);
    const umask = process.umask(0o022);
    try {
      const staged = new StagedWrites(root);
      staged.stage(write(root, 'own.yaml', 'new\n', 'old\n'));
      staged.stage(write(root, 'tk/2024-01.yaml', 'januari\n'));
      staged.commit();
    } finally {
      process.umask(umask);
    }
    expect(readFileSync(join(root, 'own.yaml'), 'utf8')).toBe('new\n');
    expect(statSync(join(root, 'own.yaml')).mode & 0o7777).toBe(0o664);
    expect(statSync(join(root, 'tk/2024-01.yaml')).mode & 0o7777).toBe(0o644);
  });
});
