/**
 * JSON for a person at a terminal is indented; piped, it is one line: half the
 * bytes for the next tool to read, and as parseable.
 */
export function jsonText(value: unknown, human: boolean): string {
  return `${JSON.stringify(value, null, human ? 2 : undefined)}\n`;
}
