import { isMap, isScalar, isSeq } from 'yaml';

/** A parsed node tree as plain values, whichever reader built it. */
export function plainValues(node: unknown): unknown {
  if (isMap(node)) return Object.fromEntries(node.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), plainValues(pair.value)]));
  if (isSeq(node)) return node.items.map(plainValues);
  if (isScalar(node)) return node.value;
  return node;
}
