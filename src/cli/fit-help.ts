import { hangingLines, visibleWidth, wrapWords } from '../render/text-width.js';

/** A command in an example: `  $ toezegging …`, its description after two or more spaces. */
const EXAMPLE = /^(\s+\$ .*?\S)\s{2,}(\S.*)$/;
/** A term and its description: `  ics     a calendar …`. */
const TERM = /^(\s+\S.*?\s{2,})(\S.*)$/;

/**
 * Help text fitted to the terminal: commander wraps its own option and
 * command lists, not the prose and examples added after them. Lines that fit
 * are left alone. A paragraph that runs over is reflowed to the width; a
 * term's description wraps under itself; an example's description moves to
 * the line below the command, and the command itself is never broken, so it
 * can be copied as it stands.
 */
export function fitHelp(text: string, width: number): string {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (visibleWidth(line) <= width) {
      out.push(line);
      continue;
    }
    const example = EXAMPLE.exec(line);
    if (example) {
      out.push(example[1]!, ...wrapWords(example[2]!, width - 6).map((piece) => `      ${piece}`));
      continue;
    }
    const term = TERM.exec(line);
    if (term) {
      out.push(...hangingLines(term[1]!, [term[2]!], width, term[1]!.search(/\S/) + 4));
      continue;
    }
    if (/^\s/.test(line)) {
      out.push(line);
      continue;
    }
    // A paragraph: take in the lines after it up to a blank, indented or heading line, and reflow it whole.
    let paragraph = line;
    while (index + 1 < lines.length && /^\S/.test(lines[index + 1]!) && !paragraph.endsWith(':')) paragraph += ` ${lines[++index]}`;
    out.push(...wrapWords(paragraph, width));
  }
  return out.join('\n');
}
