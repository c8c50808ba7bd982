export type LetterFormat = 'pdf' | 'docx' | 'html' | 'text';

export type Detected = { format: 'pdf' | 'docx' } | { format: 'html' | 'text'; text: string } | { format: 'empty' | 'unsupported' };

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)|<(?:p|div|h[1-6]|table)\b[^>]*>[\s\S]*<\/(?:p|div|h[1-6]|table)>/i;

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>, at = 0): boolean {
  return Array.prototype.every.call(prefix, (byte: number, index: number) => bytes[at + index] === byte);
}

function indexOf(bytes: Uint8Array, prefix: readonly number[], limit: number): number {
  for (let index = 0; index < Math.min(bytes.length, limit); index++) if (startsWith(bytes, prefix, index)) return index;
  return -1;
}

/** Whether a zip holds a Word document: its entry names are plain ASCII in the zip's directory. */
function isDocx(bytes: Uint8Array): boolean {
  const name = new TextEncoder().encode('word/document.xml');
  for (let index = bytes.length - 1; index >= 0; index--) if (startsWith(bytes, name, index)) return true;
  return false;
}

/**
 * What a letter's bytes are, by their content, not their name: a PDF, a
 * Word document, HTML, or text (UTF-16 with its byte-order mark, UTF-8, else
 * Windows-1252, the encoding of older Dutch government text files). Binary junk, and text
 * with more than a few stray control characters, is unsupported.
 */
export function detectFormat(bytes: Uint8Array): Detected {
  if (bytes.length === 0) return { format: 'empty' };
  if (indexOf(bytes, PDF, 1024) >= 0) return { format: 'pdf' };
  if (startsWith(bytes, ZIP)) return isDocx(bytes) ? { format: 'docx' } : { format: 'unsupported' };
  const text = decodeText(bytes);
  if (text === undefined) return { format: 'unsupported' };
  if (text.trim() === '') return { format: 'empty' };
  return { format: HTML.test(text.slice(0, 200_000)) ? 'html' : 'text', text };
}

/** The encoding a byte-order mark names: Notepad's and Word's "Unicode text" is UTF-16 with one. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeText(bytes: Uint8Array): string | undefined {
  let text: string;
  const utf16 = utf16Of(bytes);
  if (utf16) text = new TextDecoder(utf16).decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  let control = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++;
  }
  // A long letter may carry a stray control character or two (a DOS end-of-file mark), but a
  // text a tenth of which is control characters is binary however short it is.
  return control > Math.max(2, text.length / 100) || control * 10 > text.length ? undefined : text;
}
