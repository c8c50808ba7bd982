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

  // found by use: answers read from a PDF kept the typesetter's hyphens ("vertegenwoordi- gende"), and a term broken over two lines went unread
  it('makes a word hyphenated at a line end whole, and leaves a hyphen of the spelling or an address as it is', async () => {
    const lines = [
      'Voor de zomer zal ik samen met provincies en vertegenwoordi-',
      'gende organisaties uw Kamer voor het zomer-',
      'reces informeren, zoals via de Klimaat- en Energieverken-',
      'ning. Ook de zee-',
      'eend komt aan bod (https://www.example.nl/rapport-',
      'eend-2024).',
    ];
    const text = await textOf(makePdf([lines.map((line, index) => ({ x: 72, y: 700 - index * 14, text: line }))]));
    expect(text).toBe(
      'Voor de zomer zal ik samen met provincies en vertegenwoordigende\norganisaties uw Kamer voor het zomerreces\ninformeren, zoals via de Klimaat- en Energieverkenning.\nOok de zee-eend\nkomt aan bod (https://www.example.nl/rapport-\neend-2024).\n',
    );
  });

  // found by use: in answers to Kamervragen of three pages or more, "Vraag 7" and "Antwoord 7" recur with another number on
  // most pages, as a page number does, and were dropped as running headers with it
  it('keeps a heading that recurs with another number wherever the text puts it, and drops the footer that stands in its place', async () => {
    const pages = [3, 5, 7].map((first, index) =>
      [0, 1].flatMap((step) => {
        const number = first + step;
        const top = 700 - index * 40 - step * 300;
        return [
          { x: 72, y: top, text: `Vraag ${number}` },
          { x: 72, y: top - 14, text: 'Bent u bereid de Kamer te informeren?' },
          { x: 72, y: top - 42, text: `Antwoord ${number}` },
          { x: 72, y: top - 56, text: 'Ja.' },
        ];
      }).concat({ x: 72, y: 40, text: `Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel ${index + 2}` }),
    );
    const text = await textOf(makePdf(pages));
    expect(text.match(/^(?:Vraag|Antwoord) \d+$/gm)).toEqual(['Vraag 3', 'Antwoord 3', 'Vraag 4', 'Antwoord 4', 'Vraag 5', 'Antwoord 5', 'Vraag 6', 'Antwoord 6', 'Vraag 7', 'Antwoord 7', 'Vraag 8', 'Antwoord 8']);
    expect(text).not.toContain('Aanhangsel');
  });

  // found by use: a footnote closing a page ran on into the next page's text ("… nr. 1395 We zullen de komende tijd …")
  it('puts the footnotes closing a page at the end, so a sentence running on to the next page runs on past them', async () => {
    const pages = [
      [
        { x: 72, y: 700, text: 'Dat heb ik eerder gemeld in de bijlage.¹ Ik zal uw Kamer voor de zomer' },
        { x: 72, y: 687, text: 'informeren over de planning van het' },
        { x: 72, y: 110, text: '1 Bijlage 1 van kamerstuk 32 813, nr. 1395, met de planning van het', size: 7 },
        { x: 72, y: 100, text: 'project', size: 7 },
      ],
      [{ x: 72, y: 760, text: 'project. We zullen de komende tijd de planningen integreren.' }],
    ];
    const text = await textOf(makePdf(pages));
    expect(text).toBe(
      'Dat heb ik eerder gemeld in de bijlage.¹ Ik zal uw Kamer voor de zomer\ninformeren over de planning van het\nproject. We zullen de komende tijd de planningen integreren.\n\n1) Bijlage 1 van kamerstuk 32 813, nr. 1395, met de planning van het project\n',
    );
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
