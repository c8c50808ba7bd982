import { statSync } from 'node:fs';
import { RACY_NS, stampOf, type RegisterKey } from './cache-key.js';
import { listFiles, type LoadedFile } from './load.js';
import { publicationUnderWay } from './publication.js';

/** The register as a reader found it: its folder's stamp, taken first, and each file's path and stamp (size, times, inode). */
export interface Listing {
  root: string;
  folder: string | undefined;
  /** Whether the folder had changed so shortly before it was looked at that a change in the same tick of the file system's clock would not show. */
  racy: boolean;
  entries: string[];
}

function folderStamp(root: string): { stamp: string; ctimeNs: bigint } | undefined {
  try {
    const info = statSync(root, { bigint: true });
    return { stamp: `${info.mtimeNs}:${info.ctimeNs}:${info.ino}`, ctimeNs: info.ctimeNs };
  } catch {
    return undefined;
  }
}

/**
 * The register folder's stamp: to be taken before its files are listed. A
 * folder changed within RACY_NS of it may change again in the same tick of
 * the file system's clock, leaving its times as they were, as a file may.
 */
export function folderOf(root: string): Pick<Listing, 'folder' | 'racy'> {
  const now = BigInt(Date.now()) * 1_000_000n;
  const found = folderStamp(root);
  return { folder: found?.stamp, racy: found === undefined || found.ctimeNs > now - RACY_NS };
}

const entryOf = (file: LoadedFile, stamp: string | undefined): string => `${file.path}\0${stamp ?? ''}`;

/** The files' stamps as their cache key took them, or, without a key, as they are now. */
export function listingOf(root: string, folder: Pick<Listing, 'folder' | 'racy'>, files: readonly LoadedFile[], key: RegisterKey | undefined): Listing {
  return { root, ...folder, entries: key ? key.files.map((entry) => `${entry.path}\0${entry.stamp}`) : files.map((file) => entryOf(file, stampOf(file)?.stamp)) };
}

/**
 * Whether what was read of the register after `listing` was taken is the
 * register as it stood at one moment, not partly before and partly after a
 * publication (a writer renaming several files into place, one after
 * another, marked while it does: see publication.ts). Asked once the read
 * is done. A publication that had renamed some files before they were
 * listed and others after is under way now, or has ended since the listing;
 * and when it has, its mark went from the register folder, which changed
 * the folder's times, and the files it renamed since are no longer as
 * listed. Only a folder whose times changed (or might have, unseen) has its
 * files looked at again.
 */
export function stillAsListed(listing: Listing): boolean {
  if (publicationUnderWay(listing.root)) return false;
  if (!listing.racy && listing.folder !== undefined && folderStamp(listing.root)?.stamp === listing.folder) return true;
  let files;
  try {
    files = listFiles(listing.root).files;
  } catch {
    return false;
  }
  return files.length === listing.entries.length && files.every((file, at) => entryOf(file, stampOf(file)?.stamp) === listing.entries[at]);
}
