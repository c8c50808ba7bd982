/** Words of six letters or more, lower-cased: what two clauses about the same thing share. */
export function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{6,}/gu) ?? []);
}
