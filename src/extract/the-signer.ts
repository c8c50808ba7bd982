/**
 * The writer named in the third person as the one who signs, as answers to Kamervragen and memories did until about
 * 1980 ("De ondergetekende is bereid …", "Ondergeteekende zal onderzoeken …", "is de tweede ondergetekende bereid …",
 * "De ondergetekenden stellen … in"): the signer is the writer, so the government, whatever the spelling (before 1947
 * "ondergeteekende", "den ondergeteekende") or the ordinal that names one of several signers. As a regular-expression
 * alternation on lower-cased text.
 */
export const THE_SIGNER = String.raw`(?:(?:de|den)\s+)?(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde)\s+)?onder(?:-\s?)?getee?kenden?`;
