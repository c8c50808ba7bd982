import type { Diagnostic } from './model.js';
import { compareText } from './text-order.js';

/** By file, line and column; code-unit order, so the result is the same under every locale. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.col - b.col);
}
