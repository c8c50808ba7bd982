import { isScalar, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type Scalar, type YAMLError } from 'yaml';
import { collapseEmptyLines, offsetMapper, type CollapsedText } from './blank-lines.js';
import { decodeText } from './decode.js';
import { lowerBound } from './lower-bound.js';
import { parseSimpleYaml } from './simple-yaml.js';
import type { FileRole, LoadedFile, Refusal } from '../register/load.js';
import type { Diagnostic, Severity } from './model.js';
import { unclosedBracketBefore } from './unclosed-bracket.js';

/** What validation reads of a parsed file: its root node, from `yaml` or from the reader of its plain subset. */
export interface ParsedTree {
  readonly contents: unknown;
}

/** A register file after decoding and parsing: the input of validation. */
export interface ParsedFile {
  path: string;
  role: FileRole;
  /** The decoded text, for excerpts under diagnostics; absent when the bytes were not text. */
  text?: string;
  /**
   * For a file that is not UTF-8: a lossy decoding (bad bytes as U+FFFD), only
   * to quote under the diagnostic; never to be parsed or written back.
   */
  excerpt?: string;
  /** Absent when the file could not be read, decoded or parsed; `diagnostics` then says why. */
  document?: ParsedTree;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

export interface ParsedYaml {
  document?: ParsedTree;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

/** A parse by `yaml` itself. */
export interface YamlParse extends ParsedYaml {
  document?: Document.Parsed;
}

/** Reads, decodes and parses one loaded file; never throws on bad content. */
export function parseFile(file: LoadedFile): ParsedFile {
  const base = { path: file.path, role: file.role };
  if (!file.bytes) {
    const at = { severity: 'error', file: file.path, line: 1, col: 1, length: 1 } as const;
    const diagnostic: Diagnostic = file.refused ? { ...at, ...refusalDiagnostic(file.refused) } : { ...at, code: 'E_READ', args: { reason: file.readError ?? 'EIO' } };
    return { ...base, lineCounter: new LineCounter(), diagnostics: [diagnostic] };
  }
  const decoded = decodeText(file.bytes, file.path);
  if (decoded.diagnostic) {
    // Text in another encoding is still worth quoting under the diagnostic, with the bad bytes shown as �; binary is not.
    const excerpt = decoded.diagnostic.code === 'E_ENCODING' ? { excerpt: new TextDecoder('utf-8').decode(file.bytes) } : {};
    return { ...base, ...excerpt, lineCounter: new LineCounter(), diagnostics: [decoded.diagnostic] };
  }
  return { ...base, text: decoded.text, ...parseYaml(decoded.text, file.path) };
}

function refusalDiagnostic(refused: Refusal): Pick<Diagnostic, 'code' | 'args'> {
  switch (refused.kind) {
    case 'link-outside':
      return { code: 'E_LINK_OUTSIDE', args: { target: refused.target } };
    case 'not-a-file':
      return { code: 'E_NOT_A_FILE', args: {} };
    case 'too-large':
      return { code: 'E_FILE_TOO_LARGE', args: { size: refused.size, limit: refused.limit } };
  }
}

/** The texts of the files that could be decoded, keyed by path: what the diagnostics renderer quotes from. */
export function textsOf(files: readonly ParsedFile[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = file.text ?? file.excerpt;
    if (text !== undefined) texts.set(file.path, text);
  }
  return texts;
}

/**
 * Parses YAML 1.2 (core schema, so `2026-03-01` stays text) keeping every
 * node's position. A text in the plain subset that register files are
 * written in is read by a reader of its own, several times faster; any
 * other text, and so every text with a problem, by `yaml`.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const simple = parseSimpleYaml(text);
  if (simple) return { document: simple, lineCounter: simple.lineCounter, diagnostics: [] };
  return parseWithYaml(text, file);
}

/** Parses with `yaml`, reporting its errors and warnings, duplicate keys and aliases as diagnostics. */
export function parseWithYaml(text: string, file: string): YamlParse {
  const fast = parseCollapsed(text);
  const lineCounter = fast?.lineCounter ?? new LineCounter();
  let document: Document.Parsed;
  try {
    document = fast?.document ?? parseDocument(text, { lineCounter, ...PARSE_OPTIONS });
  } catch (error) {
    // The parser recurses once per level of nesting: a couple of thousand levels overflow the stack on the way back out.
    // (Its composer catches the same overflow itself, as RESOURCE_EXHAUSTION.) Reported where the parser had got to.
    if (!(error instanceof RangeError)) throw error;
    const line = Math.max(1, lineCounter.lineStarts.length);
    const tooDeep: Diagnostic = { file, line, col: 1, length: 1, severity: 'error', code: 'E_YAML', args: { reason: error.message, yamlCode: 'RESOURCE_EXHAUSTION' } };
    return { lineCounter, diagnostics: [tooDeep] };
  }
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, end: number): Pick<Diagnostic, 'file' | 'line' | 'col' | 'length'> => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col, length: Math.max(1, end - offset) };
  };

  // One report per line: a single slip often derails the parser into several errors on the same line.
  const reportedLines = new Set<number>();
  const report = (problem: YAMLError, severity: Severity): void => {
    const bracket = unclosedFlow(problem) ? unclosedBracketBefore(text, problem.pos[0]) : undefined;
    const [start, end] = bracket === undefined ? problem.pos : [bracket, bracket + 1];
    const place = at(start, end);
    if (reportedLines.has(place.line)) return;
    reportedLines.add(place.line);
    diagnostics.push({ ...place, severity, ...classify(problem, severity) });
  };
  for (const error of document.errors) report(error, 'error');
  for (const warning of document.warnings) report(warning, 'warning');
  for (const key of duplicateKeys(document)) {
    const [start, end] = key.range ?? [0, 1];
    const place = at(start, end);
    if (reportedLines.has(place.line)) continue;
    reportedLines.add(place.line);
    diagnostics.push({ ...place, severity: 'error', code: 'E_DUPLICATE_KEY', args: { key: String(key.value) } });
  }

  // Aliases are refused outright rather than bounded with `maxAliasCount`: a register
  // never needs them, and validation reads the node tree directly (never `toJS`), so
  // an alias bomb costs one walk of the unexpanded tree. One report per file, at the
  // first alias: the rest are the same mistake.
  if (text.includes('*')) {
    const aliases: Alias[] = [];
    visit(document, { Alias: (_, alias) => void aliases.push(alias) });
    const first = aliases[0];
    if (first) {
      const [start, end] = first.range ?? [0, 1];
      diagnostics.push({ ...at(start, end), code: 'E_ALIAS', severity: 'error', args: { alias: first.source, count: aliases.length } });
    }
  }

  // A duplicate key leaves a document that is still exactly what was written; a parse error does not.
  return document.errors.length === 0 ? { document, lineCounter, diagnostics } : { lineCounter, diagnostics };
}

// The parser's own duplicate-key check compares every key with every earlier one (50,000 keys: 19 s); duplicateKeys is linear.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, version: '1.2' } as const;

/**
 * The parse of the text with its runs of empty lines collapsed (see
 * blank-lines.ts), every position mapped back to the text as written; or
 * undefined, and the text is parsed as written, when there is no such run,
 * when the parse has an error or a warning (reported exactly as written),
 * or when a scalar spans a run or a node starts on a kept empty line (where
 * the text as written could say otherwise).
 */
function parseCollapsed(text: string): { document: Document.Parsed; lineCounter: LineCounter } | undefined {
  const collapsed = collapseEmptyLines(text);
  if (!collapsed) return undefined;
  let document: Document.Parsed;
  try {
    document = parseDocument(collapsed.text, PARSE_OPTIONS);
  } catch {
    return undefined;
  }
  if (document.errors.length > 0 || document.warnings.length > 0) return undefined;
  const nodes: Node[] = [];
  let plain = true;
  visit(document, {
    Node(_, node) {
      if (!node.range || touchesKeptLine(node, collapsed)) plain = false;
      nodes.push(node);
      return plain ? undefined : visit.BREAK;
    },
  });
  if (!plain) return undefined;
  const toWritten = offsetMapper(collapsed);
  for (const node of nodes) node.range = node.range!.map(toWritten) as [number, number, number];
  document.range = document.range.map(toWritten) as [number, number, number];
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  return { document, lineCounter };
}

/**
 * Whether a node starts on a kept empty line (as written, it might start on
 * any line of the run), or is a scalar whose value runs across one (its
 * content would differ). An end there is the end of the line before, as written too.
 */
function touchesKeptLine(node: Node, collapsed: CollapsedText): boolean {
  const [start, valueEnd] = node.range!;
  const first = firstAtOrAfter(collapsed.kept, start);
  return first === start || (isScalar(node) && first !== undefined && first < valueEnd);
}

function firstAtOrAfter(sorted: readonly number[], offset: number): number | undefined {
  return sorted[lowerBound(sorted, offset)];
}

function classify(problem: YAMLError, severity: Severity): Pick<Diagnostic, 'code' | 'args' | 'length'> {
  switch (problem.code) {
    case 'TAB_AS_INDENT':
      return { code: 'E_TAB_INDENT', args: {} };
    case 'MULTIPLE_DOCS':
      return { code: 'E_MULTIPLE_DOCUMENTS', args: {}, length: 3 };
    default:
      return { code: severity === 'error' ? 'E_YAML' : 'W_YAML', args: { reason: problem.message, yamlCode: unclosedFlow(problem) ? 'UNCLOSED_FLOW' : problem.code } };
  }
}

/**
 * The parser reports a [ or { left open as BAD_INDENT at the line where it gave up, below the bracket; only its own
 * (English) sentence tells the two apart, and "wrong indentation" alone sends the user looking at the wrong line.
 */
function unclosedFlow(problem: YAMLError): boolean {
  return problem.code === 'BAD_INDENT' && /^Flow (?:sequence|mapping)\b.*\bend with a [\]}]/.test(problem.message);
}

/** Every scalar key that repeats an earlier key of the same mapping, in document order: one set per mapping, so linear. */
function duplicateKeys(document: Document.Parsed): Scalar[] {
  const repeated: Scalar[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) repeated.push(pair.key);
        else seen.add(pair.key.value);
      }
    },
  });
  return repeated;
}
