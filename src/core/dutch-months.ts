/** The Dutch month names, January first: dates written out in Dutch, in the interface and in the register's own files. */
export const DUTCH_MONTHS: readonly string[] = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The Dutch month names as a regular-expression alternation, for the patterns that name any month. */
export const DUTCH_MONTH_ALTERNATION = DUTCH_MONTHS.join('|');
