import { lowerBound } from './lower-bound.js';

/**
 * The `yaml` parser makes a token and a parse step of every line, so a file
 * of millions of empty lines costs seconds and a gigabyte, though it says
 * nothing. Runs of empty lines (a bare `\n`, no spaces) are collapsed to one
 * before parsing; the parse is then mapped back to the text as written.
 *
 * One empty line is kept of each run, so that everything the parser decides
 * from "is there an empty line here" stays as it was; an empty line has no
 * indentation, so the lexer's indentation state after one is what it is
 * after many. What differs is only the content of a scalar that spans the
 * run (a block scalar, a multi-line quoted or plain one), where every empty
 * line is a line break: `parseYaml` checks for that and parses the text as
 * written instead.
 */
export interface CollapsedText {
  text: string;
  /** Offsets in `text` of each kept empty line, ascending. */
  kept: number[];
  /** For each kept empty line, how many characters were removed after it. */
  removed: number[];
}

/** Collapses every run of two or more empty lines; `undefined` when there is none, so that the text is parsed as it is. */
export function collapseEmptyLines(text: string): CollapsedText | undefined {
  const kept: number[] = [];
  const removed: number[] = [];
  const parts: string[] = [];
  let copiedTo = 0;
  let reducedLength = 0;
  // An empty line starts right after a newline (or at the start) and is itself a newline.
  for (let at = text.indexOf('\n\n\n'); at !== -1; at = text.indexOf('\n\n\n', at)) {
    let end = at + 3;
    while (text.charCodeAt(end) === 10) end += 1;
    // text[at] ends a line; text[at + 1] is the empty line kept; text[at + 2 .. end) are removed.
    parts.push(text.slice(copiedTo, at + 2));
    reducedLength += at + 2 - copiedTo;
    kept.push(reducedLength - 1);
    removed.push(end - (at + 2));
    copiedTo = end;
    at = end;
  }
  if (kept.length === 0) return undefined;
  parts.push(text.slice(copiedTo));
  return { text: parts.join(''), kept, removed };
}

/** Maps offsets in the collapsed text back to the text as written; offsets must come in any order, each by binary search. */
export function offsetMapper(collapsed: CollapsedText): (offset: number) => number {
  const { kept, removed } = collapsed;
  const before: number[] = [];
  let total = 0;
  for (const count of removed) before.push((total += count));
  return (offset) => {
    // The last kept line strictly before this offset: everything removed up to and including its run lies before the offset.
    const low = lowerBound(kept, offset);
    return low === 0 ? offset : offset + before[low - 1]!;
  };
}
