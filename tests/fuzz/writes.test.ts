import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { invoke, type Outcome } from './fuzz-cli.js';

/**
 * Writes against a cold read: a register of a few files whose commitments
 * link across files (`depends_on`, `due: {after, within}`, deliveries on a
 * day not recorded), then a run of writes and hand edits. After each step,
 * `check --json`, `status --json` and `list --json` with the cache the steps
 * left answer as they do without a cache: a write planned from the cache
 * accepts only what a whole check accepts, and leaves nothing a later read
 * trusts wrongly. A short run on every `npm test`; `npm run fuzz` runs many
 * more (FUZZ_RUNS, FUZZ_SEED).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const PHRASES = ['zomer 2026', 'Q3 2026', 'eind 2026', 'voor het zomerreces 2026', 'binnen drie maanden', '2026-05-01'];
/** The last one fits only while what it counts from is not delivered. */
const SPANS = ['3 maanden', '2 weken', '7990 jaar'];
const DAYS = ['2026-03-01', '2026-07-15', '2020-01-01'];

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
  fc.record({ kind: fc.constant('hand' as const), file: fc.nat(3), edit: fc.constantFrom('undated', 'dated', 'due', 'comment', 'rename') }),
);

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

function sourceFile(index: number, items: readonly (typeof commitment extends fc.Arbitrary<infer C> ? C : never)[], ids: readonly string[]): string {
  const lines = ['source:', `  id: s${index}`, '  type: brief', `  title: Bron ${index}`, `  date: 2026-0${index + 1}-10`, 'commitments:'];
  items.forEach((item, at) => {
    const id = `c${index}${at}`;
    const others = ids.filter((other) => other !== id);
    lines.push(`  - id: ${id}`, `    title: Toezegging ${id}`);
    if (typeof item.due === 'string') lines.push(`    due: ${item.due}`);
    else lines.push(`    due: {after: ${others[item.due.after % others.length]}, within: "${item.due.within}"}`);
    if (item.dependsOn !== null) lines.push(`    depends_on: [${others[item.dependsOn % others.length]}]`);
    if (item.state === 'closed') lines.push('    status: closed');
    if (item.state === 'delivered') lines.push('    status: delivered', '    delivered: {on: 2026-02-01}');
    if (item.state === 'undated') lines.push('    status: delivered', '    delivered: {date_unknown: true}');
  });
  return `${lines.join('\n')}\n`;
}

/** The first commitment of a file that is not delivered yet, given a delivery by hand. */
function handEdit(text: string, edit: Step & { kind: 'hand' }): string {
  const open = /( {2}- id: \S+\n {4}title: [^\n]+\n {4}due: [^\n]+\n)(?! {4}(?:depends_on: [^\n]+\n {4})?status)/;
  if (edit.edit === 'undated') return text.replace(open, '$1    status: delivered\n    delivered: {date_unknown: true}\n');
  if (edit.edit === 'dated') return text.replace(open, '$1    status: delivered\n    delivered: {on: 2026-04-01}\n');
  if (edit.edit === 'due') return text.replace(/ {4}due: [^{\n][^\n]*\n/, '    due: Q4 2026\n');
  return `${text}# bijgewerkt\n`;
}

async function holdsFor({ files, deep }: { files: Parameters<typeof sourceFile>[1][]; deep: boolean }, steps: Step[]): Promise<void> {
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
    const warm = (argv: string[]) => invoke([...argv, '--data', dir, '--lang', 'en'], { TOEZEGGING_CACHE_DIR: cache });
    const cold = (argv: string[]) => invoke([...argv, '--data', dir, '--lang', 'en'], { TOEZEGGING_NO_CACHE: '1' });
    await warm(['status']);
    const done: string[] = [];
    for (const [at, one] of steps.entries()) {
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
          : one.kind === 'note' ? ['note', id, `stap ${at}`]
          : one.kind === 'status' ? ['set', id, 'status', one.status]
          : one.kind === 'due' ? ['set', id, 'due', one.phrase]
          : addArgs(one, at, ids, files.length);
        outcome = await warm(argv);
        if (one.kind === 'add' && outcome.code === 0) ids.push(`n${at}`);
        done.push(`${argv.join(' ')} -> ${outcome.code}`);
        if (outcome.code === 70 || /\n\s+at .+:\d+:\d+\)?/.test(outcome.stderr)) throw new Error(`internal error after ${done.join('; ')}: ${outcome.stderr}`);
      }
      const shown = ids[at % ids.length]!;
      for (const argv of [['check', '--json'], ['status', '--json', '--as-of', '2026-06-01'], ['list', '--json', '--as-of', '2026-06-01'], ['report', '--format', 'json', '--as-of', '2026-06-01'], ['show', shown, '--json', '--as-of', '2026-06-01']]) {
        const [cached, plain] = [await warm(argv), await cold(argv)];
        if (cached.code !== plain.code || cached.stdout !== plain.stdout) {
          throw new Error(`${argv[0]} differs with the cache after: ${done.join('; ')}\nwith the cache (${cached.code}): ${cached.stdout.slice(0, 2000)}\nwithout (${plain.code}): ${plain.stdout.slice(0, 2000)}`);
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
    await fc.assert(fc.asyncProperty(register, fc.array(step, { minLength: 1, maxLength: 6 }), holdsFor), { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });
  }, Math.max(60_000, RUNS * 20_000));
});
