import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * pdf.js's minified build (the same code, smaller to load): the display
 * layer and, as Node has no web worker, its parser run in this thread.
 */
async function loadPdfjs(): Promise<Pdfjs> {
  const resolve = createRequire(import.meta.url).resolve;
  const pdfjs = (await import(MINIFIED)) as Pdfjs;
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')).href;
  return pdfjs;
}

/** Named through a constant, so the bundler leaves it to Node to load from node_modules. */
const MINIFIED: string = 'pdfjs-dist/legacy/build/pdf.min.mjs';

/** A PDF cannot be read: damaged, or encrypted. */
export class UnreadablePdfError extends Error {
  override readonly name = 'UnreadablePdfError';
  constructor(readonly reason: 'damaged' | 'encrypted') {
    super(reason);
  }
}

interface Line {
  y: number;
  x: number;
  height: number;
  text: string;
}

interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PageLines {
  width: number;
  height: number;
  lines: Line[];
}

/** Lines that repeat on this share of the pages (page numbers aside) are running headers or footers. */
const REPEATED_SHARE = 0.5;
/** Points within which a running header or footer is at the same height on each page. */
const PLACE_TOLERANCE = 3;
/** The share of the page's height, at its top and at its bottom, that holds running headers and footers. */
const MARGIN = 0.12;
const PAGE_NUMBER = /^\s*(?:pagina\s+|page\s+|blz\.?\s+)?\d{1,4}(?:\s*(?:van|of|\/)\s*\d{1,4})?\s*$/i;
/** Labels of the side column of a Rijksoverheid letter. */
const SIDE_LABEL = /^(?:datum|kenmerk|onze referentie|uw referentie|uw kenmerk|uw brief|bijlage\(n\)|bijlagen?|contactpersoon|postbus|retouradres|inlichtingen|doorkiesnummer|referentie|www\.|t\s)/i;

/**
 * The text layer of a PDF, read with pdf.js page by page (each page's data
 * is let go before the next, so memory stays bounded however long the
 * document): items grouped into lines by position; running headers and
 * footers (lines repeated on most pages) and page numbers dropped; the side
 * column of a Rijksoverheid letter ("Datum", "Kenmerk", "Onze referentie")
 * taken out of the running text and put first, as heading lines; a wide gap
 * between lines is a paragraph break.
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfjs();
  // pdf.js takes the buffer over (and refuses a Buffer): it gets a copy of its own.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new UnreadablePdfError((error as Error | undefined)?.name === 'PasswordException' ? 'encrypted' : 'damaged');
  }
  try {
    const pages: PageLines[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({ text: item.str, x: item.transform[4] - x0, y: item.transform[5] - y0, width: item.width, height: item.height || Math.abs(item.transform[3]) });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, lines: linesOf(items) });
      page.cleanup();
    }
    return layout(pages);
  } catch (error) {
    if (error instanceof UnreadablePdfError) throw error;
    throw new UnreadablePdfError('damaged');
  } finally {
    await document.destroy();
  }
}

/** Items on one baseline and near each other make a line; a far gap (the side column beside the text) starts another. */
function linesOf(items: readonly Item[]): Line[] {
  const lines: (Line & { right: number; parts: Item[] })[] = [];
  const sorted = [...items].filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const tolerance = Math.max(2, item.height * 0.4);
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= tolerance && item.x >= candidate.x && item.x - candidate.right < Math.max(24, item.height * 3));
    if (line) {
      line.parts.push(item);
      line.right = Math.max(line.right, item.x + item.width);
      line.height = Math.max(line.height, item.height);
    } else lines.push({ y: item.y, x: item.x, height: item.height, text: '', right: item.x + item.width, parts: [item] });
  }
  for (const line of lines) {
    line.parts.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const part of line.parts) {
      // pdf.js splits runs of text anywhere; a gap narrower than a space is no word break.
      text += part.x - end > part.height * 0.15 && text !== '' && !text.endsWith(' ') ? ` ${part.text}` : part.text;
      end = part.x + part.width;
    }
    line.text = text
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.;:)])/g, '$1')
      .trim();
  }
  // Top of the page first (PDF y grows upwards).
  return lines.sort((a, b) => b.y - a.y || a.x - b.x).map(({ y, x, height, text }) => ({ y, x, height, text }));
}

/**
 * A line's words with its numbers as one sign, at its height on the page: a running header or footer stands at the
 * same place on every page ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3"); a heading of the text that recurs
 * with another number ("Vraag 7", "Antwoord 7") stands wherever the text puts it, and is kept.
 */
function placed(line: Line): string {
  return `${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}@${Math.round(line.y / PLACE_TOLERANCE)}`;
}

function layout(pages: readonly PageLines[]): string {
  const seen = new Map<string, number>();
  for (const page of pages) for (const key of new Set(page.lines.map(placed))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const repeated = (line: Line, page: PageLines) => pages.length >= 3 && (line.y < page.height * MARGIN || line.y > page.height * (1 - MARGIN)) && (seen.get(placed(line)) ?? 0) >= pages.length * REPEATED_SHARE;
  const side: string[] = [];
  const body: string[] = [];
  const notes: string[] = [];
  let previous: Line | undefined;
  for (const page of pages) {
    const edge = page.height * 0.06;
    const kept = page.lines.filter((line) => !PAGE_NUMBER.test(line.text) && !repeated(line, page) && !((line.y < edge || line.y > page.height - edge) && line.text.length < 40 && PAGE_NUMBER.test(line.text.replace(/[^\d\s/van]/g, ''))));
    const column = sideColumn(kept, page.width);
    const footnotes = footnotesOf(kept.filter((line) => !column.has(line)));
    for (const line of kept) {
      if (column.has(line)) {
        side.push(line.text);
        continue;
      }
      if (footnotes.has(line)) {
        notes.push(line.text);
        continue;
      }
      if (previous && (previous.y - line.y > Math.max(previous.height, line.height) * 1.8 || otherSize(previous, line))) body.push('');
      body.push(line.text);
      previous = line;
    }
    // A sentence may run on to the next page; only a finished one ends its paragraph there.
    if (/[.!?:;]["'’”)]*$/.test(body.at(-1) ?? '')) body.push('');
  }
  const text = withWordsWhole(body).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const noted = notes.length > 0 ? `${text}\n\n${numbered(withWordsWhole(notes)).join('\n')}` : text;
  return side.length > 0 ? `${side.join('\n')}\n\n${noted}\n` : `${noted}\n`;
}

/**
 * A page's footnotes: the lines closing the page in a smaller type than its text, from one opening on a note's number
 * ("1 Bijlage 1 van kamerstuk 32 813, nr. 1395"). They go to the end, as a Word document's do, so a sentence running on
 * to the next page runs on past them.
 */
function footnotesOf(lines: readonly Line[]): Set<Line> {
  const sizes = lines.map((line) => line.height).sort((a, b) => a - b);
  const text = sizes[Math.floor(sizes.length / 2)] ?? 0;
  let first = lines.length;
  while (first > 0 && lines[first - 1]!.height < text * 0.85) first--;
  while (first < lines.length && !/^\d{1,3}\s/.test(lines[first]!.text)) first++;
  return new Set(lines.slice(first));
}

/** Footnotes one to a line, as "1) …", the way the other formats give them: a note's wrapped lines join its first. */
function numbered(lines: readonly string[]): string[] {
  const notes: string[] = [];
  for (const line of lines) {
    const number = /^(\d{1,3})\s+/.exec(line);
    if (number) notes.push(`${number[1]}) ${line.slice(number[0].length)}`);
    else if (notes.length > 0) notes[notes.length - 1] += ` ${line}`;
  }
  return notes;
}

/**
 * Lines set in another size of type are another block: a page's footnotes end its text, and the next page's text does
 * not run on from them ("… nr. 1395⏎We zullen de komende tijd …"), nor a heading into its paragraph.
 */
function otherSize(above: Line, below: Line): boolean {
  return Math.abs(above.height - below.height) > Math.min(above.height, below.height) * 0.15;
}

/** A line ending on a word broken by the typesetter: a lower-case letter and a hyphen ("vertegenwoordi-"); not an address, whose hyphens are its own. */
const BROKEN_AT_END = /(?:^|\s)[^\s/.@]*\p{Ll}-$/u;
/** The rest of that word opening the next line ("gende organisaties …"); "Klimaat- en Energieverkenning" leaves out a word's common part. */
const REST_OF_WORD = /^(?!(?:en|of|tot|noch)\b)(\p{Ll}\S*)\s*/u;
/** A hyphen between two vowels is the spelling's own ("zee-eend", "auto-ongeluk"), not the typesetter's. */
const VOWEL_CLASH = /[aeiou]-[aeiou]/;

/**
 * Lines with each word hyphenated at a line end made whole again ("vertegenwoordi-⏎gende" is "vertegenwoordigende"),
 * so a quote reads as published and a term broken over two lines ("voor het zomer-⏎reces") is read: the rest of the word
 * moves up, the line breaks stay where they were.
 */
function withWordsWhole(lines: readonly string[]): string[] {
  const whole = [...lines];
  for (let index = 0; index + 1 < whole.length; index++) {
    const line = whole[index]!;
    const rest = BROKEN_AT_END.test(line) ? REST_OF_WORD.exec(whole[index + 1]!) : null;
    if (rest === null) continue;
    const joined = `${line}${rest[1]!}`;
    whole[index] = VOWEL_CLASH.test(joined.slice(line.length - 2, line.length + 1)) ? joined : `${line.slice(0, -1)}${rest[1]!}`;
    whole[index + 1] = whole[index + 1]!.slice(rest[0].length);
    if (whole[index + 1] === '') whole.splice(index + 1, 1);
  }
  return whole;
}

/**
 * The side column of a Rijksoverheid letter: short lines starting far right
 * of the text's left margin, in a column that holds one of its labels.
 */
function sideColumn(lines: readonly Line[], width: number): Set<Line> {
  const right = lines.filter((line) => line.x > width * 0.6 && line.text.length < 60);
  if (!right.some((line) => SIDE_LABEL.test(line.text))) return new Set();
  const left = Math.min(...right.map((line) => line.x));
  return new Set(right.filter((line) => line.x >= left - 2));
}
