import { parseDocument } from 'yaml';
import { appendItem, removeKey, setValue, YamlEditError, type PathStep, type YamlValue } from '../../write/yaml-edit.js';
import { commitmentData, type CommitmentData } from './source-file-yaml.js';

/** The keys of a commitment the Kamer owns: the import rewrites these and nothing else. */
export const OWNED_KEYS = ['title', 'quote', 'made', 'due', 'status', 'delivered', 'to', 'imported'] as const;

/** Every key in the order the generated files write them, to place a key the import adds. */
const KEY_ORDER = ['id', 'title', 'quote', 'question', 'made', 'due', 'status', 'delivered', 'depends_on', 'to', 'tags', 'notes', 'history', 'imported'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Makes the value at `path` (now `before`) equal to `after`, touching only what differs, so comments elsewhere in it stay. */
function sync(text: string, path: readonly PathStep[], before: unknown, after: unknown, order: readonly string[]): string {
  if (same(before, after)) return text;
  if (after === undefined) return removeKey(text, path);
  if (!isObject(before) || !isObject(after)) return setValue(text, path, after as YamlValue, { order });
  let result = text;
  const keys = Object.keys(after);
  for (const key of keys) result = sync(result, [...path, key], before[key], after[key], keys);
  for (const key of Object.keys(before)) if (!(key in after)) result = removeKey(result, [...path, key]);
  return result;
}

function commitmentsOf(text: string): Map<string, Json> {
  const list = (parseDocument(text, { version: '1.2' }).toJS() as Json | null)?.commitments;
  const byId = new Map<string, Json>();
  for (const item of Array.isArray(list) ? list : []) if (isObject(item) && typeof item.id === 'string') byId.set(item.id, item);
  return byId;
}

/**
 * A month file's text with the import's changes made the way every other
 * writer makes them (write/yaml-edit.ts): commitments found by id get only
 * their owned keys that differ replaced, removed or inserted; new ones are
 * appended. Comments, quoting, flow lists, other keys and entries added by
 * hand stay as they were. Undefined when the file is laid out in a way these
 * edits cannot make (say, a commitment written as one flow mapping).
 */
export function editMonthFile(text: string, updates: readonly CommitmentData[]): string | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let result = bom ? text.slice(1) : text;
  const current = commitmentsOf(result);
  try {
    for (const update of updates) {
      const data = commitmentData(update);
      const held = current.get(update.id);
      if (!held) {
        result = appendItem(result, ['commitments'], data as YamlValue);
        continue;
      }
      for (const key of OWNED_KEYS) result = sync(result, ['commitments', { id: update.id }, key], held[key], data[key], KEY_ORDER);
    }
  } catch (error) {
    if (error instanceof YamlEditError) return undefined;
    throw error;
  }
  return `${bom}${result}`;
}
