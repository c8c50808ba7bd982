/** The English month names, January first: dates written out in English output, and the months an English phrase names. */
export const ENGLISH_MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
