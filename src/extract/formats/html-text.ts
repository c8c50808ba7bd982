import { Parser } from 'htmlparser2';

/** Elements that are never the letter: navigation, scripts, forms, page furniture. */
const SKIP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'template', 'iframe', 'head', 'menu']);
const FURNITURE = /\b(?:nav|navigation|menu|breadcrumbs?|cookie|skip|share|social|sidebar|toolbar|site-header|site-footer|zoek|search)\b/i;
const FOOTNOTES = /\b(?:voetnoten|voetnoot|footnotes?|noten|notes)\b/i;
/** A table cell is a block of its own: a row's cells ("Toezegging | Termijn | Stand") are not one sentence. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'address', 'figure', 'figcaption']);
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'area', 'base', 'col', 'embed', 'source', 'track']);
/** A footnote marker in the text: a superscript or a link to a note. */
const MARKER = /\b(?:nootnum|footnote-ref|noot-ref|fnref)\b/i;

/**
 * The text of a letter published as a web page (officielebekendmakingen.nl,
 * tweedekamer.nl, rijksoverheid.nl): the main content only when the page
 * marks it, without navigation and page furniture; paragraphs and headings
 * on lines of their own; footnote markers out of the running text and the
 * footnotes themselves at the end, as numbered lines apart.
 */
export function htmlToText(html: string): string {
  const hasMain = /<(?:main|article)\b/i.test(html);
  const body: string[] = [];
  const notes: string[] = [];
  const stack: { name: string; skip: boolean; main: boolean; note: boolean; marker: boolean }[] = [];
  const state = () => stack.at(-1) ?? { name: '', skip: false, main: !hasMain, note: false, marker: false };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = state();
        const label = `${attributes.class ?? ''} ${attributes.id ?? ''} ${attributes.role ?? ''}`;
        const note = parent.note || FOOTNOTES.test(label);
        const skip = parent.skip || SKIP.has(name) || (!note && FURNITURE.test(label)) || attributes['aria-hidden'] === 'true';
        const marker = parent.marker || (!note && (name === 'sup' || MARKER.test(label)));
        const entry = { name, skip, main: parent.main || name === 'main' || name === 'article', note, marker };
        const out = note ? notes : body;
        if (name === 'br') out.push('\n');
        else if (BLOCK.has(name)) out.push(name === 'li' || name === 'tr' || name === 'dt' || name === 'dd' ? '\n' : '\n\n');
        if (!VOID.has(name)) stack.push(entry);
      },
      ontext(text) {
        const current = state();
        if (current.skip || current.marker) return;
        if (current.note) notes.push(text);
        else if (current.main) body.push(text);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        const index = stack.map((entry) => entry.name).lastIndexOf(name);
        if (index < 0) return;
        const closed = stack[index]!;
        stack.length = index;
        if (BLOCK.has(name)) (closed.note ? notes : body).push(name === 'li' || name === 'tr' ? '\n' : '\n\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const tidy = (parts: string[]) =>
    parts
      .join('')
      .replace(/[ \t\u00A0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const noteText = tidy(notes)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (/^\d{1,3}[).]?\s/.test(line) ? line.replace(/^(\d{1,3})[).]?\s/, '$1) ') : line))
    .join('\n');
  return noteText ? `${tidy(body)}\n\n${noteText}\n` : `${tidy(body)}\n`;
}
