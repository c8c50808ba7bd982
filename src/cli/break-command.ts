import { visibleWidth } from '../render/text-width.js';

/**
 * The words of a shell command line as the shell splits them: a quoted
 * string, an escaped space and a `$( … )` or `<( … )` stay inside their word.
 * Each word is returned as written, so joining them with spaces gives a
 * command that means the same.
 */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: '"' | "'" | undefined;
  let depth = 0;
  for (let index = 0; index < command.length; index++) {
    const char = command[index]!;
    if (quote === "'") {
      if (char === "'") quote = undefined;
    } else if (char === '\\' && index + 1 < command.length) {
      word += char;
      index++;
      word += command[index]!;
      continue;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(' && /[$<>]$/.test(word)) {
      depth++;
    } else if (char === ')' && depth > 0) {
      depth--;
    } else if (/\s/.test(char) && depth === 0) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    word += char;
  }
  if (word) words.push(word);
  return words;
}

/** Words a line is best broken before: an option, or an operator that starts the next part of the command. */
const BREAK_BEFORE = /^(?:-|\||&&|;|>|<|2>)/;

/**
 * A command too wide for `width` columns, broken with a shell continuation
 * (` \`) between words, so that the lines copied together still run as one
 * command. The first line starts with `prefix` (`  $ `), the next ones with
 * `indent`. Lines are broken before an option rather than between an option
 * and its value; a word wider than the room (a long quoted title) overflows
 * rather than being cut.
 */
export function breakCommand(prefix: string, command: string, width: number, indent: string): string[] {
  const words = shellWords(command);
  // Groups: an option with the values that follow it, so that they stay on one line when they can.
  const groups: string[][] = [];
  for (const word of words) {
    if (groups.length === 0 || BREAK_BEFORE.test(word)) groups.push([word]);
    else groups.at(-1)!.push(word);
  }
  const lines: string[] = [];
  let line = prefix;
  let empty = true;
  // Room for the ` \` that ends every line but the last.
  const fits = (text: string, last: boolean) => visibleWidth(text) + (last ? 0 : 2) <= width;
  groups.forEach((group, groupIndex) => {
    const lastGroup = groupIndex === groups.length - 1;
    const whole = group.join(' ');
    if (fits(empty ? line + whole : `${line} ${whole}`, lastGroup)) {
      line = empty ? line + whole : `${line} ${whole}`;
      empty = false;
      return;
    }
    if (!empty) {
      lines.push(`${line} \\`);
      line = indent;
      empty = true;
    }
    group.forEach((word, wordIndex) => {
      const last = lastGroup && wordIndex === group.length - 1;
      const joined = empty ? line + word : `${line} ${word}`;
      // A word too wide even for a line of its own stays by the option it belongs to.
      if (empty || fits(joined, last) || !fits(indent + word, last)) line = joined;
      else {
        lines.push(`${line} \\`);
        line = indent + word;
      }
      empty = false;
    });
  });
  lines.push(line);
  return lines;
}
