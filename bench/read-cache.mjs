// The floor under a warm `status`: a bare Node script that reads the summary cache file of the one
// register in a cache folder, line by line, and parses every line, doing nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const name = readdirSync(folder).find((file) => /^register-[0-9a-f]+\.json$/.test(file));
let parsed = 0;
for (const line of readFileSync(join(folder, name), 'latin1').split('\n')) {
  if (line.startsWith('{') || line.startsWith('[')) {
    JSON.parse(line);
    parsed += 1;
  }
}
if (parsed === 0) throw new Error('no cache lines');
