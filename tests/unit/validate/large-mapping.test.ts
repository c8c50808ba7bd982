import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/parse-yaml.js';

/** A mapping of `count` keys, the last repeating the first. */
function mapping(count: number): string {
  const lines = Array.from({ length: count }, (_, index) => `k${index}: v`);
  return `${lines.join('\n')}\nk0: again\n`;
}

function timed(text: string): { ms: number; codes: string[]; lines: number[] } {
  const started = performance.now();
  const parsed = parseYaml(text, 'a.yaml');
  return { ms: performance.now() - started, codes: parsed.diagnostics.map((d) => d.code), lines: parsed.diagnostics.map((d) => d.line) };
}

describe('a mapping with very many keys', () => {
  it('finds a repeated key among 20,000 at its line, and keeps the document', () => {
    const parsed = parseYaml(mapping(20_000), 'a.yaml');
    expect(parsed.diagnostics).toMatchObject([{ code: 'E_DUPLICATE_KEY', line: 20_001, col: 1, length: 2, args: { key: 'k0' } }]);
    expect(parsed.document).toBeDefined();
  });

  // Retried: a quadratic check fails every attempt (75×), while one slice of a busy machine's time
  // landing on the large run fails a linear one once (28× was seen at load 16).
  it('costs time in proportion to its keys (the parser\'s own check compared each key with every earlier one)', { retry: 2 }, () => {
    timed(mapping(2_000));
    // Best of five, and a wide gap between linear (8×) and quadratic (64×) for eight times the keys.
    const best = (count: number) => Math.min(...[0, 1, 2, 3, 4].map(() => timed(mapping(count)).ms));
    const small = best(2_000);
    const large = best(16_000);
    expect(large / small).toBeLessThan(24);
  });
});
