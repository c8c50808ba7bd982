import { isMap, isScalar, parseDocument, type Document } from 'yaml';

/** The field the sync point is taken from, written next to it so that an older point (a `GewijzigdOp`) is recognised. */
export const LAST_SYNC_FIELD = 'ApiGewijzigdOp';

/** Replaces the scalar `node` of `text` by `value`, keeping everything around it. */
function replaceScalar(text: string, node: unknown, value: string): string | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  return `${text.slice(0, start)}${value}${text.slice(end)}`;
}

/** `last_sync_field` added on the line after a block-style `last_sync`, at its indentation; undefined when it is not written that way. */
function addFieldAfter(text: string, node: unknown): string | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const lineStart = text.lastIndexOf('\n', node.range[0]) + 1;
  const indent = /^([ ]*)last_sync:/.exec(text.slice(lineStart))?.[1];
  if (indent === undefined) return undefined;
  const lineEnd = text.indexOf('\n', node.range[1]);
  const at = lineEnd === -1 ? text.length : lineEnd;
  return `${text.slice(0, at)}\n${indent}last_sync_field: ${LAST_SYNC_FIELD}${text.slice(at)}${lineEnd === -1 ? '\n' : ''}`;
}

/**
 * The register's `toezegging.config.yaml` text with `import.tk.last_sync` set
 * (and `last_sync_field` saying what it is). The file is the user's: existing
 * values are replaced in place and a missing block appended, so comments and
 * layout stay as they were. Only a config whose `import:` block is laid out
 * otherwise is re-serialised by `yaml`.
 */
export function withLastSync(text: string | undefined, value: string): string {
  const quoted = JSON.stringify(value);
  const block = `import:\n  tk:\n    last_sync: ${quoted}\n    last_sync_field: ${LAST_SYNC_FIELD}\n`;
  if (text === undefined || text.trim() === '') return `${text ?? ''}${block}`;
  // Typed as a plain document: new values are built nodes, not parsed ones.
  const document: Document = parseDocument(text, { version: '1.2' });
  const root = document.contents;
  if (!isMap(root) || !root.has('import')) return `${text}${text.endsWith('\n') ? '' : '\n'}${block}`;
  const current = document.getIn(['import', 'tk', 'last_sync'], true);
  const field = document.getIn(['import', 'tk', 'last_sync_field'], true);
  // The later node first, so that the earlier one's offsets still hold.
  if (isScalar(field) && field.range && isScalar(current) && current.range) {
    const [first, second] = field.range[0] > current.range[0] ? [current, field] : [field, current];
    const valueOf = (node: unknown): string => (node === field ? LAST_SYNC_FIELD : quoted);
    const inner = replaceScalar(text, second, valueOf(second))!;
    return replaceScalar(inner, first, valueOf(first))!;
  }
  if (field === undefined && isScalar(current) && current.range) {
    const withField = addFieldAfter(text, current);
    if (withField !== undefined) return replaceScalar(withField, current, quoted)!;
  }
  const state = { last_sync: value, last_sync_field: LAST_SYNC_FIELD };
  if (isMap(root.get('import', true)) && isMap(document.getIn(['import', 'tk'], true))) {
    document.setIn(['import', 'tk', 'last_sync'], value);
    document.setIn(['import', 'tk', 'last_sync_field'], LAST_SYNC_FIELD);
  } else if (isMap(root.get('import', true))) document.setIn(['import', 'tk'], document.createNode(state));
  else root.set('import', document.createNode({ tk: state }));
  return document.toString({ lineWidth: 0 });
}
