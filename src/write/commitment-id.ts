/** Long enough to stay recognisable, short enough to type after `toezegging show`. */
export const MAX_ID_LENGTH = 48;

/** `Kamer informeren over één` → `kamer-informeren-over-een`: accents dropped (not the letters), `[a-z0-9-]` only. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Shortens at a word boundary when one is near enough, so an id never ends in half a word. */
function shorten(slug: string, limit: number): string {
  if (slug.length <= limit) return slug;
  const cut = slug.slice(0, limit + 1).lastIndexOf('-');
  return (cut >= limit / 2 ? slug.slice(0, cut) : slug.slice(0, limit)).replace(/-+$/, '');
}

/** An id derived from a title, made unique among `taken` with `-2`, `-3`, ... */
export function idFromTitle(title: string, taken: ReadonlySet<string>): string {
  const base = shorten(slugify(title), MAX_ID_LENGTH) || 'toezegging';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${shorten(base, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
