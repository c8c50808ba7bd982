const MAX_LENGTH = 140;

/** Whitespace that flattening changes: two in a row, or any but the plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;
const UPPERCASE = /^\p{Lu}/u;

const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const SPACE = 0x20;

/**
 * Where the first sentence of a flattened text ends: after a `.`, `!` or `?`
 * that is the last character or stands before a space and a capital; the
 * text's length when none does. A scan by character codes: the pattern
 * `/[.!?](?= \p{Lu}|$)/u` that says the same cost several times more, for
 * every record of every import.
 */
function sentenceEnd(flat: string): number {
  for (let at = 0; at < flat.length; at++) {
    const code = flat.charCodeAt(at);
    if (code !== FULL_STOP && code !== EXCLAMATION && code !== QUESTION) continue;
    if (at === flat.length - 1) return flat.length;
    if (flat.charCodeAt(at + 1) === SPACE && UPPERCASE.test(String.fromCodePoint(flat.codePointAt(at + 2) ?? SPACE))) return at + 1;
  }
  return flat.length;
}

/**
 * A one-line title from a record's text: its first sentence, shortened at a
 * word when long. A sentence ends at `.`, `!` or `?` before a capital or the
 * end, so "z.s.m. te informeren" or "nr. 12" do not end it.
 */
export function titleFromText(text: string): string {
  const flat = UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  const sentence = flat.slice(0, sentenceEnd(flat));
  if (sentence.length <= MAX_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}
