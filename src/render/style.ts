import { Chalk, type ChalkInstance, type ColorSupportLevel } from 'chalk';

/** How text output is dressed: colour, and words for people or plain values for pipes. */
export interface Style {
  paint: ChalkInstance;
  /** On a terminal: headers, dates in words, truncation to `width`. Piped: plain and complete. */
  human: boolean;
  width: number;
}

export function makeStyle(level: ColorSupportLevel, human: boolean, width: number): Style {
  return { paint: new Chalk({ level }), human, width };
}
