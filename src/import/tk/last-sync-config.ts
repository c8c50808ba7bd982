import { isMap, isScalar, parseDocument, type Document } from 'yaml';

/**
 * The register's `toezegging.config.yaml` text with `import.tk.last_sync` set.
 * The file is the user's: an existing value is replaced in place and a missing
 * block appended, so comments and layout stay as they were. Only a config that
 * already has an `import:` block without this key is re-serialised by `yaml`.
 */
export function withLastSync(text: string | undefined, value: string): string {
  const quoted = JSON.stringify(value);
  const block = `import:\n  tk:\n    last_sync: ${quoted}\n`;
  if (text === undefined || text.trim() === '') return `${text ?? ''}${block}`;
  // Typed as a plain document: new values are built nodes, not parsed ones.
  const document: Document = parseDocument(text, { version: '1.2' });
  const root = document.contents;
  if (!isMap(root) || !root.has('import')) return `${text}${text.endsWith('\n') ? '' : '\n'}${block}`;
  const current = document.getIn(['import', 'tk', 'last_sync'], true);
  if (isScalar(current) && current.range) {
    const [start, end] = current.range;
    return `${text.slice(0, start)}${quoted}${text.slice(end)}`;
  }
  if (isMap(root.get('import', true)) && isMap(document.getIn(['import', 'tk'], true))) document.setIn(['import', 'tk', 'last_sync'], value);
  else if (isMap(root.get('import', true))) document.setIn(['import', 'tk'], document.createNode({ last_sync: value }));
  else root.set('import', document.createNode({ tk: { last_sync: value } }));
  return document.toString({ lineWidth: 0 });
}
