import { withOverrides, type Calendar } from './calendar.js';
import type { LoadedFile } from './load.js';
import type { Diagnostic, Register, RegisterConfig } from './model.js';
import { parseFile, textsOf } from './parse-yaml.js';
import { resolveDeadlines, type ResolvedDeadlines } from './resolve-deadlines.js';
import { sortDiagnostics, validateRegister } from './validate/validate.js';

export interface BuiltRegister {
  register: Register;
  config: RegisterConfig;
  /** The shipped calendar with the register's own recess dates applied. */
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
  /** Every finding, errors and warnings, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** File texts by path, for excerpts under diagnostics. */
  texts: Map<string, string>;
}

/** parse → validate → resolve deadlines, over files already read. Never throws on bad content. */
export function buildRegister(files: readonly LoadedFile[], shippedCalendar: Calendar): BuiltRegister {
  const parsed = files.map(parseFile);
  const validated = validateRegister(parsed);
  const calendar = withOverrides(shippedCalendar, validated.config.recesses);
  const deadlines = resolveDeadlines(validated.register, calendar);
  return {
    register: validated.register,
    config: validated.config,
    calendar,
    deadlines,
    diagnostics: sortDiagnostics([...validated.diagnostics, ...deadlines.diagnostics]),
    texts: textsOf(parsed),
  };
}
