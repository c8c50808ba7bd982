import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The folder turns read-only, or the writer is killed, right after a file is created and before anything is written
// into it: simulated here by file writes and removals that fail with EROFS, and hard links that may be unsupported.
const faults = vi.hoisted(() => ({ unwritable: false, noHardLinks: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>();
  const erofs = () => Object.assign(new Error('read-only file system'), { code: 'EROFS' });
  return {
    ...real,
    writeFile: async (...args: Parameters<typeof real.writeFile>) => {
      if (!faults.unwritable) return real.writeFile(...args);
      await real.writeFile(args[0], '', args[2]);
      throw erofs();
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (faults.unwritable) handle.writeFile = () => Promise.reject(erofs());
      return handle;
    },
    rm: async (...args: Parameters<typeof real.rm>) => (faults.unwritable ? Promise.reject(erofs()) : real.rm(...args)),
    link: async (...args: Parameters<typeof real.link>) =>
      faults.noHardLinks ? Promise.reject(Object.assign(new Error('operation not permitted'), { code: 'EPERM' })) : real.link(...args),
  };
});

const { DiskError } = await import('../../../src/register/disk-error.js');
const { LOCK_FILE, withRegisterLock } = await import('../../../src/register/lock.js');

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'toezegging-lock-unwritable-'));
});
afterEach(async () => {
  faults.unwritable = false;
  faults.noHardLinks = false;
  await rm(root, { recursive: true, force: true });
});

describe('a lock that cannot be written', () => {
  it('never leaves an empty lock file, even when nothing can be removed any more', async () => {
    faults.unwritable = true;
    await expect(withRegisterLock(root, async () => 'ran')).rejects.toBeInstanceOf(DiskError);
    faults.unwritable = false;
    const lock = path.join(root, LOCK_FILE);
    expect(existsSync(lock) ? readFileSync(lock, 'utf8') : 'no lock').not.toBe('');
    await expect(withRegisterLock(root, async () => 'ran', { timeoutMs: 500 })).resolves.toBe('ran');
  });

  it('without hard links, takes the lock in place and leaves nothing behind', async () => {
    faults.noHardLinks = true;
    const seen = await withRegisterLock(root, async () => JSON.parse(readFileSync(path.join(root, LOCK_FILE), 'utf8')) as { pid: number });
    expect(seen.pid).toBe(process.pid);
    expect(readdirSync(root)).toEqual([]);
  });
});
