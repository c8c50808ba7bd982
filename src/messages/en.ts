import type { Messages } from './nl.js';
import type { DiagnosticText } from './types.js';

/** All English user-facing text; the shape is that of `nl.ts`. */
export const en: Messages = {
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
