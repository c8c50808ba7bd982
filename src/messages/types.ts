export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export type Args = Record<string, string | number>;

export interface DiagnosticText {
  message: (args: Args) => string;
  /** The remedy, said as what to do. */
  hint?: (args: Args) => string;
}
