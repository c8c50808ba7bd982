import type { YAMLMap } from 'yaml';
import type { ParsedTree } from '../parse-yaml.js';
import type { Source, SourceDate } from '../model.js';
import { readCommitment, type ReadCommitment } from './commitment.js';
import { kindOf, type Located, type Reader } from './reader.js';
import { readSource } from './source.js';

const TOP_FIELDS = ['source', 'commitments'] as const;

export interface ReadSourceFile {
  source?: Source;
  /** The source's date when it reads, even when the source is broken. */
  sourceDate?: SourceDate;
  sourceId?: Located<string>;
  commitments: ReadCommitment[];
}

/** Reads one source file: a `source:` block and a list of `commitments:`. */
export function readSourceFile(reader: Reader, document: ParsedTree): ReadSourceFile {
  const root = document.contents;
  const kind = kindOf(root);
  if (kind === 'null') {
    // Also a file of only comments: a source file must say which document it is about.
    reader.report('E_EMPTY_FILE', null);
    return { commitments: [] };
  }
  if (kind !== 'mapping') {
    if (kind !== 'alias') reader.report('E_ROOT_NOT_MAPPING', root, { actual: kind });
    return { commitments: [] };
  }
  const map = root as YAMLMap;
  const fields = reader.fields(map, TOP_FIELDS);
  const sourceField = reader.require(map, fields, 'source', 'source');
  const { source, id, date } = sourceField ? readSource(reader, sourceField) : {};
  // A file may list no commitments yet: the source is then recorded on its own.
  const list = reader.list(fields.get('commitments'), 'commitments');
  const commitments = (list?.items ?? []).map((item) => readCommitment(reader, item, source?.id, date));
  return { source, sourceDate: date, sourceId: id, commitments };
}
