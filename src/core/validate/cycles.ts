import type { Diagnostic } from '../model.js';
import type { CheckedCommitment, Reference } from './commitment.js';

interface Edge {
  to: number;
  ref: Reference;
}

/** Cycles longer than this are shown by their first few members only. */
const SHOWN_MEMBERS = 8;

/**
 * Cycles through `depends_on` and `due.after`: such commitments would wait on
 * each other forever. One diagnostic per cycle, at the reference that leaves
 * its first member. Tarjan's algorithm, iterative so that a long chain of
 * 100,000 commitments cannot overflow the call stack.
 */
export function dependencyCycles(commitments: readonly CheckedCommitment[]): Diagnostic[] {
  // Most commitments wait on none: without a single reference there is no cycle to look for.
  if (commitments.every(({ refs }) => refs.length === 0)) return [];
  const indexOf = new Map(commitments.map(({ commitment }, i) => [commitment.id, i]));
  const edges: Edge[][] = commitments.map(({ refs }) =>
    refs.flatMap((ref) => {
      const to = indexOf.get(ref.target);
      return to === undefined ? [] : [{ to, ref }];
    }),
  );
  return stronglyConnected(edges)
    .filter((members) => members.length > 1 || edges[members[0]!]!.some((edge) => edge.to === members[0]))
    .map((members) => report(commitments, edges, members));
}

/** Components of the graph, each as its members' indices. */
function stronglyConnected(edges: readonly Edge[][]): number[][] {
  const count = edges.length;
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const enter = (node: number): void => {
    order[node] = low[node] = counter++;
    stack.push(node);
    onStack[node] = 1;
  };
  for (let root = 0; root < count; root++) {
    // A commitment that waits on none is on no cycle, and starting there finds no other.
    if (order[root] !== -1 || edges[root]!.length === 0) continue;
    enter(root);
    const frames: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const out = edges[frame.node]!;
      if (frame.next < out.length) {
        const to = out[frame.next++]!.to;
        if (order[to] === -1) {
          enter(to);
          frames.push({ node: to, next: 0 });
        } else if (onStack[to]) {
          low[frame.node] = Math.min(low[frame.node]!, order[to]!);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] !== order[frame.node]) continue;
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        component.push(member);
      } while (member !== frame.node);
      components.push(component);
    }
  }
  return components;
}

function report(commitments: readonly CheckedCommitment[], edges: readonly Edge[][], members: number[]): Diagnostic {
  // Start at the member written first, so the report does not move when unrelated files change.
  const start = members.reduce((a, b) => Math.min(a, b));
  const path = cycleFrom(start, new Set(members), edges);
  const ids = [start, ...path.map(({ to }) => to)].map((index) => commitments[index]!.commitment.id);
  const shown = ids.length > SHOWN_MEMBERS + 1 ? [...ids.slice(0, SHOWN_MEMBERS), '…', ids[ids.length - 1]!] : ids;
  return {
    code: 'E_DEPENDENCY_CYCLE',
    severity: 'error',
    ...path[0]!.ref.spot,
    args: { id: ids[0]!, cycle: shown.join(' → '), size: members.length },
  };
}

/** A shortest cycle from `start` back to itself inside its component, as the edges taken. */
function cycleFrom(start: number, members: ReadonlySet<number>, edges: readonly Edge[][]): Edge[] {
  const cameBy = new Map<number, Edge & { from: number }>();
  const queue = [start];
  for (const node of queue) {
    for (const edge of edges[node]!) {
      if (edge.to === start) {
        const path: Edge[] = [{ to: start, ref: edge.ref }];
        for (let at = node; at !== start; ) {
          const step = cameBy.get(at)!;
          path.unshift(step);
          at = step.from;
        }
        return path;
      }
      if (members.has(edge.to) && !cameBy.has(edge.to)) {
        cameBy.set(edge.to, { ...edge, from: node });
        queue.push(edge.to);
      }
    }
  }
  return [];
}
