import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { invoke, type Outcome } from './fuzz-cli.js';

/**
 * Writes against a cold read: a register of a few files whose commitments
 * link across files (`depends_on`, `due: {after, within}`, deliveries on a
 * day not recorded), some tied to an event or recurring, then a run of
 * writes and hand edits. After each step, every read that a warm cache
 * serves (check, status, list, report, show and export, as text and JSON,
 * in both languages) answers as it does without a cache, on a day the step
 * picks that moves commitments across states: a write planned from the
 * cache accepts only what a whole check accepts, and leaves nothing a later
 * read trusts wrongly. A short run on every `npm test`; `npm run fuzz` runs many
 * more (FUZZ_RUNS, FUZZ_SEED).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const PHRASES = ['zomer 2026', 'Q3 2026', 'eind 2026', 'voor het zomerreces 2026', 'binnen drie maanden', '2026-05-01', 'jaarlijks vóór het zomerreces', 'voor het commissiedebat Visserij'];
/** The last one fits only while what it counts from is not delivered. */
const SPANS = ['3 maanden', '2 weken', '7990 jaar'];
const DAYS = ['2026-03-01', '2026-07-15', '2020-01-01'];
/** Days the reads are made on: before the windows, inside them, after them, a year on (a series rolled over). */
const AS_OF = ['2026-02-01', '2026-06-01', '2026-08-20', '2027-09-01'];
/** A note with what JSON text must escape or a cache line must keep apart: quotes, a backslash, a tab, a newline, U+2028, an emoji. */
const NOTE = 'stap "%" \\ \t regel\nvolgende \u2028 😀';

const commitment = fc.record({
  due: fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...PHRASES) }, { weight: 1, arbitrary: fc.record({ after: fc.nat(20), within: fc.constantFrom(...SPANS) }) }),
  dependsOn: fc.option(fc.nat(20), { freq: 3 }),
  state: fc.constantFrom('open', 'open', 'closed', 'delivered', 'undated'),
});

/** The files of the register, and whether they lie in folders (a deep layout) or side by side. */
const register = fc.record({ files: fc.array(fc.array(commitment, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 3 }), deep: fc.boolean() });

const step = fc.oneof(
  fc.record({ kind: fc.constant('deliver' as const), target: fc.nat(20), on: fc.constantFrom(...DAYS), partial: fc.boolean() }),
  fc.record({ kind: fc.constant('note' as const), target: fc.nat(20) }),
  fc.record({ kind: fc.constant('status' as const), target: fc.nat(20), status: fc.constantFrom('open', 'closed', 'lapsed', 'partial') }),
  fc.record({ kind: fc.constant('due' as const), target: fc.nat(20), phrase: fc.constantFrom(...PHRASES) }),
  fc.record({ kind: fc.constant('add' as const), file: fc.nat(3), after: fc.option(fc.nat(20)), within: fc.constantFrom(...SPANS), dependsOn: fc.option(fc.nat(20)) }),
  fc.record({ kind: fc.constant('hand' as const), file: fc.nat(3), edit: fc.constantFrom('undated', 'dated', 'due', 'url', 'comment', 'rename') }),
  fc.record({ kind: fc.constant('event' as const), target: fc.nat(20), on: fc.constantFrom(...DAYS) }),
);

const read = fc.record({ asOf: fc.constantFrom(...AS_OF), lang: fc.constantFrom('en', 'nl') });

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

function sourceFile(index: number, items: readonly (typeof commitment extends fc.Arbitrary<infer C> ? C : never)[], ids: readonly string[]): string {
  const lines = ['source:', `  id: s${index}`, '  type: brief', `  title: 'Bron ${index} "${index}"'`, `  date: 2026-0${index + 1}-10`, `  url: https://example.org/${index}`, 'commitments:'];
  items.forEach((item, at) => {
    const id = `c${index}${at}`;
    // Links only to commitments made before it: a cycle would leave the register invalid, every read an error with or without the cache.
    const earlier = ids.slice(0, ids.indexOf(id));
    lines.push(`  - id: ${id}`, `    title: Toezegging ${id}`);
    if (typeof item.due === 'string' || earlier.length === 0) lines.push(`    due: ${typeof item.due === 'string' ? item.due : PHRASES[0]}`);
    else lines.push(`    due: {after: ${earlier[item.due.after % earlier.length]}, within: "${item.due.within}"}`);
    if (item.dependsOn !== null && earlier.length > 0) lines.push(`    depends_on: [${earlier[item.dependsOn % earlier.length]}]`);
    if (item.state === 'closed') lines.push('    status: closed');
    if (item.state === 'delivered') lines.push('    status: delivered', '    delivered: {on: 2026-02-01}');
    if (item.state === 'undated') lines.push('    status: delivered', '    delivered: {date_unknown: true}');
    lines.push(`    to: [Lid ${at}]`, `    tags: [t${at % 2}]`, `    notes: "Noot \\"${id}\\" \\\\ \\u2029 😀\\nregel"`);
  });
  return `${lines.join('\n')}\n`;
}

/** The first commitment of a file that is not delivered yet, given a delivery by hand. */
function handEdit(text: string, edit: Step & { kind: 'hand' }): string {
  const open = /( {2}- id: \S+\n {4}title: [^\n]+\n {4}due: [^\n]+\n)(?! {4}(?:depends_on: [^\n]+\n {4})?status)/;
  if (edit.edit === 'undated') return text.replace(open, '$1    status: delivered\n    delivered: {date_unknown: true}\n');
  if (edit.edit === 'dated') return text.replace(open, '$1    status: delivered\n    delivered: {on: 2026-04-01}\n');
  if (edit.edit === 'due') return text.replace(/ {4}due: [^{\n][^\n]*\n/, '    due: Q4 2026\n');
  // The source's url is printed with each of its commitments.
  if (edit.edit === 'url') return text.replace(/ {2}url: \S+/, (url) => `${url}/nieuw`);
  return `${text}# bijgewerkt\n`;
}

type Read = typeof read extends fc.Arbitrary<infer R> ? R : never;

/** What a read after a step runs: every command a warm cache answers, on the step's day and in its language. */
function readsOf({ asOf, lang }: Read, id: string): string[][] {
  const day = ['--as-of', asOf, '--lang', lang];
  return [
    ['check', '--json'],
    ['status', ...day],
    ['status', '--json', ...day],
    ['list', '--json', ...day],
    ['report', '--format', 'json', ...day],
    ['show', id, '--json', ...day],
    ['export', '--format', 'json', ...day],
    ['export', '--format', 'csv', ...day],
    ['export', '--format', 'ics', ...day],
  ];
}

async function holdsFor({ files, deep }: { files: Parameters<typeof sourceFile>[1][]; deep: boolean }, steps: [Step, Read][]): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'toezegging-fuzz-writes-'));
  const dir = join(work, 'register');
  const cache = join(work, 'cache');
  const ids = files.flatMap((items, index) => items.map((_, at) => `c${index}${at}`));
  try {
    mkdirSync(dir);
    files.forEach((items, index) => {
      const folder = deep ? join(dir, `map-${index % 2}`, 'brieven') : dir;
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `s${index}.yaml`), sourceFile(index, items, ids));
    });
    const warm = (argv: string[]) => invoke([...argv, '--data', dir], { TOEZEGGING_CACHE_DIR: cache });
    const cold = (argv: string[]) => invoke([...argv, '--data', dir], { TOEZEGGING_NO_CACHE: '1' });
    await warm(['status']);
    const done: string[] = [];
    for (const [at, [one, day]] of steps.entries()) {
      let outcome: Outcome | undefined;
      const id = ids[('target' in one ? one.target : 0) % ids.length]!;
      if (one.kind === 'hand') {
        const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml')).sort();
        const name = names[one.file % names.length]!;
        if (one.edit === 'rename') renameSync(join(dir, name), join(dir, `r${at}.yaml`));
        else writeFileSync(join(dir, name), handEdit(readFileSync(join(dir, name), 'utf8'), one));
        done.push(`${one.edit} ${name} by hand`);
      } else {
        const argv =
          one.kind === 'deliver' ? ['deliver', id, '--on', one.on, ...(one.partial ? ['--partial'] : [])]
          : one.kind === 'note' ? ['note', id, NOTE.replace('%', String(at))]
          : one.kind === 'event' ? ['set', id, 'event-date', one.on]
          : one.kind === 'status' ? ['set', id, 'status', one.status]
          : one.kind === 'due' ? ['set', id, 'due', one.phrase]
          : addArgs(one, at, ids, files.length);
        outcome = await warm([...argv, '--lang', 'en']);
        if (one.kind === 'add' && outcome.code === 0) ids.push(`n${at}`);
        done.push(`${argv.join(' ')} -> ${outcome.code}`);
        if (outcome.code === 70 || /\n\s+at .+:\d+:\d+\)?/.test(outcome.stderr)) throw new Error(`internal error after ${done.join('; ')}: ${outcome.stderr}`);
      }
      for (const argv of readsOf(day, ids[at % ids.length]!)) {
        const [cached, plain] = [await warm(argv), await cold(argv)];
        if (cached.code !== plain.code || cached.stdout !== plain.stdout) {
          throw new Error(`${argv.join(' ')} differs with the cache after: ${done.join('; ')}\nwith the cache (${cached.code}): ${cached.stdout.slice(0, 2000)}\nwithout (${plain.code}): ${plain.stdout.slice(0, 2000)}`);
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `file` past the register's sources: a new source file. */
function addArgs(one: Step & { kind: 'add' }, at: number, ids: readonly string[], sources: number): string[] {
  const argv = ['add', '--id', `n${at}`, '--title', `Nieuw ${at}`];
  argv.push(...(one.file < sources ? ['--source', `s${one.file}`] : ['--source', `nieuw-${at}`, '--source-title', 'Nieuw', '--source-date', '2026-01-10']));
  argv.push(...(one.after === null ? ['--due', 'Q4 2026'] : ['--after', ids[one.after % ids.length]!, '--within', one.within]));
  if (one.dependsOn !== null) argv.push('--depends-on', ids[one.dependsOn % ids.length]!);
  return argv;
}

describe('writes against a cold read', () => {
  it(`leave what a read without the cache gives (${RUNS} registers)`, async () => {
    await fc.assert(fc.asyncProperty(register, fc.array(fc.tuple(step, read), { minLength: 1, maxLength: 6 }), holdsFor), { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });
  }, Math.max(60_000, RUNS * 20_000));
});
