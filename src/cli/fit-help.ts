import { hangingLines, visibleWidth, wrapWords } from '../render/text-width.js';
import { breakCommand } from './break-command.js';

/** An example: `  $ toezegging …`, perhaps after a label (`  bash  $ …`). */
const EXAMPLE = /^(\s+(?:[^\s$]\S*\s+)?)\$ (.*)$/;
/** A command and its description after two or more spaces. */
const DESCRIBED = /^(.*?\S)\s{2,}([^\s\\].*)$/;
/** A term and its description: `  ics     a calendar …`. */
const TERM = /^(\s+\S.*?\s{2,})(\S.*)$/;

/**
 * Help text fitted to the terminal: commander wraps its own option and
 * command lists, not the prose and examples added after them. Lines that fit
 * are left alone. A paragraph that runs over is reflowed to the width; a
 * term's description wraps under itself; an example command that runs over
 * is broken between words with a shell continuation (` \`), so that it can
 * still be copied and run, and its description moves to the line below.
 */
export function fitHelp(text: string, width: number): string {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const example = EXAMPLE.exec(line);
    if (example) {
      // A command its author already continued over several lines is one command.
      const group = [line];
      while (/\s\\$/.test(group.at(-1)!) && index + 1 < lines.length) group.push(lines[++index]!);
      if (group.every((part) => visibleWidth(part) <= width)) {
        out.push(...group);
        continue;
      }
      const command = [example[2]!, ...group.slice(1)].map((part) => part.replace(/\s\\$/, '').trim()).join(' ');
      const described = group.length === 1 ? DESCRIBED.exec(command) : null;
      const dollar = visibleWidth(example[1]!);
      out.push(...breakCommand(`${example[1]}$ `, described ? described[1]! : command, width, ' '.repeat(dollar + 6)));
      if (described) out.push(...wrapWords(described[2]!, width - dollar - 4).map((piece) => `${' '.repeat(dollar + 4)}${piece}`));
      continue;
    }
    if (visibleWidth(line) <= width) {
      out.push(line);
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
