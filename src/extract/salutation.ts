/**
 * The salutation on a line of its own ("Geachte voorzitter,", "Geachte heer, mevrouw,", "Geachte mevrouw de
 * Voorzitter"): it opens the letter, it is neither its title nor part of its first sentence. A comma inside it must
 * close the line, so a first sentence wrapped after the salutation ("Geachte voorzitter, hierbij stuur ik u de") is not
 * taken for one.
 */
export const SALUTATION = /^\s*Geachte\b(?:[^.!?:]{0,60}[,:]|[^.!?:,]{0,60})\s*$/i;
