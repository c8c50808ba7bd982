import type { Commitment, Diagnostic } from '../model.js';

/** What makes two commitments one record of a source register: the register and the record's own id there; undefined for a commitment not imported by id. */
export function importedKey(commitment: Pick<Commitment, 'imported'>): string | undefined {
  const imported = commitment.imported;
  return imported?.id === undefined ? undefined : `${imported.from}\0${imported.id}`;
}

/**
 * `W_DUPLICATE_IMPORTED_ID`, at each later commitment made from a record
 * that an earlier one (in the register's order) was made from too: an
 * import makes one commitment per record, so a second one is a copy left
 * behind (a record renumbered or moved to another month) or a hand-made
 * duplicate, and the two would be counted and reported as two promises.
 */
export function duplicateImports(commitments: readonly Commitment[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let first: Map<string, Commitment> | undefined;
  for (const commitment of commitments) {
    const key = importedKey(commitment);
    if (key === undefined) continue;
    first ??= new Map();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, commitment);
      continue;
    }
    diagnostics.push({
      code: 'W_DUPLICATE_IMPORTED_ID',
      severity: 'warning',
      ...commitment.position,
      args: { id: commitment.id, record: commitment.imported!.id!, from: commitment.imported!.from, first: earlier.id, firstFile: earlier.file, firstLine: earlier.position.line },
    });
  }
  return diagnostics;
}
