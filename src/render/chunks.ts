/**
 * Output made a piece at a time: a renderer of a large register yields the
 * text of its next commitments, the writer sends it on and the next piece is made only then,
 * so the whole document never exists in memory (at 100,000 commitments the
 * JSON is 90 MB, held once as a string and once more as the bytes written).
 */
export type Chunks = Iterable<string>;

/** What a command prints: one text, or chunks to be written as they are made. */
export type Output = string | Chunks;

/** Enough per write that the system calls cost nothing beside making the text; small enough to stay in the young generation. */
export const BATCH_CHARS = 1 << 16;

/** The chunks joined into pieces of about `size` characters, in order: one write each. */
export function batched(chunks: Chunks, size = BATCH_CHARS): Generator<string> {
  return joinedTexts(chunks, (chunk) => chunk, size);
}

/**
 * The texts of many items, each made by `textOf` only when the writer gets to
 * it, joined into pieces of about `size` characters: the generators between
 * a renderer and the writer then step once per piece, not once per item
 * (100,000 of them on a large register).
 */
export function* joinedTexts<T>(items: Iterable<T>, textOf: (item: T) => string, size = BATCH_CHARS): Generator<string> {
  let piece = '';
  for (const item of items) {
    piece += textOf(item);
    if (piece.length >= size) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
}

export function outputText(output: Output): string {
  return typeof output === 'string' ? output : [...output].join('');
}
