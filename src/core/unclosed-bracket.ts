/**
 * A quote opens a quoted scalar only where a scalar starts: at a line's start, or after a key's colon, a sequence's dash
 * or a flow collection's bracket or comma. Inside a plain scalar it is a letter ("title: KPI's [voorlopig", "Den Haag
 * 's-Gravenhage").
 */
const OPENS_A_SCALAR = /(?:^|[\n:\-[{,])[ \t]*$/u;

/**
 * The offset of the last [ or { left open before `end`, outside quoted scalars and comments; undefined when every one
 * is closed. The YAML parser reports an unclosed flow collection where it gave up, lines below the bracket the user
 * has to close.
 */
export function unclosedBracketBefore(text: string, end: number): number | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let at = 0; at < end; at++) {
    const char = text[at]!;
    if (quote !== undefined) {
      // In a single-quoted scalar '' is a quote; in a double-quoted one a backslash escapes the next character.
      if (quote === '"' && char === '\\') at++;
      else if (char === quote) {
        if (quote === "'" && text[at + 1] === "'") at++;
        else quote = undefined;
      }
    } else if ((char === '"' || char === "'") && OPENS_A_SCALAR.test(text.slice(Math.max(0, at - 80), at))) {
      quote = char;
    } else if (char === '#' && (at === 0 || /\s/.test(text[at - 1]!))) {
      const lineEnd = text.indexOf('\n', at);
      at = lineEnd === -1 ? end : lineEnd;
    } else if (char === '[' || char === '{') {
      open.push(at);
    } else if (char === ']' || char === '}') {
      open.pop();
    }
  }
  return open.at(-1);
}
