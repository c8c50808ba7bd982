import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/extract/formats/detect-format.js';
import { letterText, UnreadablePdfError } from '../../../src/extract/formats/letter-text.js';
import { letterPdf, makeDocx, makePdf } from '../../fixtures/extract/make-documents.js';

const LETTER = readFileSync(join(import.meta.dirname, '../../../data/sources/2025Z19579-antwoorden-kamervragen-bikker.txt'), 'utf8');
/** The letter's paragraphs, as a word processor holds them. */
const PARAGRAPHS = LETTER.split('\n').map((paragraph) => paragraph.replace(/\[footnoteRef:\d+\]/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
const textOf = (bytes: Uint8Array) => letterText(bytes, detectFormat(bytes));
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('reading a letter by its content', () => {
  it.each([
    ['%PDF-1.4 …', new TextEncoder().encode('%PDF-1.4\n'), 'pdf'],
    ['a Word document', makeDocx(['Hallo']), 'docx'],
    ['HTML without a .html name', new TextEncoder().encode('<p>Geachte voorzitter,</p><p>Ik zal u informeren.</p>'), 'html'],
    ['Windows-1252 text', new Uint8Array([0x43, 0x6f, 0xf6, 0x72, 0x64, 0x69, 0x6e, 0x61, 0x74, 0x69, 0x65, 0x2e]), 'text'],
    ['an empty file', new Uint8Array(), 'empty'],
    ['binary junk', new Uint8Array(Array.from({ length: 512 }, (_, index) => (index * 31) % 256)), 'unsupported'],
    // found by use: two control characters and a word were drafted as an empty letter
    ['a short file a third of which is control characters', new Uint8Array([0x01, 0x02, 0x6a, 0x75, 0x6e, 0x6b]), 'unsupported'],
    ['a letter ending in a DOS end-of-file mark', new TextEncoder().encode('Ik zal uw Kamer informeren.\r\n\x1a'), 'text'],
  ])('%s', (_, bytes, format) => {
    expect(detectFormat(bytes).format).toBe(format);
  });
});

// found by use: Notepad's and Word's "Unicode text" (UTF-16 with a byte-order mark) was refused as an unknown format
describe('UTF-16 text with its byte-order mark', () => {
  const sentence = 'Ik zal uw Kamer vóór het zomerreces informeren.';
  const bigEndian = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le').swap16());
  it.each([
    ['little-endian', Uint8Array.from([0xff, 0xfe, ...Buffer.from(sentence, 'utf16le')])],
    ['big-endian', Uint8Array.from([0xfe, 0xff, ...bigEndian(sentence)])],
  ])('%s is read as text', (_, bytes) => {
    expect(detectFormat(bytes)).toEqual({ format: 'text', text: sentence });
  });
});

describe('PDF', () => {
  const pdf = letterPdf(PARAGRAPHS, ['Datum', '15 december 2025', 'Kenmerk', '6712345'], 3);

  it('keeps the running text and drops the running header and page numbers', async () => {
    const text = await textOf(pdf);
    expect(flat(text)).toContain('waarover ik uw Kamer in de eerste helft van 2026 zal informeren.');
    expect(text).not.toMatch(/Pagina \d+ van \d+/);
    expect(text).not.toContain('Ministerie van Justitie en Veiligheid');
  });

  it('takes the side column out of the running text and puts it first', async () => {
    const text = await textOf(pdf);
    expect(text.startsWith('Datum\n15 december 2025\nKenmerk\n6712345\n')).toBe(true);
    expect(text.indexOf('Kenmerk')).toBe(text.lastIndexOf('Kenmerk'));
  });

  it('says a PDF without a text layer has no text, and refuses damaged and encrypted ones', async () => {
    expect((await textOf(makePdf([[]]))).trim()).toBe('');
    await expect(textOf(new TextEncoder().encode('%PDF-1.7\ngarbage'))).rejects.toBeInstanceOf(UnreadablePdfError);
    await expect(textOf(makePdf([[{ x: 72, y: 700, text: 'Geheim' }]], { encrypted: true }))).rejects.toMatchObject({ reason: 'encrypted' });
  });
});

describe('DOCX', () => {
  it('reads the paragraphs and keeps footnotes apart, at the end', async () => {
    const text = await textOf(makeDocx(['Geachte voorzitter,', 'Ik zal uw Kamer voor de zomer informeren[1].'], ['Kamerstuk 36547, nr. 34.']));
    expect(text).toBe('Geachte voorzitter,\n\nIk zal uw Kamer voor de zomer informeren.\n\n1) Kamerstuk 36547, nr. 34.\n');
  });
});
