/**
 * A case-insensitive pattern of the clause rules, read without Unicode case folding where that changes nothing.
 *
 * The rules are written with the `iu` flags. Under both, V8 runs `\b` and letters that ignore case far slower than
 * under `i` alone (10–25× in a pattern of words), and the finder asks several dozen such patterns of the clause around
 * each phrase it keeps. Without `\p{…}`, `\u{…}` or `.`, a pattern matches the same under `i` as under `iu`, at the
 * same places, on any text without the two characters that Unicode case folding alone takes to an ASCII letter: the
 * long s (U+017F, folded to "s") and the Kelvin sign (U+212A, folded to "k"), which `iu` also counts as word characters
 * for `\b`. A text with either is read with the pattern as written.
 */
export class Caseless {
  readonly #unicode: RegExp;
  readonly #ascii: RegExp;

  constructor(pattern: RegExp) {
    if (!pattern.flags.includes('i') || !pattern.flags.includes('u') || UNICODE_ONLY.test(pattern.source)) {
      throw new Error(`not a caseless pattern of ASCII words: /${pattern.source}/${pattern.flags}`);
    }
    this.#unicode = pattern;
    this.#ascii = new RegExp(pattern.source, pattern.flags.replace('u', ''));
  }

  /** The pattern that reads `text` as the one written does. */
  for(text: string): RegExp {
    // Two searches for one character cost less than one pattern of two, and nothing at all in a text of Latin-1 only.
    return text.includes(LONG_S) || text.includes(KELVIN) ? this.#unicode : this.#ascii;
  }

  test(text: string): boolean {
    return this.for(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.for(text).exec(text);
  }
}

const LONG_S = '\u017f';
const KELVIN = '\u212a';
// `\p{…}` and `\u{…}` need the flag (`\u00ef`, as a build may write "ï", does not); `.` outside a class reads a
// character outside the BMP as one only with it.
const UNICODE_ONLY = /\\[pP]|\\u\{|(?:^|[^\\])(?:\\\\)*\.(?![^[]*\])/;
