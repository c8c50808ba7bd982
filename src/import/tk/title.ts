const MAX_LENGTH = 140;

/**
 * A one-line title from a record's text: its first sentence, shortened at a
 * word when long. A sentence ends at `.`, `!` or `?` before a capital or the
 * end, so "z.s.m. te informeren" or "nr. 12" do not end it.
 */
export function titleFromText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?= \p{Lu}|$)/u.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  if (sentence.length <= MAX_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}
