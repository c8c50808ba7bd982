import { describe, expect, test } from 'vitest';
import { parseFile } from '../../../src/core/parse-yaml.js';
import { validateRegister } from '../../../src/core/validate/validate.js';
import { checkTexts, codes, SOURCE, where } from './helpers.js';

const commitment = (body: string): string => `${SOURCE}commitments:\n  - id: a\n    title: Kamer informeren\n${body}`;

describe('source block', () => {
  test('a missing source is reported; its commitments are checked but not registered', () => {
    const { diagnostics, register } = checkTexts({ 'a.yaml': 'commitments:\n  - id: a\n    titel: x\n' });
    expect(where(diagnostics)).toEqual(['E_MISSING_FIELD@a.yaml:1:1', 'E_UNKNOWN_FIELD@a.yaml:3:5']);
    expect(diagnostics[0]!.args).toEqual({ field: 'source' });
    expect(register).toEqual({ sources: [], commitments: [] });
  });

  test('required source fields, type with did-you-mean, date formats and urls', () => {
    const { diagnostics, register } = checkTexts({
      'a.yaml': 'source:\n  id: 0012\n  type: Kamervraag\n  date: 15-12-2025\n  url: www.example.nl\n',
    });
    expect(where(diagnostics)).toEqual([
      'E_MISSING_FIELD@a.yaml:2:3',
      'E_UNKNOWN_SOURCE_TYPE@a.yaml:3:9',
      'E_DATE_FORMAT@a.yaml:4:9',
      'E_BAD_URL@a.yaml:5:8',
    ]);
    expect(diagnostics.map(({ args }) => args.field ?? args.suggestion)).toEqual(['source.title', 'kamervragen', 'source.date', 'source.url']);
    expect(diagnostics[2]!.args.format).toBe('day-or-month');
    expect(register.sources).toEqual([]);
  });

  test('a YAML number as source id keeps its leading zeros; the type is case-insensitive', () => {
    const { diagnostics, register } = checkTexts({ 'a.yaml': 'source:\n  id: 0012\n  type: Brief\n  title: T\n  date: 2026-01-15\n' });
    expect(diagnostics).toEqual([]);
    expect(register.sources[0]).toMatchObject({ id: '0012', type: 'brief', refs: [] });
  });

  test('the same source id in two files: the second file is reported and kept out', () => {
    const { diagnostics, register } = checkTexts({ 'a.yaml': commitment(''), 'b.yaml': `${SOURCE}commitments:\n  - id: b\n    title: B\n` });
    expect(where(diagnostics)).toEqual(['E_DUPLICATE_SOURCE_ID@b.yaml:2:7']);
    expect(diagnostics[0]!.args).toEqual({ id: 'S1', firstFile: 'a.yaml', firstLine: 2 });
    expect(register.commitments.map(({ id }) => id)).toEqual(['a']);
  });

  test('top-level keys other than source and commitments', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': `${SOURCE}toezeggingen: []\n` });
    expect(diagnostics.map(({ code, args }) => [code, args.suggestion])).toEqual([['E_UNKNOWN_FIELD', 'commitments']]);
  });

  test('a source without commitments is fine', () => {
    const { diagnostics, register } = checkTexts({ 'a.yaml': SOURCE });
    expect(diagnostics).toEqual([]);
    expect(register.sources).toHaveLength(1);
  });
});

describe('commitment fields', () => {
  test('ids must be [a-z0-9-] and not start with a hyphen; the hint offers a slug', () => {
    const { diagnostics } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n  - id: Spine Kamer Informeren\n    title: x\n  - id: -b\n    title: y\n  - id: café-één\n    title: z\n`,
    });
    expect(where(diagnostics)).toEqual(['E_BAD_ID@a.yaml:7:9', 'E_BAD_ID@a.yaml:9:9', 'E_BAD_ID@a.yaml:11:9']);
    expect(diagnostics.map(({ args }) => args.suggestion)).toEqual(['spine-kamer-informeren', 'b', 'cafe-een']);
  });

  test('missing and empty required fields', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': `${SOURCE}commitments:\n  - id: a\n  - id: b\n    title: "  "\n  - title: c\n` });
    expect(where(diagnostics)).toEqual(['E_MISSING_FIELD@a.yaml:7:5', 'E_EMPTY_VALUE@a.yaml:9:5', 'E_MISSING_FIELD@a.yaml:10:5']);
    expect(diagnostics.map(({ args }) => args.field)).toEqual(['title', 'title', 'id']);
  });

  test('an item of commitments that is not a mapping', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': `${SOURCE}commitments:\n  - kamer informeren\n  -\n` });
    expect(diagnostics.map(({ code, line, args }) => [code, line, args.actual])).toEqual([
      ['E_WRONG_TYPE', 7, 'text'],
      ['E_WRONG_TYPE', 8, 'null'],
    ]);
  });

  test('due: every accepted shape', () => {
    const { diagnostics, register } = checkTexts({
      'a.yaml': `${SOURCE}commitments:
  - {id: a, title: A, due: 2026}
  - {id: b, title: B, due: "  Q3 2026 "}
  - {id: c, title: C, due: {after: a}}
  - {id: d, title: D, due: {from: 2026-01-01, to: 2026-01-01}}
`,
    });
    expect(diagnostics).toEqual([]);
    expect(register.commitments.map(({ due }) => due && { ...due, position: undefined })).toEqual([
      { kind: 'phrase', phrase: '2026', position: undefined },
      { kind: 'phrase', phrase: 'Q3 2026', position: undefined },
      { kind: 'after', after: 'a', within: undefined, position: undefined },
      { kind: 'range', from: '2026-01-01', to: '2026-01-01', position: undefined },
    ]);
  });

  test('due: empty, wrong type, mixed-up mapping, reversed range, unknown key', () => {
    const { diagnostics } = checkTexts({
      'a.yaml': `${SOURCE}commitments:
  - {id: a, title: A, due: }
  - {id: b, title: B, due: [zomer 2026]}
  - {id: c, title: C, due: {when: zomer}}
  - {id: d, title: D, due: {from: 2026-03-01, to: 2026-02-01}}
  - {id: e, title: E, due: {after: a, wihtin: 3 weken}}
  - {id: f, title: F, due: {from: 2026-03-01}}
`,
    });
    expect(diagnostics.map(({ code, line }) => `${code}:${line}`)).toEqual([
      'E_EMPTY_VALUE:7',
      'E_WRONG_TYPE:8',
      'E_DUE_SHAPE:9',
      'E_RANGE_REVERSED:10',
      'E_UNKNOWN_FIELD:11',
      'E_MISSING_FIELD:12',
    ]);
    expect(diagnostics[1]!.args).toEqual({ field: 'due', expected: 'due', actual: 'list' });
    expect(diagnostics[4]!.args.suggestion).toBe('within');
    expect(diagnostics[5]!.args.field).toBe('due.to');
  });

  test('statuses: English, Dutch, any case, spaces, hyphens or underscores', () => {
    const statuses = ['Openstaand', 'VOLDAAN', 'deels_voldaan', 'Deels Afgedaan', 'afgedaan', 'vervallen', 'doorlopend', 'lapsed', 'deels-voldaan'];
    const items = statuses.map((status, i) => `  - {id: c${i}, title: T, status: ${status}${status === 'VOLDAAN' ? ', delivered: {on: 2026-01-20}' : ''}}\n`);
    const { diagnostics, register } = checkTexts({ 'a.yaml': `${SOURCE}commitments:\n${items.join('')}` });
    expect(diagnostics).toEqual([]);
    expect(register.commitments.map(({ status }) => status)).toEqual(['open', 'delivered', 'partial', 'partial', 'closed', 'lapsed', 'ongoing', 'lapsed', 'partial']);
  });

  test('no status means open; delivered.on with an open status is a warning at the status', () => {
    const { diagnostics, register } = checkTexts({
      'a.yaml': `${SOURCE}commitments:\n  - {id: a, title: A}\n  - {id: b, title: B, status: open, delivered: {on: 2026-02-01}}\n`,
    });
    expect(diagnostics.map(({ code, severity, line, col }) => `${code}/${severity}@${line}:${col}`)).toEqual(['W_DELIVERED_BUT_OPEN/warning@8:31']);
    expect(register.commitments.map(({ status }) => status)).toEqual(['open', 'open']);
  });

  test('an unknown status is not also called open: no W_DELIVERED_BUT_OPEN next to E_UNKNOWN_STATUS', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': `${SOURCE}commitments:\n  - {id: a, title: A, status: klaar, delivered: {on: 2026-02-01}}\n` });
    expect(codes(diagnostics)).toEqual(['E_UNKNOWN_STATUS']);
  });

  test('a delivery before the promise was made is a warning at delivered.on; against a month-dated source, from its first day', () => {
    const monthly = SOURCE.replace('2026-01-15', '2026-01');
    const { diagnostics, register } = checkTexts({
      'a.yaml': `${monthly}commitments:\n  - {id: a, title: A, status: delivered, delivered: {on: 2025-12-31}}\n  - {id: b, title: B, status: delivered, delivered: {on: 2026-01-01}}\n`,
      'b.yaml': `${SOURCE.replace('S1', 'S2')}commitments:\n  - {id: c, title: C, made: 2026-01-10, status: partial, delivered: {on: 2026-01-09}}\n`,
    });
    expect(where(diagnostics)).toEqual(['W_DELIVERED_BEFORE_MADE@a.yaml:7:58', 'W_DELIVERED_BEFORE_MADE@b.yaml:7:74']);
    expect(diagnostics.map(({ severity, args }) => [severity, args.made, args.field])).toEqual([
      ['warning', '2026-01-01', 'source.date'],
      ['warning', '2026-01-10', 'made'],
    ]);
    expect(register.commitments.map(({ id }) => id)).toEqual(['a', 'b', 'c']);
  });

  test('lists: a single value is a list of one; non-text items and non-mapping history entries are reported', () => {
    const { diagnostics, register } = checkTexts({
      'a.yaml': commitment('    to: Kamerlid Bikker\n    tags: [a, {b: c}]\n    depends_on: [a, true]\n    history:\n      - uitstelbericht\n      - {on: 2026-01-01}\n'),
    });
    expect(diagnostics.map(({ code, line, args }) => `${code}:${line}:${args.field}`)).toEqual([
      'E_WRONG_TYPE:10:tags',
      'E_WRONG_TYPE:11:depends_on',
      'E_WRONG_TYPE:13:history',
      'E_MISSING_FIELD:14:history.note',
    ]);
    expect(register.commitments).toEqual([]);
  });

  test('question accepts numbers and text; quote and notes must be text', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': commitment('    question: [1, 2]\n    quote: 12\n    notes: true\n') });
    expect(diagnostics.map(({ code, args }) => `${code}:${args.field}:${args.expected}`)).toEqual([
      'E_WRONG_TYPE:question:text-or-number',
      'E_WRONG_TYPE:quote:text',
      'E_WRONG_TYPE:notes:text',
    ]);
  });

  test('non-text keys are unknown fields', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': commitment('    12: x\n') });
    expect(diagnostics.map(({ code, args }) => `${code}:${args.field}`)).toEqual(['E_UNKNOWN_FIELD:12']);
  });

  test('aliases are refused, and the alias values are not read', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': commitment('    tags: &t [a]\n    to: *t\n') });
    expect(codes(diagnostics)).toEqual(['E_ALIAS']);
  });
});

describe('file level', () => {
  test('an unreadable file becomes a diagnostic, and unknown references are held back meanwhile', () => {
    const unreadable = parseFile({ path: 'b.yaml', absolutePath: '/register/b.yaml', role: 'source', readError: 'EACCES' });
    const readable = checkTexts({ 'a.yaml': commitment('    depends_on: [in-b]\n') }).parsed;
    const { diagnostics, register } = validateRegister([...readable, unreadable]);
    // `in-b` may well be declared in the file that could not be read.
    expect(where(diagnostics)).toEqual(['E_READ@b.yaml:1:1']);
    expect(diagnostics[0]!.args).toEqual({ reason: 'EACCES' });
    expect(register.commitments.map(({ id }) => id)).toEqual(['a']);
  });

  test('warnings from the parser, such as an unknown tag, do not stop validation', () => {
    const { diagnostics, register } = checkTexts({ 'a.yaml': commitment('    notes: !foo bar\n') });
    expect(diagnostics.map(({ code, severity }) => `${code}/${severity}`)).toEqual(['W_YAML/warning']);
    expect(register.commitments).toHaveLength(1);
  });

  test('one YAML error per line: a slip does not cascade into several reports', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': '- a\nb: c\n' });
    expect(where(diagnostics)).toEqual(['E_YAML@a.yaml:2:1']);
  });

  test('an empty config file only marks the folder; a config that is a list is an error', () => {
    expect(checkTexts({ 'toezegging.config.yaml': '# defaults\n' }).diagnostics).toEqual([]);
    expect(codes(checkTexts({ 'toezegging.config.yaml': '- lang: nl\n' }).diagnostics)).toEqual(['E_ROOT_NOT_MAPPING']);
  });

  test('CRLF line endings read like LF', () => {
    const { diagnostics } = checkTexts({ 'a.yaml': commitment('    stauts: open\n').replaceAll('\n', '\r\n') });
    expect(where(diagnostics)).toEqual(['E_UNKNOWN_FIELD@a.yaml:9:5']);
    expect(diagnostics[0]!.length).toBe(6);
  });
});
