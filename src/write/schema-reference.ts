import { existsSync } from 'node:fs';
import path from 'node:path';

export const SOURCE_SCHEMA = 'toezegging.schema.json';
export const CONFIG_SCHEMA = 'toezegging.config.schema.json';
/** Where `init` copies the schemas, inside the register, so that every clone of it has them. */
export const SCHEMA_FOLDER = 'schema';

/**
 * The `$schema` path for a new file's `# yaml-language-server:` line,
 * relative to the file's folder: the register's own copy of the schema (made
 * by `init`), else the register's own installed toezegging. Never a path into
 * this machine's global install, which no other clone of the register has:
 * without a copy in the register there is no line.
 */
export function schemaReference(fileFolder: string, registerRoot: string, schema: string): string | undefined {
  const candidates = [path.join(registerRoot, SCHEMA_FOLDER, schema), path.join(registerRoot, 'node_modules', 'toezegging', 'schema', schema)];
  const target = candidates.find((candidate) => existsSync(candidate));
  return target === undefined ? undefined : path.relative(fileFolder, target).split(path.sep).join('/');
}

/** The comment line that points an editor at the schema; none without a reference. */
export function schemaComment(reference: string | undefined): string[] {
  return reference === undefined ? [] : [`# yaml-language-server: $schema=${reference}`];
}
