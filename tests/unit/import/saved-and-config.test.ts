import { describe, expect, test } from 'vitest';
import { withLastSync } from '../../../src/import/tk/last-sync-config.js';
import { savedRecords, SavedResponsesError, type KnownTexts } from '../../../src/import/tk/saved-responses.js';

const one = { Id: 'a', Nummer: 'TZ202412-001' };
const two = { Id: 'b', Nummer: 'TZ202412-002' };

const values = (text: string): unknown[] => [...savedRecords(text)].map((item) => ('value' in item ? item.value : item));

describe('savedRecords', () => {
  test('one response object', () => {
    expect(values(JSON.stringify({ '@odata.context': 'x', value: [one, two] }))).toEqual([one, two]);
  });

  test('an array of records', () => {
    expect(values(`\uFEFF${JSON.stringify([one, two], null, 2)}`)).toEqual([one, two]);
  });

  test('NDJSON: records, or whole responses, one per line', () => {
    expect(values(`${JSON.stringify(one)}\n\n${JSON.stringify(two)}\n`)).toEqual([one, two]);
    expect(values(`${JSON.stringify({ value: [one] })}\r\n${JSON.stringify({ value: [two] })}`)).toEqual([one, two]);
  });

  test('with what earlier imports read: a line read before is left unread, a record on a line of its own comes with its line\'s fingerprint', () => {
    const lines = [JSON.stringify(one), JSON.stringify({ value: [two] }), JSON.stringify(two)];
    const known: KnownTexts = { fingerprint: (text) => `#${text}`, has: (fingerprint) => fingerprint === `#${lines[2]}` };
    expect([...savedRecords(lines.join('\n'), known)]).toEqual([{ value: one, fingerprint: `#${lines[0]}` }, { value: two }, { fingerprint: `#${lines[2]}`, text: lines[2], line: 3 }]);
    expect([...savedRecords(lines.join('\n'))]).toEqual([{ value: one }, { value: two }, { value: two }]);
    expect([...savedRecords(JSON.stringify([one, two]), known)]).toEqual([{ value: one }, { value: two }]);
  });

  test('what is none of these says why, with the line for NDJSON', () => {
    const failure = (text: string) => {
      try {
        [...savedRecords(text)];
      } catch (error) {
        return error instanceof SavedResponsesError ? [error.reason, error.line] : error;
      }
      return undefined;
    };
    expect(failure('  ')).toEqual(['empty', undefined]);
    expect(failure('{"foo": 1}')).toEqual(['no-records', undefined]);
    expect(failure(`${JSON.stringify(one)}\n{not json`)).toEqual(['not-json', 2]);
    expect(failure(`${JSON.stringify(one)}\n42`)).toEqual(['no-records', 2]);
  });
});

describe('withLastSync', () => {
  const at = '2025-04-03T07:00:07.5506779Z';
  const block = `import:\n  tk:\n    last_sync: "${at}"\n    last_sync_field: ApiGewijzigdOp\n`;

  test('creates the setting, and what it was taken from, in a missing or empty config', () => {
    expect(withLastSync(undefined, at)).toBe(block);
    expect(withLastSync('# mijn register\n', at)).toBe(`# mijn register\n${block}`);
  });

  test('appends to a config without it, leaving the rest as written', () => {
    const text = 'lang: nl   # Nederlands\nhorizon: 60';
    expect(withLastSync(text, at)).toBe(`${text}\n${block}`);
  });

  test('replaces only the values when they are there', () => {
    const text = '# kop\nimport:\n  tk:\n    last_sync: "2025-01-01T00:00:00Z"  # bijgewerkt door import\n    last_sync_field: ApiGewijzigdOp\nlang: nl\n';
    expect(withLastSync(text, at)).toBe(text.replace('2025-01-01T00:00:00Z', at));
  });

  test('migrates a last_sync of GewijzigdOp: the field is added below it, comments kept', () => {
    const text = '# kop\nimport:\n  tk:\n    last_sync: "2025-01-01T00:00:00+01:00"  # bijgewerkt door import\nlang: nl\n';
    expect(withLastSync(text, at)).toBe(`# kop\nimport:\n  tk:\n    last_sync: "${at}"  # bijgewerkt door import\n    last_sync_field: ApiGewijzigdOp\nlang: nl\n`);
    expect(withLastSync('import:\n  tk:\n    last_sync: "2025-01-01T00:00:00Z"', at)).toBe(block);
  });

  test('adds the keys to an import block without them', () => {
    expect(withLastSync('import:\n  tk: {}\n', at)).toContain(`last_sync: ${at}`);
    expect(withLastSync('import:\n  tk: {last_sync: "2025-01-01T00:00:00Z"}\n', at)).toMatch(/last_sync: .*last_sync_field: ApiGewijzigdOp/s);
    expect(withLastSync('lang: nl\nimport:\n', at)).toMatch(/^lang: nl\nimport:\n {2}tk:\n {4}last_sync: .*\n {4}last_sync_field: ApiGewijzigdOp\n$/);
  });
});
