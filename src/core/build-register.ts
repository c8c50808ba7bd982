import { withOverrides, type Calendar } from './calendar.js';
import type { LoadedFile } from '../register/load.js';
import type { Diagnostic, Register, RegisterConfig } from './model.js';
import { parseFile, textsOf } from './parse-yaml.js';
import { resolveDeadlines, type ResolvedDeadlines } from './resolve-deadlines.js';
import { uncheckedDeadlineDiagnostics } from './unchecked-deadlines.js';
import { sortDiagnostics } from './sort-diagnostics.js';
import { combineFiles, validateFile, type FileValidation, type Validated } from './validate/validate.js';

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

/** What checking the register as a whole adds to its files' own checks: the register, its calendar and deadlines, every finding. Pure. */
export function buildFromValidations(files: Iterable<FileValidation>, shippedCalendar: Calendar): Omit<BuiltRegister, 'texts'> & { validated: Validated } {
  const validated = combineFiles(files);
  const calendar = withOverrides(shippedCalendar, validated.config.recesses);
  const deadlines = resolveDeadlines(validated.register, calendar);
  return {
    register: validated.register,
    config: validated.config,
    calendar,
    deadlines,
    diagnostics: sortDiagnostics([...validated.diagnostics, ...deadlines.diagnostics, ...uncheckedDeadlineDiagnostics(validated.uncheckedDues, calendar)]),
    validated,
  };
}

/**
 * parse → validate → resolve deadlines, over files already read. Never throws
 * on bad content. Files are parsed one at a time as validation asks for them,
 * so only one YAML syntax tree is alive at once: the trees of a large register
 * would otherwise take most of its memory.
 */
export function buildRegister(files: readonly LoadedFile[], shippedCalendar: Calendar): BuiltRegister {
  const texts = new Map<string, string>();
  function* validations(): Generator<FileValidation> {
    for (const file of files) {
      const one = parseFile(file);
      for (const [path, text] of textsOf([one])) texts.set(path, text);
      yield validateFile(one);
    }
  }
  const { validated: _, ...built } = buildFromValidations(validations(), shippedCalendar);
  return { ...built, texts };
}
