import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvRecord } from '../../../src/render/export/csv-writer.js';
import { guardFormula } from '../../../src/render/export/csv-export.js';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['', ''],
    ["'single' and ;semicolon", "'single' and ;semicolon"],
  ])('%j is written as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('writes null as an empty field and numbers as digits', () => {
    expect(csvRecord([null, 0, 151, 'x'])).toBe(',0,151,x\r\n');
  });
});

describe('csvDocument', () => {
  it('starts with the UTF-8 BOM and ends every record, the last one too, with CRLF', () => {
    const text = [...csvDocument(['a', 'b'], [['1', '2']])].join('');
    expect(text).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('round-trips awkward values through a real CSV parser', () => {
    const values = ['Rapport "Zicht", deel 1\nen 2', 'één, twee; drie', '"', ',', '\r\n', 'tab\there', '🚀'];
    const text = [...csvDocument(['value'], values.map((value) => [value]))].join('');
    const records = parse(text, { bom: true, columns: true, record_delimiter: '\r\n' }) as { value: string }[];
    expect(records.map((record) => record.value)).toEqual(values);
  });
});

describe('guardFormula', () => {
  it.each(['=SUM(A1:A2)', '+31 6', '-2', '@import', '\tx', '\rx'])('neutralises %j with a leading quote', (value) => {
    expect(guardFormula(value)).toBe(`'${value}`);
  });

  it.each(['Kamerbrief', '2026-03-01', ' =not at start', "'already quoted"])('leaves %j alone', (value) => {
    expect(guardFormula(value)).toBe(value);
  });
});
