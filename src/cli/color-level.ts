import type { ColorSupportLevel } from 'chalk';

export interface ColorInputs {
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
  /** False when the user passed `--no-color`. */
  colorFlag: boolean;
}

/**
 * Decides the colour level once, for the whole run. chalk's own detection
 * ignores NO_COLOR and `--no-color` as we define them, so it is not used.
 */
export function colorLevel({ env, isTTY, colorFlag }: ColorInputs): ColorSupportLevel {
  if (!colorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}
