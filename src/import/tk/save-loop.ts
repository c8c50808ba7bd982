import { PAGE_SIZE, TK_EXPAND, TK_ORDER, TK_URL } from './odata-client.js';

/** The widest line of the script, so that help shows it whole at 80 columns. */
const WIDEST = 78;

/** `a,b($x=c,d),e` → `a`, `b($x=c,d)`, `e`: the parts of an `$expand`, commas inside brackets kept. */
function topLevelParts(list: string): string[] {
  const parts: string[] = [''];
  let depth = 0;
  for (const char of list) {
    if (char === ',' && depth === 0) {
      parts.push('');
      continue;
    }
    if (char === '(') depth++;
    if (char === ')') depth--;
    parts[parts.length - 1] += char;
  }
  return parts;
}

/**
 * The shell commands, as help shows them, that save every page of the
 * Kamer's register with the expansions the import reads, for `--from`. The
 * query is built up in a variable over short lines, single-quoted so that
 * its `$` signs stay literal, which keeps each line copyable and within 80
 * columns.
 */
export function saveLoopScript(): string {
  const query: string[] = [];
  for (const part of topLevelParts(TK_EXPAND)) {
    const last = query.at(-1);
    if (last !== undefined && `${last},${part}'`.length <= WIDEST) query[query.length - 1] = `${last},${part}`;
    else query.push(last === undefined ? `  $ q='$expand=${part}` : `  $ q="$q"',${part}`);
  }
  return [
    `  $ url='${TK_URL}'`,
    ...query.map((line) => `${line}'`),
    `  $ q="$q"'&$orderby=${TK_ORDER}'`,
    '  $ skip=0; while :; do',
    '      page=$(curl -fsS "$url?$q&\\$skip=$skip") || break',
    `      case $page in *'"value":[]'*) break;; esac`,
    `      echo "$page"; skip=$((skip + ${PAGE_SIZE}))`,
    '    done > toezeggingen.ndjson',
  ].join('\n');
}
