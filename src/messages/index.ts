import { en } from './en.js';
import { nl, type Messages } from './nl.js';
import type { Lang } from './types.js';

const CATALOGUES: Record<Lang, Messages> = { nl, en };

export function messagesFor(lang: Lang): Messages {
  return CATALOGUES[lang];
}

export type { Messages };
export { LANGS, type Lang, type Args, type DiagnosticText } from './types.js';
