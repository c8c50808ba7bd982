import { createHash } from 'node:crypto';
import { readRegularFile } from './read-regular-file.js';
import { asciiJson } from './register-cache.js';

/**
 * A cache file that proves itself: the SHA-256 of its JSON, a newline, and the
 * JSON. A file cut short by a crash or changed on disk does not verify, so a
 * reader takes it for a miss and never serves what it says.
 */
export function checksummedJson(value: unknown): string {
  return checksummedText(asciiJson(value));
}

/** Any ASCII text, such as JSON in a compact form of its own, as such a file. */
export function checksummedText(body: string): string {
  return `${sha256(body)}\n${body}`;
}

/** The value, or undefined for anything that is not such a file: missing, cut short, corrupt, too large, not a regular file. */
export function readChecksummedJson(path: string, maxBytes: number): unknown {
  try {
    const body = readChecksummedText(path, maxBytes);
    return body === undefined ? undefined : JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The text `checksummedText` stored, or undefined for anything that is not such a file. */
export function readChecksummedText(path: string, maxBytes: number): string | undefined {
  try {
    // Never a FIFO or device put in its place: read only a regular file.
    const read = readRegularFile(path, maxBytes);
    if (!('bytes' in read)) return undefined;
    const text = read.bytes.toString('latin1');
    if (text.charCodeAt(64) !== 0x0a) return undefined;
    const body = text.slice(65);
    return text.slice(0, 64) === sha256(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

function sha256(body: string): string {
  return createHash('sha256').update(body, 'latin1').digest('hex');
}
