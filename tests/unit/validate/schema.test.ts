import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { COMMITMENT_FIELDS } from '../../../src/core/validate/commitment.js';
import { SOURCE_FIELDS } from '../../../src/core/validate/source.js';
import { STATUS_SPELLINGS } from '../../../src/core/validate/status-alias.js';

const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema');
const load = (name: string) => JSON.parse(readFileSync(path.join(SCHEMA_DIR, name), 'utf8'));
const schema = load('toezegging.schema.json');
const config = load('toezegging.config.schema.json');

/** The case-insensitive pattern branch of an `anyOf: [{enum}, {pattern}]` definition. */
const patternOf = (definition: { anyOf: Array<{ pattern?: string }> }): RegExp => new RegExp(definition.anyOf.find((branch) => branch.pattern)!.pattern!);

// No JSON Schema validator is a dependency; these pin the schema to the validator's own lists.
describe('JSON Schema', () => {
  test('is draft 2020-12 and allows exactly the keys the validator allows', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toEqual(['source', 'commitments']);
    expect(Object.keys(schema.$defs.source.properties)).toEqual([...SOURCE_FIELDS]);
    expect(Object.keys(schema.$defs.commitment.properties)).toEqual([...COMMITMENT_FIELDS]);
    expect(Object.keys(config.properties)).toEqual(['calendar', 'horizon', 'lang', 'import']);
  });

  test('the status pattern accepts every spelling the validator accepts, in any case', () => {
    const pattern = patternOf(schema.$defs.status);
    for (const spelling of STATUS_SPELLINGS) {
      expect(spelling).toMatch(pattern);
      expect(spelling.toUpperCase().replace(' ', '_')).toMatch(pattern);
    }
    expect('voldaaan').not.toMatch(pattern);
  });

  test('date patterns follow the validator: day for dates, day or month for the source date', () => {
    const day = new RegExp(schema.$defs.date.pattern);
    const sourceDate = new RegExp(schema.$defs.source.properties.date.pattern);
    expect(['2026-03-01', '2026-12-31'].every((date) => day.test(date))).toBe(true);
    expect(['2026-03', '2026-13-01', '26-03-01'].some((date) => day.test(date))).toBe(false);
    expect(['2025-12', '2025-12-15'].every((date) => sourceDate.test(date))).toBe(true);
    expect(sourceDate.test('2025-13')).toBe(false);
  });
});
