/**
 * A cap on V8's young generation while a command works through a large
 * register. Left to itself V8 doubles the young generation's two
 * semi-spaces whenever many objects survive a collection, up to 16 MiB
 * each, and lets the old generation grow by as much again (it allows for
 * a young generation's worth of objects promoted at once): at 50,000
 * imported commitments, where what is live is some 20-25 MB, that was a
 * third of the peak of a first `import tk` and of the first `status` of
 * what it wrote. The size can only be capped when Node starts
 * (`--max-semi-space-size`); at run time the growth factor can be set, and
 * growth stopped once the cap is reached. `holdYoungGeneration` is called
 * between steps of the work (a MiB of saved records read, a month planned,
 * a file cached), so that a growth lands on the cap, never past it.
 */

/** The cap, in bytes of both semi-spaces; undefined when V8 is left alone. */
let capBytes: number | undefined;
/** The growth factor last set, so that V8's flags are set only when it changes. */
let factorSet: number | undefined;

/** V8's own growth factor. */
const V8_GROWTH_FACTOR = 2;

/** Caps the young generation at `mib` MiB a semi-space until `releaseYoungGeneration`. */
export function capYoungGeneration(mib: number): void {
  capBytes = 2 * mib * 1024 * 1024;
  holdYoungGeneration();
}

/** Lets V8 grow the young generation as it would. */
export function releaseYoungGeneration(): void {
  capBytes = undefined;
  if (factorSet !== undefined) setFactor(V8_GROWTH_FACTOR);
}

/** Stops the young generation growing past the cap: the next growth, if any, lands on it. Cheap enough to call every few MiB of work. */
export function holdYoungGeneration(): void {
  if (capBytes === undefined) return;
  const young = process
    .getBuiltinModule('node:v8')
    .getHeapSpaceStatistics()
    .find((space) => space.space_name === 'new_space');
  if (young) setFactor(growthFactor(young.space_size, capBytes));
}

/** The growth factor that keeps a young generation of `bytes` within `cap` when it next grows: V8's own while twice its size fits, 1 (no growth) once it does not. */
export function growthFactor(bytes: number, cap: number): number {
  return bytes > 0 && 2 * bytes <= cap ? V8_GROWTH_FACTOR : 1;
}

function setFactor(factor: number): void {
  if (factor === factorSet) return;
  process.getBuiltinModule('node:v8').setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  factorSet = factor;
}
