import type { ChalkInstance } from 'chalk';

/** One line of an edit script: kept (` `), removed (`-`) or added (`+`). */
interface Op {
  kind: ' ' | '-' | '+';
  line: string;
}

export interface DiffOptions {
  /** Shown as `--- a/<fromFile>`; `/dev/null` for a file that does not exist yet. */
  fromFile: string;
  toFile: string;
  context?: number;
}

const NO_NEWLINE = '\\ No newline at end of file';
const UNTERMINATED = '\n';

/**
 * The unified diff of two texts, as `git diff` prints it (`--- a/…`, `+++ b/…`,
 * hunks with 3 lines of context); empty when they are equal. Lines are
 * compared with their carriage returns, and shown without them.
 */
export function unifiedDiff(before: string | undefined, after: string, options: DiffOptions): string {
  if (before === after) return '';
  const context = options.context ?? 3;
  const ops = diffLines(splitLines(before ?? ''), splitLines(after));
  const lines = [before === undefined ? '--- /dev/null' : `--- a/${options.fromFile}`, `+++ b/${options.toFile}`];
  for (const hunk of hunks(ops, context)) {
    lines.push(`@@ -${range(hunk.fromStart, hunk.fromCount)} +${range(hunk.toStart, hunk.toCount)} @@`);
    for (const op of hunk.ops) {
      const unterminated = op.line.endsWith(UNTERMINATED);
      const line = unterminated ? op.line.slice(0, -1) : op.line;
      lines.push(`${op.kind}${line.endsWith('\r') ? line.slice(0, -1) : line}`);
      if (unterminated) lines.push(NO_NEWLINE);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Colours a unified diff the way git does on a terminal. */
export function paintDiff(diff: string, paint: ChalkInstance): string {
  return diff.replace(/^.*$/gm, (line) =>
    line.startsWith('+++') || line.startsWith('---') ? paint.bold(line) : line.startsWith('@@') ? paint.cyan(line) : line.startsWith('+') ? paint.green(line) : line.startsWith('-') ? paint.red(line) : line,
  );
}

/**
 * The lines of a text. A last line without a line break carries a `\n`
 * (which no line can otherwise contain), so that `a` and `a\n` differ, as
 * they do for git.
 */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else lines[lines.length - 1] += UNTERMINATED;
  return lines;
}

function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${start},${count}`;
}

/** The edit script: common ends are matched first, the rest by Myers' O(ND) algorithm. */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--;
    tailB--;
  }
  return [
    ...a.slice(0, head).map((line): Op => ({ kind: ' ', line })),
    ...myers(a.slice(head, tailA), b.slice(head, tailB)),
    ...a.slice(tailA).map((line): Op => ({ kind: ' ', line })),
  ];
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const trace: Int32Array[] = [];
  let v: Int32Array = new Int32Array(2 * offset + 1);
  search: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  const reversed: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    v = trace[d]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const previousX = v[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      reversed.push({ kind: ' ', line: a[--x]! });
      y--;
    }
    if (d > 0) reversed.push(x === previousX ? { kind: '+', line: b[previousY]! } : { kind: '-', line: a[previousX]! });
    x = previousX;
    y = previousY;
  }
  return reversed.reverse();
}

interface Hunk {
  fromStart: number;
  fromCount: number;
  toStart: number;
  toCount: number;
  ops: Op[];
}

function hunks(ops: readonly Op[], context: number): Hunk[] {
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const result: Hunk[] = [];
  let group: number[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const first = Math.max(0, group[0]! - context);
    const last = Math.min(ops.length - 1, group.at(-1)! + context);
    const slice = ops.slice(first, last + 1);
    const fromCount = slice.filter((op) => op.kind !== '+').length;
    const toCount = slice.filter((op) => op.kind !== '-').length;
    const before = ops.slice(0, first);
    const fromBefore = before.filter((op) => op.kind !== '+').length;
    const toBefore = before.filter((op) => op.kind !== '-').length;
    result.push({
      fromStart: fromCount === 0 ? fromBefore : fromBefore + 1,
      fromCount,
      toStart: toCount === 0 ? toBefore : toBefore + 1,
      toCount,
      ops: slice,
    });
    group = [];
  };
  for (const index of changed) {
    if (group.length > 0 && index - group.at(-1)! > 2 * context) flush();
    group.push(index);
  }
  flush();
  return result;
}
