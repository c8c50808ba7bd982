/**
 * `to`, a larger typed array of the same kind, holding `from`'s values at its start: how the typed arrays that keep
 * places and keys out of the collector's way (a report's list entries, a cache file's line places) grow.
 */
export function grown<A extends Int32Array | Uint32Array | Float64Array>(from: A, to: A): A {
  to.set(from);
  return to;
}
