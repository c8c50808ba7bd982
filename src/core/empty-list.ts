/**
 * The one empty list that every empty list of a validated commitment is:
 * most commitments have no dependencies, addressees, history or links, and
 * at 100,000 commitments a list of each of their own was memory the
 * collector copied for nothing. Frozen, as the register cache's are.
 */
export const EMPTY_LIST: never[] = Object.freeze([]) as unknown as never[];

/** The list, or the shared empty one. */
export function orEmpty<T>(list: T[]): T[] {
  return list.length === 0 ? EMPTY_LIST : list;
}
