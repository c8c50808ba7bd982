import type { Span } from './model.js';
import { SUPERSCRIPT_DIGITS } from '../core/readable-text.js';

/**
 * Abbreviations whose dot never ends a sentence in Dutch official prose
 * (lower-cased, without their last dot).
 */
const ABBREVIATIONS = new Set([
  'nr', 'nrs', 'no', 'o.a', 't.a.v', 'art', 'artt', 'jl', 'a.s', 'c.s', 'z.s.m', 'bijv', 'bv', 'b.v', 'e.d', 'e.a', 'enz', 'etc',
  'i.v.m', 'm.b.t', 'm.n', 'd.w.z', 'dhr', 'mevr', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'ca', 'vgl', 'zgn', 'z.g.n', 'resp', 'incl',
  'excl', 'max', 'blz', 'pag', 'p', 'jo', 'o.b.v', 'n.a.v', 't.b.v', 'i.p.v', 'i.o.m', 'm.i.v', 'd.d', 'evt', 'mln', 'mld', 'mrd',
  'stb', 'stcrt', 'kst', 'e.v', 'sr', 'jr', 'cf', 'i.c', 'i.h.k.v', 'v.w.b', 'a.d.h.v', 'm.u.v', 'o.m', 't.z.t', 'p.m', 'vz',
  'aanh', 'vs',
]);

/** A word that may be an abbreviation with its dots ("c.s.", "nr."); whether it is one, the list says. */
const DOTTED_WORD = /(?<![\p{L}.])\p{L}[\p{L}.]{0,7}\./gu;

/**
 * The text with the dots of abbreviations ("c.s.", "nr.", "jl.") made
 * spaces, the same length: a cue that must not cross a sentence's end may
 * cross them.
 */
export function withoutAbbreviationDots(text: string): string {
  return text.replace(DOTTED_WORD, (word) => (ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()) ? word.replace(/\./g, ' ') : word));
}

/** Where a sentence may end: a stop, optional closing marks and footnote numbers (superscript ones too: "uitkomsten.¹"), then space. */
const END = new RegExp(String.raw`[.!?…]+(?:["'’”)\]]+)?(?:[\d${SUPERSCRIPT_DIGITS}]{1,2}\)?)?(?=\s)`, 'g');

/** What the next sentence may begin with, read at the stop's end: however much space (an indented next line) lies between. */
const NEXT_START = /\s+["'‘“(\[]?[\p{Lu}\d]/uy;

/**
 * Splits one paragraph of Dutch prose into sentences. Hard line breaks
 * inside a sentence are just space; a stop after a known abbreviation or an
 * initial ("J. Jansen") does not end a sentence, nor does one followed by a
 * lower-case word.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(END)) {
    const stop = match.index;
    const end = stop + match[0].length;
    if (end <= start) continue;
    NEXT_START.lastIndex = end;
    if (!NEXT_START.test(text)) continue;
    if (match[0].startsWith('.') && isAbbreviation(text, stop) && !endsAfterAbbreviation(text, stop, match[0])) continue;
    push(spans, text, start, end, offset);
    start = skipSpace(text, end);
  }
  if (start < text.length) push(spans, text, start, text.trimEnd().length, offset);
  return spans;
}

function push(spans: Span[], text: string, start: number, end: number, offset: number): void {
  const body = text.slice(start, end).trimEnd();
  if (body.trim() === '') return;
  spans.push({ text: body, start: offset + start, end: offset + start + body.length });
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index++;
  return index;
}

/** Numbering abbreviations, after which a number is the number, not a footnote marker ("nr.1"). */
const NUMBERING = new Set(['nr', 'nrs', 'no', 'art', 'artt', 'blz', 'pag', 'p']);

/**
 * A stop after an abbreviation still ends the sentence when a footnote
 * marker follows it ("de motie Van Campen c.s.1 Uiteraard …"): markers stand
 * at the end of a sentence. After a numbering abbreviation ("nr.1") the
 * number is the number.
 */
function endsAfterAbbreviation(text: string, dot: number, stop: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 24), dot))?.[1]?.replace(/^\.+/, '').toLowerCase();
  if (word === undefined) return false;
  return /\d/.test(stop) && ABBREVIATIONS.has(word) && !NUMBERING.has(word);
}

/** A capital after an article is a letter named ("een C of een D."), not an initial. */
const AFTER_AN_ARTICLE = /\b(?:een|de|het)\s+\p{Lu}$/iu;

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 24), dot));
  if (!before) return false;
  const word = before[1]!.replace(/^\.+/, '');
  if (/^\p{Lu}$/u.test(word)) return !AFTER_AN_ARTICLE.test(text.slice(Math.max(0, dot - 8), dot));
  return ABBREVIATIONS.has(word.toLowerCase());
}
