import { assessorOf, type AssessedCommitment } from './assess.js';
import type { CivilDate } from './civil-date.js';
import { assessingBuilder, type RegisterOutline } from './dashboard.js';
import { DIGEST_LISTS, digestOrdering, entryItem, mayDigest, type DigestList, type DigestLists, type DigestOptions } from './digest.js';
import type { CommitmentSummary, DeadlineResolution, State } from './model.js';

/** What `digestInTurn` gives once the register is read. */
export interface DigestedInTurn<C extends CommitmentSummary> {
  summary: Record<State, number>;
  /**
   * The digest, its lists made as they are iterated (each once): every entry
   * made from `held`, which gives the n-th commitment `add` held, as a reader
   * keeps it, with its window.
   */
  digest: (held: (n: number) => [C, DeadlineResolution | undefined]) => DigestLists<C>;
}

/**
 * A digest of a register read a commitment at a time, for a reader that
 * keeps what `add` holds (true) and gives it back by the order it was held
 * in: `digest(countedOnce(assess(...)), options)`, holding of each entry of
 * its lists only its place, its instance and its sort key (see
 * `digestOrdering`); each entry is made again, and assessed again, when its
 * turn comes. A commitment of a chain is held until the chain is assessed
 * whole (see `assessingBuilder`), and its entries give that assessment with
 * the commitment as the reader gives it back. Pure.
 */
export function digestInTurn<C extends CommitmentSummary>(
  outline: RegisterOutline,
  asOf: CivilDate,
  options: DigestOptions,
): { add: (commitment: C, window: DeadlineResolution | undefined) => boolean; finish: () => DigestedInTurn<C> } {
  const ordering = digestOrdering(options, asOf);
  // The place of the commitment being added, and whether it was assessed then; a chain's commitments are assessed at the end, by the places they were held at.
  let adding: number | undefined;
  let assessed = false;
  let heldCount = 0;
  const chainPlaces = new Map<C, number>();
  const chains = new Map<number, AssessedCommitment<C>>();
  const builder = assessingBuilder<C, true>(outline, asOf, (item) => {
    assessed = adding !== undefined;
    if (!mayDigest(item, options, asOf)) return undefined;
    const place = adding ?? chainPlaces.get(item.commitment)!;
    if (adding === undefined) chains.set(place, item);
    ordering.add(item, place);
    return true;
  });
  return {
    add: (commitment, window) => {
      adding = heldCount;
      assessed = false;
      const held = builder.add(commitment, window);
      adding = undefined;
      if (!held) return false;
      // Held without being assessed: a chain's commitment, assessed with its chain at the end.
      if (!assessed) chainPlaces.set(commitment, heldCount);
      heldCount += 1;
      return true;
    },
    finish: () => {
      const { summary } = builder.finish();
      const order = ordering.finish();
      const sources = new Map(outline.sources.map((source) => [source.id, source]));
      return {
        summary,
        digest: (held) => {
          const assessOne = assessorOf<C>(sources, { calendar: outline.calendar, spans: outline.spans }, asOf);
          const itemAt = (place: number): AssessedCommitment<C> => {
            const [commitment, window] = held(place);
            const chain = chains.get(place);
            return chain ? { ...chain, commitment } : assessOne(commitment, window);
          };
          function* entries(list: DigestList): Generator<AssessedCommitment<C>> {
            const { places, instances } = order[list];
            for (let entry = 0; entry < places.length; entry++) yield entryItem(itemAt(places[entry]!), instances[entry]!, asOf);
          }
          const lists = {} as Record<DigestList, Iterable<AssessedCommitment<C>>>;
          for (const list of DIGEST_LISTS) lists[list] = { [Symbol.iterator]: () => entries(list) };
          return { asOf, since: options.since, ...lists };
        },
      };
    },
  };
}
