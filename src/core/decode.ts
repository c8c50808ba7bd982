import type { Diagnostic } from './model.js';

export type Decoded = { text: string; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic };

// `fatal` so that a Latin-1 file is refused rather than silently filled with U+FFFD,
// which would corrupt the data on the next write. A UTF-8 BOM is dropped (ignoreBOM: false).
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT = new TextDecoder('utf-8');

/** Turns a file's bytes into text, or says why they are not UTF-8 text, pointing at the first bad byte. */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  // Notepad's "Unicode" is UTF-16: its BOM is the clearest sign, before the NUL bytes it is full of.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { diagnostic: diagnosticAt(bytes, 0, file, 'E_ENCODING', { byte: hex(bytes[0]), encoding: 'UTF-16' }) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { diagnostic: diagnosticAt(bytes, nul, file, 'E_BINARY', {}) };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    return { diagnostic: diagnosticAt(bytes, bad, file, 'E_ENCODING', { byte: hex(bytes[bad]) }) };
  }
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Line and column (in UTF-16 units, as the YAML parser counts) of a byte offset inside valid UTF-8 text. */
function diagnosticAt(bytes: Uint8Array, offset: number, file: string, code: string, args: Diagnostic['args']): Diagnostic {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const col = LENIENT.decode(bytes.subarray(lineStart, offset)).length + 1;
  return { code, severity: 'error', file, line, col, length: 1, args };
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode
 * table 3-7). Only called once decoding failed, so speed does not matter here.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trailing: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trailing = 1;
    else if (lead === 0xe0) [trailing, low] = [2, 0xa0];
    else if (lead === 0xed) [trailing, high] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) trailing = 2;
    else if (lead === 0xf0) [trailing, low] = [3, 0x90];
    else if (lead === 0xf4) [trailing, high] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) trailing = 3;
    else return i;
    for (let k = 1; k <= trailing; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += trailing + 1;
  }
  return i;
}
