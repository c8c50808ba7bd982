import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';

/** Larger unpacked XML than this is not a letter (and may be a zip bomb). */
const MAX_XML_BYTES = 100 * 1024 * 1024;

export class UnreadableDocxError extends Error {
  override readonly name = 'UnreadableDocxError';
}

/**
 * The text of a Word document: its paragraphs in order, one per line with a
 * blank line between, footnote markers out of the running text, and the
 * footnotes at the end as numbered lines ("1) …"), kept apart.
 */
export function docxToText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => (file.name === 'word/document.xml' || file.name === 'word/footnotes.xml') && file.originalSize <= MAX_XML_BYTES,
    });
  } catch {
    throw new UnreadableDocxError('not a zip');
  }
  const document = files['word/document.xml'];
  if (!document) throw new UnreadableDocxError('no word/document.xml');
  const decoder = new TextDecoder();
  const body = paragraphsOf(decoder.decode(document)).join('\n\n');
  const notesXml = files['word/footnotes.xml'];
  const notes = notesXml ? footnotesOf(decoder.decode(notesXml)) : [];
  return notes.length > 0 ? `${body}\n\n${notes.join('\n')}\n` : `${body}\n`;
}

/** The paragraphs (`w:p`) of WordprocessingML, as text. */
function paragraphsOf(xml: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'w:p') {
          depth++;
          if (depth === 1) current = [];
        } else if (name === 'w:t') inText = true;
        else if (name === 'w:tab') current?.push('\t');
        else if (name === 'w:br' || name === 'w:cr') current?.push('\n');
      },
      ontext(text) {
        if (inText) current?.push(text);
      },
      onclosetag(name) {
        if (name === 'w:t') inText = false;
        else if (name === 'w:p') {
          depth--;
          if (depth === 0 && current) {
            const text = current.join('').replace(/[ \t]+/g, ' ').trim();
            if (text !== '') paragraphs.push(text);
            current = undefined;
          }
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return paragraphs;
}

/** The footnotes of `word/footnotes.xml` as "N) text", without Word's separator notes. */
function footnotesOf(xml: string): string[] {
  const notes: string[] = [];
  for (const match of xml.matchAll(/<w:footnote\b([^>]*)>([\s\S]*?)<\/w:footnote>/g)) {
    const attributes = match[1]!;
    if (/w:type="(?:separator|continuationSeparator|continuationNotice)"/.test(attributes)) continue;
    const id = /w:id="(-?\d+)"/.exec(attributes)?.[1];
    const text = paragraphsOf(match[2]!).join(' ');
    if (id !== undefined && text !== '') notes.push(`${id}) ${text}`);
  }
  return notes;
}
