import type { Diagnostic } from '../core/model.js';
import type { Messages } from '../messages/index.js';

/** A diagnostic for machines: the stable code and position, plus the words in the chosen language. */
export function diagnosticJson(diagnostic: Diagnostic, messages: Messages) {
  const text = messages.diagnostics[diagnostic.code];
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    file: diagnostic.file,
    line: diagnostic.line,
    col: diagnostic.col,
    message: text ? text.message(diagnostic.args) : diagnostic.code,
    hint: text?.hint?.(diagnostic.args) ?? null,
    args: diagnostic.args,
  };
}
