import { DUTCH_MONTHS } from '../../core/dutch-months.js';
import type { SourceBlock } from './source-file-yaml.js';

/** The folder of the register that holds the imported files. */
export const TK_FOLDER = 'tk';

/** One file per month of the records' numbers: `tk/2024-12.yaml`. */
export function monthFile(month: string): string {
  return `${TK_FOLDER}/${month}.yaml`;
}

/** The source of a month's file. Data, not interface text: it is Dutch whatever `--lang` says. */
export function monthSource(month: string): SourceBlock {
  const [year, number] = month.split('-');
  return {
    id: `TK-${month}`,
    type: 'debat',
    title: `Toezeggingen Tweede Kamer, ${DUTCH_MONTHS[Number(number) - 1]} ${year}`,
    date: month,
  };
}
