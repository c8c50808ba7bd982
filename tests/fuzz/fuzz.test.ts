import { describe, it } from 'vitest';
import { fuzz } from './fuzz-cli.js';
import { register } from './register-arbitrary.js';

/** A short run on every `npm test`; `npm run fuzz` runs many more (FUZZ_RUNS, FUZZ_SEED). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

describe('fuzzed registers', () => {
  it(`hold every invariant (${RUNS} registers)`, async () => {
    await fuzz(register, RUNS, SEED);
  }, Math.max(60_000, RUNS * 20_000));
});
