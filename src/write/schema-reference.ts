import { existsSync } from 'node:fs';
import path from 'node:path';

export const SOURCE_SCHEMA = 'toezegging.schema.json';
export const CONFIG_SCHEMA = 'toezegging.config.schema.json';

/**
 * The `$schema` path for a new file's `# yaml-language-server:` line,
 * relative to the file's folder: the register's own installed copy of
 * toezegging when it has one (stable across machines), else this program's.
 */
export function schemaReference(fileFolder: string, registerRoot: string, packageRoot: string, schema: string): string {
  const local = path.join(registerRoot, 'node_modules', 'toezegging', 'schema', schema);
  const target = existsSync(local) ? local : path.join(packageRoot, 'schema', schema);
  const relative = path.relative(fileFolder, target);
  // On another drive (Windows) there is no relative path; the absolute one still works.
  return (path.isAbsolute(relative) ? target : relative).split(path.sep).join('/');
}

export function schemaComment(reference: string): string {
  return `# yaml-language-server: $schema=${reference}`;
}
