import { parse, stringify } from 'yaml';
import { BLOCK_YAML_OPTIONS, ONE_LINE_OPTIONS } from '../../../src/import/tk/block-yaml.js';

/** Whether `yaml` writes this string, as the value of a key, so that it reads back as other text. */
export function yamlMisreads(text: string): boolean {
  try {
    return (parse(stringify({ k: text }, BLOCK_YAML_OPTIONS), { version: '1.2' }) as { k: unknown }).k !== text;
  } catch {
    return true;
  }
}

const MARK = 'misread-string-mark-';

function markMisread(value: unknown, misread: string[]): unknown {
  if (typeof value === 'string') return yamlMisreads(value) ? `${MARK}${misread.push(value) - 1}` : value;
  if (Array.isArray(value)) return value.map((item: unknown) => markMisread(item, misread));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, markMisread(field, misread)]));
}

/**
 * The texts the writer may give for a document: what `yaml` writes, or, for
 * a document with strings `yaml` would misread, the same with each of those
 * strings double-quoted on one line as `yaml` writes it with
 * `ONE_LINE_OPTIONS`. (A document the writer leaves to `yaml` whole keeps
 * `yaml`'s text; a document without such strings has only one right text.)
 */
export function rightTexts(document: Record<string, unknown>): string[] {
  const byYaml = stringify(document, BLOCK_YAML_OPTIONS);
  const misread: string[] = [];
  const marked = markMisread(document, misread);
  if (misread.length === 0) return [byYaml];
  const oneLine = stringify(marked, BLOCK_YAML_OPTIONS).replace(new RegExp(`${MARK}(\\d+)`, 'g'), (_, index: string) =>
    stringify({ k: misread[Number(index)] }, ONE_LINE_OPTIONS).slice(3, -1),
  );
  return [byYaml, oneLine];
}
