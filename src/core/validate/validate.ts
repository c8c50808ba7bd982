import type { Diagnostic, Register, RegisterConfig, Source } from '../model.js';
import type { ParsedFile } from '../parse-yaml.js';
import type { FileRole } from '../../register/load.js';
import type { UncheckedDue } from '../unchecked-deadlines.js';
import type { CheckedCommitment, Reference } from './commitment.js';
import { readConfig } from './config.js';
import { duplicate, unknownReferences } from './cross-references.js';
import { dependencyCycles } from './cycles.js';
import { duplicateImports } from './duplicate-imports.js';
import { Reader, type Spot } from './reader.js';
import { undatedPrerequisites } from './undated-prerequisites.js';
import { readSourceFile, type ReadSourceFile } from './source-file.js';
import { sortDiagnostics } from '../sort-diagnostics.js';

export interface Validated {
  /**
   * The sources and commitments that validated in full. When `diagnostics`
   * holds errors this is partial: references may then name commitments that
   * are not in it, and may form cycles.
   */
  register: Register;
  config: RegisterConfig;
  /** Every problem in every file, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** The deadlines of commitments left out of `register`, to be resolved for their errors only. */
  uncheckedDues: UncheckedDue[];
}

/**
 * One file checked on its own: everything validation learns from a file
 * without looking at the others. Plain data, so that the store can keep it
 * per file, by content, and check the register again without the YAML.
 */
export interface FileValidation {
  path: string;
  role: FileRole;
  /** What reading, parsing and the file's own checks found. */
  diagnostics: Diagnostic[];
  /** Absent when the file could not be read, decoded or parsed. */
  config?: RegisterConfig;
  source?: ReadSourceFile;
  read: boolean;
}

/** Checks one parsed file on its own. */
export function validateFile(file: ParsedFile): FileValidation {
  const diagnostics = [...file.diagnostics];
  const base = { path: file.path, role: file.role, diagnostics };
  if (!file.document) return { ...base, read: false };
  const reader = new Reader(file.path, file.lineCounter, diagnostics);
  if (file.role === 'config') return { ...base, read: true, config: readConfig(reader, file.document) };
  return { ...base, read: true, source: readSourceFile(reader, file.document) };
}

/** Turns parsed files into a typed register, collecting every problem rather than stopping at the first. */
export function validateRegister(files: Iterable<ParsedFile>): Validated {
  function* each(): Generator<FileValidation> {
    for (const file of files) yield validateFile(file);
  }
  return combineFiles(each());
}

/**
 * The checks that span files (duplicate ids, references to nothing, cycles),
 * over files checked one by one: the register, from its files' validations.
 */
export function combineFiles(files: Iterable<FileValidation>): Validated {
  const diagnostics: Diagnostic[] = [];
  let config: RegisterConfig = { recesses: [] };
  const sources: Source[] = [];
  const checked: CheckedCommitment[] = [];
  // Every reference, broken commitments' too: a reference to nothing is a mistake of its own.
  const refs: Reference[] = [];
  const uncheckedDues: UncheckedDue[] = [];
  const sourceIds = new Map<string, Spot>();
  const commitmentIds = new Map<string, Spot>();
  let everyFileRead = true;

  for (const file of files) {
    for (const diagnostic of file.diagnostics) diagnostics.push(diagnostic);
    if (!file.read) {
      everyFileRead = false;
      continue;
    }
    if (file.config) {
      config = file.config;
      continue;
    }
    const read = file.source;
    if (!read) continue;
    let sourceAccepted = read.source !== undefined;
    if (read.sourceId) {
      const first = sourceIds.get(read.sourceId.value);
      if (first) {
        diagnostics.push(duplicate('E_DUPLICATE_SOURCE_ID', read.sourceId.value, read.sourceId.spot, first));
        // Its commitments would otherwise be dated by the other file's source.
        sourceAccepted = false;
      } else {
        sourceIds.set(read.sourceId.value, read.sourceId.spot);
      }
    }
    if (sourceAccepted && read.source) sources.push(read.source);
    for (const { id, checked: commitment, links } of read.commitments) {
      for (const ref of links.refs) refs.push(ref);
      const first = id && commitmentIds.get(id.value);
      if (id && first) diagnostics.push(duplicate('E_DUPLICATE_ID', id.value, id.spot, first));
      else if (id) commitmentIds.set(id.value, id.spot);
      if (commitment && !first && sourceAccepted) checked.push(commitment);
      else if (links.due) uncheckedDues.push({ due: links.due, anchor: links.anchor });
    }
  }

  // A file that could not be read may declare the ids that look unknown: report those once it reads.
  if (everyFileRead) for (const diagnostic of unknownReferences(refs, commitmentIds)) diagnostics.push(diagnostic);
  for (const diagnostic of dependencyCycles(checked)) diagnostics.push(diagnostic);
  for (const diagnostic of undatedPrerequisites(checked)) diagnostics.push(diagnostic);
  for (const diagnostic of duplicateImports(checked.map(({ commitment }) => commitment))) diagnostics.push(diagnostic);

  return {
    register: { sources, commitments: checked.map(({ commitment }) => commitment) },
    config,
    diagnostics: sortDiagnostics(diagnostics),
    uncheckedDues,
  };
}
