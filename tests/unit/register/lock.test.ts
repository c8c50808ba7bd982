import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processStart } from '../../e2e/lock-holder.js';
import { DiskError } from '../../../src/register/disk-error.js';
import { LOCK_FILE, LockTimeoutError, withRegisterLock } from '../../../src/register/lock.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'toezegging-lock-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const lockPath = () => path.join(root, LOCK_FILE);

const HAS_START_TIMES = processStart(process.pid) !== undefined;

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('withRegisterLock', () => {
  it('holds a lock file naming this process while fn runs, and removes it afterwards', async () => {
    const seen = await withRegisterLock(root, async () => JSON.parse(await readFile(lockPath(), 'utf8')) as Record<string, unknown>);
    expect(seen).toMatchObject({ pid: process.pid, host: hostname() });
    expect(await readdir(root)).toEqual([]);
  });

  it('removes the lock when fn throws, and passes the error on', async () => {
    await expect(withRegisterLock(root, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await readdir(root)).toEqual([]);
  });

  it('lets only one caller in at a time', async () => {
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        withRegisterLock(root, async () => {
          inside += 1;
          most = Math.max(most, inside);
          await new Promise((resolve) => setTimeout(resolve, 5));
          order.push(index);
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order.sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('times out on a lock held by a running process, naming the file and the holder', async () => {
    const started = processStart(process.pid);
    const holder = { pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z', token: 'other', ...(started === undefined ? {} : { started }) };
    await writeFile(lockPath(), JSON.stringify(holder));
    const error = await withRegisterLock(root, async () => 'ran', { timeoutMs: 150 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as LockTimeoutError).lockPath).toBe(lockPath());
    expect((error as LockTimeoutError).holder).toEqual(holder);
    expect((error as LockTimeoutError).waitedMs).toBeGreaterThanOrEqual(140);
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toEqual(holder);
  });

  it('waits for a lock held on another host, which it cannot check', async () => {
    await writeFile(lockPath(), JSON.stringify({ pid: deadPid(), host: `not-${hostname()}`, since: 'x', token: 't' }));
    await expect(withRegisterLock(root, async () => 'ran', { timeoutMs: 100 })).rejects.toBeInstanceOf(LockTimeoutError);
  });

  it('breaks a lock left by a process that no longer runs on this host', async () => {
    await writeFile(lockPath(), JSON.stringify({ pid: deadPid(), host: hostname(), since: 'x', token: 't' }));
    await expect(withRegisterLock(root, async () => 'ran', { timeoutMs: 1000 })).resolves.toBe('ran');
    expect(await readdir(root)).toEqual([]);
  });

  it('records when its process started, so that the pid names one process', async () => {
    const seen = await withRegisterLock(root, async () => JSON.parse(await readFile(lockPath(), 'utf8')) as Record<string, unknown>);
    expect(seen.started).toBe(processStart(process.pid));
  });

  it.skipIf(!HAS_START_TIMES).each([
    ['pid 1, which did not write it', { pid: 1 }],
    ['pid 1 with a start time of its own making', { pid: 1, started: '12345' }],
    ['this very process, started at another time (a reused pid)', { pid: process.pid, started: '1' }],
  ])('breaks at once a lock naming a live process that is not its writer: %s', async (_, named) => {
    await writeFile(lockPath(), JSON.stringify({ host: hostname(), since: 'x', token: 't', ...named }));
    const started = performance.now();
    await expect(withRegisterLock(root, async () => 'ran', { timeoutMs: 5000 })).resolves.toBe('ran');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a lock whose pid would name a process group', async () => {
    await writeFile(lockPath(), JSON.stringify({ pid: 0, host: hostname(), since: 'x', token: 't' }));
    await expect(withRegisterLock(root, async () => 'ran', { timeoutMs: 100 })).rejects.toBeInstanceOf(LockTimeoutError);
    expect((await withRegisterLock(root, async () => 'ran', { timeoutMs: 100 }).catch((error: LockTimeoutError) => error.holder))).toBeUndefined();
  });

  it('a folder where the lock file should be is a DiskError, not a wait', async () => {
    await mkdir(lockPath());
    const error = await withRegisterLock(root, async () => 'ran', { timeoutMs: 5000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiskError);
    expect(error).toMatchObject({ code: 'EISDIR', action: 'lock', path: lockPath() });
  });

  it('gets the lock as soon as its holder lets go', async () => {
    const first = withRegisterLock(root, () => new Promise((resolve) => setTimeout(() => resolve('first'), 100)));
    const second = withRegisterLock(root, async () => 'second', { timeoutMs: 2000 });
    expect(await Promise.all([first, second])).toEqual(['first', 'second']);
  });

  it('treats a fresh empty lock file as taken, and an old one as left by a crash', async () => {
    await writeFile(lockPath(), '');
    await expect(withRegisterLock(root, async () => 'ran', { timeoutMs: 100 })).rejects.toBeInstanceOf(LockTimeoutError);
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(lockPath(), longAgo, longAgo);
    await expect(withRegisterLock(root, async () => 'ran', { timeoutMs: 1000 })).resolves.toBe('ran');
  });

  it("removes the drafts killed writers left, once they are old, and no running writer's", async () => {
    const longAgo = new Date(Date.now() - 60_000);
    const draft = (token: string) => path.join(root, `${LOCK_FILE}.${token}`);
    const holder = (pid: number, started: string | undefined) => JSON.stringify({ pid, host: hostname(), since: 'x', token: 't', ...(started === undefined ? {} : { started }) });
    // A killed writer's draft, one whose writer still runs, one just written, and files that are no drafts.
    await writeFile(draft('00000000000000aa'), holder(deadPid(), undefined));
    await writeFile(draft('00000000000000bb'), holder(process.pid, processStart(process.pid)));
    await writeFile(draft('00000000000000cc'), '');
    await writeFile(draft('00000000000000dd'), '');
    await writeFile(path.join(root, `${LOCK_FILE}.break`), '');
    await writeFile(path.join(root, `${LOCK_FILE}.notes`), '');
    for (const token of ['00000000000000aa', '00000000000000bb', '00000000000000cc']) await utimes(draft(token), longAgo, longAgo);
    for (const name of [`${LOCK_FILE}.break`, `${LOCK_FILE}.notes`]) await utimes(path.join(root, name), longAgo, longAgo);
    const during = await withRegisterLock(root, async () => (await readdir(root)).sort());
    const kept = [`${LOCK_FILE}.00000000000000bb`, `${LOCK_FILE}.00000000000000dd`, `${LOCK_FILE}.break`, `${LOCK_FILE}.notes`];
    expect(during).toEqual([LOCK_FILE, ...kept]);
    expect((await readdir(root)).sort()).toEqual(kept);
  });

  it('does not remove a lock that someone else took after breaking ours', async () => {
    const theirs = JSON.stringify({ pid: process.pid, host: hostname(), since: 'x', token: 'theirs' });
    await withRegisterLock(root, async () => {
      await writeFile(lockPath(), theirs);
    });
    expect(await readFile(lockPath(), 'utf8')).toBe(theirs);
  });
});

/** A tmpfs of its own, which can be made read-only while a lock is held: needs root (skipped elsewhere). */
function mountSmall(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'toezegging-lock-tmpfs-'));
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' }).status === 0 ? dir : undefined;
}

const small = mountSmall();

describe.skipIf(small === undefined)('the folder turns read-only while the lock is held (tmpfs)', () => {
  afterEach(async () => {
    spawnSync('mount', ['-o', 'remount,rw', small!]);
    await rm(path.join(small!, LOCK_FILE), { force: true });
  });
  afterAll(async () => {
    spawnSync('umount', [small!]);
    await rm(small!, { recursive: true, force: true });
  });

  // Removing the lock failed with a bare EROFS, which the command reported as an internal error (exit 70).
  it.each([
    ['returns', async () => 'written'],
    ['throws', async () => Promise.reject(new Error('refused'))],
  ])('fn that %s keeps its outcome; the lock stays, whole, naming this process', async (how, outcome) => {
    const done = withRegisterLock(small!, async () => {
      spawnSync('mount', ['-o', 'remount,ro', small!]);
      return outcome();
    });
    if (how === 'returns') await expect(done).resolves.toBe('written');
    else await expect(done).rejects.toThrow('refused');
    expect(JSON.parse(await readFile(path.join(small!, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
  });
});
