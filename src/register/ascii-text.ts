/** JSON text with every non-ASCII character escaped: the files can then be read without UTF-8 decoding. */
export const asciiText = (json: string): string => json.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const asciiJson = (value: unknown): string => asciiText(JSON.stringify(value));

/**
 * JSON text as `JSON.stringify` made it, from `asciiText`'s: each escape of a
 * non-ASCII character undone (a surrogate pair's two together), and every
 * other escape left as it was, `JSON.stringify`'s own among them (control
 * characters, a lone surrogate).
 */
export function fromAsciiText(text: string): string {
  if (!text.includes('\\u')) return text;
  return text.replace(/\\(?:u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|u([0-9a-f]{4})|[^])/g, (escape: string, high?: string, low?: string, unit?: string) => {
    if (high !== undefined) return String.fromCharCode(parseInt(high, 16), parseInt(low!, 16));
    if (unit === undefined) return escape;
    const code = parseInt(unit, 16);
    return code >= 0x80 && (code < 0xd800 || code > 0xdfff) ? String.fromCharCode(code) : escape;
  });
}
