import { addMonths, type CivilDate } from '../core/civil-date.js';
import { CONFIG_FILE } from '../register/load.js';
import type { Messages } from '../messages/index.js';
import { LOCK_FILE } from '../register/lock.js';
import { SOURCES_FOLDER } from './add-commitment.js';
import path from 'node:path';
import { CONFIG_SCHEMA, schemaComment, SCHEMA_FOLDER, SOURCE_SCHEMA } from './schema-reference.js';
import { scalar } from './yaml-edit.js';

export interface InitialFilesInput {
  asOf: CivilDate;
  /** The texts of the JSON Schemas, copied into the register so that its files point at a schema in every clone. */
  schemas: { config: string; source: string };
  /** Whether to add a `.gitignore` (only when the folder has none). */
  gitignore: boolean;
}

export const EXAMPLE_SOURCE = `${SOURCES_FOLDER}/voorbeeld.yaml`;

/** The files of a new register, in the order they are created; texts in the user's language. */
export function initialFiles(input: InitialFilesInput, messages: Messages): Array<{ path: string; text: string }> {
  const words = messages.write.init;
  const config = [...schemaComment(path.posix.join(SCHEMA_FOLDER, CONFIG_SCHEMA)), '#', ...words.configComments.map(comment), ''].join('\n');
  const example = [
    ...schemaComment(path.posix.relative(SOURCES_FOLDER, path.posix.join(SCHEMA_FOLDER, SOURCE_SCHEMA))),
    '#',
    ...words.exampleComments.map(comment),
    'source:',
    '  id: voorbeeld',
    '  type: brief',
    `  title: ${scalar(words.exampleSourceTitle, false)}`,
    `  date: ${input.asOf}`,
    '',
    'commitments:',
    '  - id: voorbeeld-toezegging',
    `    title: ${scalar(words.exampleTitle, false)}`,
    `    quote: ${scalar(words.exampleQuote, false)}`,
    '    due: binnen 3 maanden',
    '    status: open',
    `    tags: [${scalar(words.exampleTag, true)}]`,
    `    # ${words.exampleDueComment(addMonths(input.asOf, 3))}`,
    '',
  ].join('\n');
  const files = [
    { path: CONFIG_FILE, text: config },
    { path: EXAMPLE_SOURCE, text: example },
    { path: `${SCHEMA_FOLDER}/${SOURCE_SCHEMA}`, text: input.schemas.source },
    { path: `${SCHEMA_FOLDER}/${CONFIG_SCHEMA}`, text: input.schemas.config },
  ];
  // The lock and the temporary files of an interrupted write are never data to commit.
  if (input.gitignore) files.push({ path: '.gitignore', text: [`# ${words.gitignoreComment}`, LOCK_FILE, `${LOCK_FILE}.*`, '.*.tmp', ''].join('\n') });
  return files;
}

function comment(line: string): string {
  return line === '' ? '#' : `# ${line}`;
}
