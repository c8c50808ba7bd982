import type { Args, DiagnosticText } from './types.js';

/**
 * All Dutch user-facing text. `en.ts` has the same shape; code refers to these
 * entries by name, never to literal wording.
 */
export const nl = {
  // --- deadline rules (owned by src/core/deadline) ---
  deadline: {
  },

  // --- diagnostics, by code (owned by src/core/validate and friends) ---
  diagnostics: {
  } as Record<string, DiagnosticText>,

  // --- command line and reports ---
  cli: {
  },
};

export type Messages = typeof nl;
export type { Args };
