import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRegisterLock } from '../../../src/register/lock.js';
import { writeChange } from '../../../src/register/write-change.js';
import { listFiles } from '../../../src/register/load.js';
import { folderOf, listingOf, stillAsListed } from '../../../src/register/still-as-listed.js';
import { processStart } from '../../../src/register/lock-holder.js';
import { beginPublication, endPublication, PUBLICATION_FILE, publicationUnderWay, waitedForPublication } from '../../../src/register/publication.js';

const newRoot = (): string => mkdtempSync(path.join(tmpdir(), 'toezegging-publication-'));
const mark = (root: string): string => path.join(root, PUBLICATION_FILE);
const holder = (pid: number) => JSON.stringify({ pid, host: hostname(), since: new Date().toISOString(), token: '0123456789abcdef', started: processStart(pid) });

describe('the mark of a publication under way', () => {
  it('names the lock holder while the writer publishes, and is gone after', async () => {
    const root = newRoot();
    await withRegisterLock(root, async () => {
      beginPublication(root);
      expect(JSON.parse(readFileSync(mark(root), 'utf8'))).toMatchObject({ pid: process.pid });
      expect(publicationUnderWay(root)).toBe(true);
      endPublication(root);
    });
    expect(publicationUnderWay(root)).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });

  it('replaces a mark a killed writer left', async () => {
    const root = newRoot();
    writeFileSync(mark(root), holder(spawnSync(process.execPath, ['-e', '']).pid!));
    await withRegisterLock(root, async () => {
      beginPublication(root);
      expect(JSON.parse(readFileSync(mark(root), 'utf8'))).toMatchObject({ pid: process.pid });
      endPublication(root);
    });
    expect(existsSync(mark(root))).toBe(false);
  });

  it('is not waited on when its writer has ended, when it is no regular file, or when it was left unwritten long ago', async () => {
    const ended = newRoot();
    writeFileSync(mark(ended), holder(spawnSync(process.execPath, ['-e', '']).pid!));
    expect(publicationUnderWay(ended)).toBe(false);

    const fifo = newRoot();
    execFileSync('mkfifo', [mark(fifo)]);
    expect(publicationUnderWay(fifo)).toBe(false);

    const unwritten = newRoot();
    writeFileSync(mark(unwritten), '');
    expect(publicationUnderWay(unwritten)).toBe(true);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(mark(unwritten), longAgo, longAgo);
    expect(publicationUnderWay(unwritten)).toBe(false);
  });

  it('holds a reader until it is gone, and no longer than the deadline', async () => {
    const root = newRoot();
    writeFileSync(mark(root), holder(process.pid));
    const started = Date.now();
    expect(await waitedForPublication(root, started + 150)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    setTimeout(() => endPublication(root), 50);
    expect(await waitedForPublication(root, Date.now() + 10_000)).toBe(true);
    expect(await waitedForPublication(root, Date.now() + 10_000)).toBe(false);
  });
});

describe('writeChange', () => {
  const write = (root: string, file: string) => ({ path: file, absolutePath: path.join(root, file), after: Buffer.from('commitments: []\n'), afterText: 'commitments: []\n' });
  const marksSeen = async (root: string, files: string[]): Promise<boolean> => {
    let seen = false;
    const watching = setInterval(() => (seen ||= existsSync(mark(root))), 5);
    await withRegisterLock(root, () => writeChange(root, files.map((file) => write(root, file)), { pauseBeforeRenameMs: 60 }));
    clearInterval(watching);
    return seen;
  };

  it('marks a change of several files while it renames them, and leaves no mark', async () => {
    const root = newRoot();
    expect(await marksSeen(root, ['a.yaml', 'b.yaml'])).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('does not mark a change of one file, whose rename is seen whole or not at all', async () => {
    const root = newRoot();
    expect(await marksSeen(root, ['a.yaml'])).toBe(false);
  });
});

describe('stillAsListed', () => {
  const listed = (root: string) => {
    const folder = folderOf(root);
    return listingOf(root, folder, listFiles(root).files, undefined);
  };

  it('is false while a publication is under way, and when one ended after the listing', async () => {
    const root = newRoot();
    mkdirSync(path.join(root, 'tk'));
    writeFileSync(path.join(root, 'tk', '2024-01.yaml'), 'commitments: []\n');
    const before = listed(root);
    expect(stillAsListed(before)).toBe(true);
    // A listing whose folder had not changed for long: only the folder is looked at again.
    const settled = { ...before, racy: false };
    expect(stillAsListed(settled)).toBe(true);
    await withRegisterLock(root, async () => {
      beginPublication(root);
      expect(stillAsListed(settled)).toBe(false);
      writeFileSync(path.join(root, 'tk', '2024-02.yaml'), 'commitments: []\n');
      endPublication(root);
    });
    expect(stillAsListed(settled)).toBe(false);
    expect(stillAsListed(before)).toBe(false);
    expect(stillAsListed(listed(root))).toBe(true);
  });

  it('looks at every file again when the folder changed too shortly before the listing to tell', () => {
    const root = newRoot();
    mkdirSync(path.join(root, 'tk'));
    writeFileSync(path.join(root, 'tk', '2024-01.yaml'), 'commitments: []\n');
    const before = listed(root);
    expect(before.racy).toBe(true);
    writeFileSync(path.join(root, 'tk', '.2024-01.yaml.tmp'), 'commitments:\n  - id: a\n');
    renameSync(path.join(root, 'tk', '.2024-01.yaml.tmp'), path.join(root, 'tk', '2024-01.yaml'));
    expect(stillAsListed(before)).toBe(false);
  });
});
