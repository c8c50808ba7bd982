/**
 * Register files are written by anyone; a title must not be able to move the
 * cursor, retitle the terminal or hide text. Control characters (C0 except tab
 * and newline, DEL, C1) and bidirectional overrides are shown as visible escapes.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|^\s|\s$/;

/** For one-line fields: also folds newlines and tabs into spaces. */
export function terminalSafeLine(text: string): string {
  // Nearly every title is already safe: one test instead of three passes over it, for each of 100,000 lines.
  if (!NEEDS_WORK.test(text)) return text;
  return terminalSafe(text.replace(/[\t\r\n]+/g, ' ').trim());
}
