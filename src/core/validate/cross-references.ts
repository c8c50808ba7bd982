import { closest } from '../closest.js';
import type { Diagnostic } from '../model.js';
import type { Reference } from './commitment.js';
import type { Spot } from './reader.js';
import { addTo } from '../list-map.js';

/**
 * Beyond this many ids, did-you-mean looks only among the ids of the file
 * with the reference: `closest` measures every candidate (about 0.8 s per
 * lookup over 100,000 ids), and most references point within their own file.
 */
const REGISTER_WIDE_SUGGESTIONS = 2_000;

/** `E_DUPLICATE_ID` / `E_DUPLICATE_SOURCE_ID` at a later occurrence, naming the first. */
export function duplicate(code: string, id: string, spot: Spot, first: Spot): Diagnostic {
  return { code, severity: 'error', ...spot, args: { id, firstFile: first.file, firstLine: first.line } };
}

/**
 * References (`depends_on`, `due.after`) to ids that no commitment declares.
 * `declared` holds every id written in the register, broken commitments
 * included, so that one mistake is not reported twice.
 */
export function unknownReferences(refs: readonly Reference[], declared: ReadonlyMap<string, Spot>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let everyId: string[] | undefined;
  let idsByFile: Map<string, string[]> | undefined;
  const candidatesFor = (file: string): readonly string[] => {
    if (declared.size <= REGISTER_WIDE_SUGGESTIONS) return (everyId ??= [...declared.keys()]);
    idsByFile ??= groupByFile(declared);
    return idsByFile.get(file) ?? [];
  };
  for (const { target, field, spot } of refs) {
    if (declared.has(target)) continue;
    const suggestion = closest(target, candidatesFor(spot.file), 1)[0];
    diagnostics.push({
      code: 'E_UNKNOWN_REF',
      severity: 'error',
      ...spot,
      args: { id: target, field, ...(suggestion !== undefined && { suggestion }) },
    });
  }
  return diagnostics;
}

function groupByFile(declared: ReadonlyMap<string, Spot>): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const [id, { file }] of declared) addTo(byFile, file, id);
  return byFile;
}
