/**
 * The shape of a Dutch past participle with "ge", for the patterns that read one: the separable particle it may open
 * with ("aangenomen", "toegezegd", "vastgesteld"), then "ge" and the stem with its ending. Strong verbs in -aan take no
 * "-en" ("gedaan", "gegaan", "gestaan"). `letter` is the pattern's own class of letters: a caseless pattern of ASCII
 * words has "[a-z]", one of any letters "\p{L}".
 */
export const SEPARABLE_PARTICLE = '(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg|terug|vast)';
export const geParticiple = (letter: string): string => `ge(?:${letter}{2,12}(?:d|t|en)|(?:d|g|st)aan)`;
