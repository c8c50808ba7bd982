import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlain, writeBlockYaml } from '../../src/import/tk/block-yaml.js';
import { rightTexts } from '../unit/import/block-yaml-oracle.js';

/** A short run on every `npm test`; `npm run fuzz` runs many more (FUZZ_RUNS, FUZZ_SEED). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6) * 50;
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** Pieces at the edge of what YAML writes plain: indicators, keywords, numbers and dates as text, line breaks, odd characters. */
const PIECES = [
  ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '#', ' #', ':', ': ', ':x', '- ', '-', '? ', '?', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%',
  '@', '`', '~', '\\', '---', '...', 'yes', 'no', 'on', 'off', 'null', 'Null', 'NULL', 'true', 'True', 'FALSE', '0', '-1', '+2', '007', '0o17', '0x1F',
  '1e3', '-2.5E-3', '1.5', '.5', '.inf', '-.Inf', '.nan', '2026-03-01', '2026-03', '2026-03-01T10:00:00+01:00', '12:30', 'é', 'Kröger', '✓', '😀', '\ud83d',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', 'https://a.nl/b?c=d#e', 'Kamerstuk 28638, nr. 250',
];
const WORDS = ['de', 'minister', 'Kamer', 'zomerreces', 'a', 'b'];

const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...PIECES, ...WORDS), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...PIECES, ...WORDS), { maxLength: 4 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '\n', '-', "'", '"', '1', '.'), maxLength: 12 }),
  fc.tuple(fc.constantFrom(...PIECES, ...WORDS), fc.integer({ min: 50, max: 800 })).map(([piece, times]) => piece.repeat(times)),
);

/** Now and then a number, a boolean or null where a string usually stands. */
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: hostile },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-0)) },
);
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined, freq: 3 });
/** Lists are mostly full, as the importer writes them (it drops empty ones); an empty one makes the writer leave the file to yaml. */
const list = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc.oneof({ weight: 12, arbitrary: fc.array(arbitrary, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant<T[]>([]) });

const due = fc.oneof(
  hostile,
  fc.record({ after: hostile, within: optional(hostile) }),
  fc.record({ from: hostile, to: hostile }),
  fc.record({ event: hostile, date: optional(hostile), relation: optional(hostile) }),
  fc.record({ every: hostile, phase: optional(hostile) }),
);

/** A commitment shaped as `commitmentData` writes it, with hostile values. */
const commitment = fc.record(
  {
    id: hostile,
    title: scalar,
    quote: optional(hostile),
    question: optional(fc.oneof(fc.nat(), hostile)),
    made: optional(hostile),
    due: optional(due),
    status: hostile,
    delivered: optional(fc.record({ on: optional(hostile), date_unknown: optional(fc.constant(true)), ref: optional(hostile), url: optional(hostile) })),
    depends_on: optional(list(hostile)),
    to: optional(list(hostile)),
    tags: optional(list(hostile)),
    notes: optional(hostile),
    history: optional(list(fc.record({ on: hostile, note: scalar }))),
    imported: optional(
      fc.record(
        {
          from: hostile,
          id: hostile,
          nummer: hostile,
          by: hostile,
          status: hostile,
          changed: hostile,
          due_from: hostile,
          notes: hostile,
          removed: fc.boolean(),
          links: fc.record({ repeats: list(hostile), amended_by: list(hostile) }, { requiredKeys: [] }),
        },
        { requiredKeys: ['from'] },
      ),
    ),
  },
  { requiredKeys: ['id', 'title', 'status'] },
);

const monthFile = fc.record({
  source: fc.record({ id: hostile, type: hostile, title: hostile, date: hostile }),
  commitments: fc.array(commitment, { minLength: 1, maxLength: 4 }),
});

describe('fuzzed month files: the block YAML writer writes what yaml writes (a string yaml would misread on one double-quoted line)', () => {
  it(`${RUNS} files`, () => {
    let plainStrings = 0;
    fc.assert(
      fc.property(monthFile, (document) => {
        expect(rightTexts(document)).toContain(writeBlockYaml(document));
        if (isPlain(document.source.title)) plainStrings++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The hostile strings still leave the writer enough to write itself: a writer that gave everything to yaml would prove nothing.
    expect(plainStrings).toBeGreaterThan(RUNS / 10);
  }, Math.max(60_000, RUNS * 20));
});
