import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSameAsYaml, repositoryYamlTexts } from '../unit/core/simple-yaml-differential.js';
import { register } from './register-arbitrary.js';

/** A short run on every `npm test`; `npm run fuzz` runs many more (FUZZ_RUNS, FUZZ_SEED). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6) * 100;
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** Pieces that sit at the edge of the plain subset, or just past it. */
const PIECES = [
  ' ', '  ', '\n', '\n\n', '#', ' #', ' # c', ':', ': ', '- ', '-', '"', "'", "''", '\\', '\\"', '\\u00e9', '\\x41', '\\e', '\\U0001F600', '\\q', 'https://a.nl/b', ':x', 'a:', '[', ']', '{', '}', ', ',
  '>', '>-', '|', '|-', '|+', '>2', '&a ', '*a', '!', '!!str ', '%', '@', '`', '?', '~', 'null', 'true', 'False', '0o7', '0x1F', '1e3', '1.5',
  '.inf', '-1', '+2', '007', '2026-03-01', '---', '...', '\t', '\r', '\ufeff', '\u2028', '\u0085', 'é', '✓', '\ud83d\ude00', 'k: v', '\n  x: 1', '\n- y',
  // What the first version of the reader took though yaml refuses it: a lone `-` in a flow collection, a key over 1,024 characters.
  '[-]', '-,', '-]', '-}', '{b: -}', `${'k'.repeat(1_030)}: v`,
];

type Edit =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'value'; line: number; piece: string }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'repeat'; line: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('value' as const), line: fc.nat(), piece: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ kind: fc.constant('repeat' as const), line: fc.nat() }),
);

function apply(text: string, change: Edit): string {
  if (text.length === 0) return change.kind === 'insert' ? change.piece : text;
  if (change.kind === 'insert' || change.kind === 'cut') {
    const at = change.at % (text.length + 1);
    return change.kind === 'insert' ? text.slice(0, at) + change.piece + text.slice(at) : text.slice(0, at) + text.slice(at + change.length);
  }
  const lines = text.split('\n');
  const line = change.line % lines.length;
  // A value put in whole, where an insertion would rarely land: `tags: [-]`.
  if (change.kind === 'value') lines[line] = lines[line]!.replace(/: .*$/, () => `: ${change.piece}`);
  else if (change.kind === 'repeat') lines.splice(line, 0, lines[line]!);
  else lines[line] = change.by >= 0 ? ' '.repeat(change.by) + lines[line]! : lines[line]!.replace(new RegExp(`^ {0,${-change.by}}`), '');
  return lines.join('\n');
}

/** The first lines of a text: the fuzzing is faster, and every edit weighs more. */
function head(text: string, size: number): string {
  return text.split('\n').slice(0, size).join('\n');
}

const texts = fc.oneof(
  fc.record({ text: fc.constantFrom(...repositoryYamlTexts()), size: fc.integer({ min: 1, max: 60 }) }).map(({ text, size }) => head(text, size)),
  register.map(({ files }) => Object.values(files)[0]!),
);

const mutated = fc.record({ text: texts, edits: fc.array(edit, { minLength: 0, maxLength: 3 }) }).map(({ text, edits }) => edits.reduce(apply, text));

describe('fuzzed texts: the reader of plain YAML gives what yaml gives, or declines', () => {
  it(`${RUNS} texts`, () => {
    let taken = 0;
    fc.assert(
      fc.property(mutated, (text) => {
        if (expectSameAsYaml(text)) taken++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Edits mostly keep a text in the subset: a reader that declined everything would prove nothing.
    expect(taken).toBeGreaterThan(RUNS / 5);
  }, Math.max(60_000, RUNS * 10));
});
