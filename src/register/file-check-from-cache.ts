import type { Commitment, RegisterConfig, Source } from '../core/model.js';
import type { Reference } from '../core/validate/commitment.js';
import type { FileValidation } from '../core/validate/validate.js';
import { CONFIG_FILE } from './load.js';

/**
 * A clean file's own check holds little beyond its source and commitments:
 * where each id is written and how long it is there, the places of its links,
 * the day its relative deadlines count from. When every id is written plain
 * (its place as long as the id) and nothing in the file links to another
 * commitment, all of that follows from the source and the commitments, which
 * the register cache keeps: the check is then given back from the cache's
 * lines (`checkFromCache`), and the file needs no per-file entry of its own.
 * At 100,000 commitments those entries were 70 MB made and written on every
 * first read, a third of its time.
 */
export function rebuildsFromCache(validation: FileValidation): boolean {
  if (!validation.read || validation.diagnostics.length > 0) return false;
  if (validation.role === 'config') return validation.config !== undefined;
  const read = validation.source;
  const source = read?.source;
  if (!read || !source || !sameDate(read.sourceDate, source.date) || read.sourceId?.value !== source.id || read.sourceId.spot.length !== source.id.length) return false;
  return read.commitments.every(
    ({ id, checked, links }) =>
      checked !== undefined &&
      id?.value === checked.commitment.id &&
      id.spot.length === id.value.length &&
      checked.refs.length === 0 &&
      links.refs.length === 0 &&
      links.due === checked.commitment.due &&
      links.anchor === (checked.commitment.made ?? source.date.anchor),
  );
}

const sameDate = (a: Source['date'] | undefined, b: Source['date']): boolean => a !== undefined && a.text === b.text && a.anchor === b.anchor && a.precision === b.precision;

/** The paths of the files whose checks `rebuildsFromCache`. */
export function rebuildingPaths(validations: Iterable<FileValidation>): Set<string> {
  const paths = new Set<string>();
  for (const validation of validations) if (rebuildsFromCache(validation)) paths.add(validation.path);
  return paths;
}

/**
 * The own check of a file that `rebuildsFromCache`, from what the register
 * cache holds of it: the register's settings for the config file, else the
 * file's one source and its commitments. Undefined when that is not what a
 * clean source file holds.
 */
export function checkFromCache(path: string, config: RegisterConfig, sources: readonly Source[], commitments: readonly Commitment[]): FileValidation | undefined {
  if (path === CONFIG_FILE) return { path, role: 'config', diagnostics: [], read: true, config };
  const [source] = sources;
  if (sources.length !== 1 || source === undefined) return undefined;
  return {
    path,
    role: 'source',
    diagnostics: [],
    read: true,
    source: {
      source,
      sourceDate: source.date,
      sourceId: { value: source.id, spot: { ...source.position, length: source.id.length } },
      commitments: commitments.map((commitment) => {
        const refs: Reference[] = [];
        return {
          id: { value: commitment.id, spot: { ...commitment.position, length: commitment.id.length } },
          checked: { commitment, refs },
          links: { refs, due: commitment.due, anchor: commitment.made ?? source.date.anchor },
        };
      }),
    },
  };
}
