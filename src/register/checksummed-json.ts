import { createHash } from 'node:crypto';
import { readRegularFile } from './read-regular-file.js';
import { asciiJson } from './register-cache.js';

/**
 * A cache file that proves itself: the SHA-256 of its JSON, a newline, and the
 * JSON. A file cut short by a crash or changed on disk does not verify, so a
 * reader takes it for a miss and never serves what it says.
 */
export function checksummedJson(value: unknown): string {
  const body = asciiJson(value);
  return `${sha256(body)}\n${body}`;
}

/** The value, or undefined for anything that is not such a file: missing, cut short, corrupt, too large, not a regular file. */
export function readChecksummedJson(path: string, maxBytes: number): unknown {
  try {
    // Never a FIFO or device put in its place: read only a regular file.
    const read = readRegularFile(path, maxBytes);
    if (!('bytes' in read)) return undefined;
    const text = read.bytes.toString('latin1');
    if (text.charCodeAt(64) !== 0x0a) return undefined;
    const body = text.slice(65);
    return text.slice(0, 64) === sha256(body) ? JSON.parse(body) : undefined;
  } catch {
    return undefined;
  }
}

function sha256(body: string): string {
  return createHash('sha256').update(body, 'latin1').digest('hex');
}
