import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { BUNDLED, looksLikeCrash, ROOT, runCli } from './run-cli.js';

const TRICKY = join(ROOT, 'tests', 'fixtures', 'export', 'tricky');
const AS_OF = ['--as-of', '2026-11-28'];

function exported(format: string, data = BUNDLED, extra: string[] = []) {
  const result = runCli(['export', '--data', data, ...AS_OF, '--format', format, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

function uids(ics: string): string[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('uid')));
}

describe('export to stdout', () => {
  it('json: the same object as status --json', () => {
    const status = runCli(['status', '--data', BUNDLED, ...AS_OF, '--json']).stdout;
    expect(JSON.parse(exported('json'))).toEqual(JSON.parse(status));
  });

  it('ndjson: every line a complete JSON object with schemaVersion', () => {
    const lines = exported('ndjson').trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ schemaVersion: 1, asOf: '2026-11-28' });
  });

  it('csv: BOM, CRLF, and a title with quotes, commas and a line break that round-trips', () => {
    const text = exported('csv', TRICKY);
    expect(text.startsWith('\uFEFFid,title,source,status,state,due,from,to,daysLate,daysLeft,waitingOn,deliveredOn,tags,file,line,instance,event,eventDate\r\n')).toBe(true);
    const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.find((record) => record.id === 'quotes-commas-newline')?.title).toBe(
      'Rapport "Zicht op \'toezeggingen\'", deel 1, 2 en 3\nmet een tweede regel',
    );
    expect(records.find((record) => record.id === 'formula-title')?.title).toMatch(/^'=HYPERLINK/);
  });

  it('md: a table per state with headings in the chosen language', () => {
    const text = exported('md', BUNDLED, ['--lang', 'en']);
    expect(text).toMatch(/^# Commitments as of 28 November 2026\n/);
    expect(text).toContain('\n## Overdue (2)\n\n| ID | Title | Deadline | Standing | Source |\n');
  });

  it('ics: parses, with one event per open window', () => {
    const text = exported('ics');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(uids(text)).toEqual(['spine-eindrapportage.2025Z19579@toezegging', 'wodc-onderzoek.2025Z19579@toezegging']);
  });

  it('ics: the same UIDs and bytes on every export', () => {
    const first = exported('ics', TRICKY);
    expect(exported('ics', TRICKY)).toBe(first);
    const later = runCli(['export', '--data', TRICKY, '--as-of', '2026-12-31', '--format', 'ics']).stdout;
    expect(uids(later)).toEqual(uids(first));
  });
});

describe('export -o FILE', () => {
  it('writes the file, prints nothing, and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-export-'));
    const result = runCli(['export', '--data', BUNDLED, ...AS_OF, '--format', 'csv', '-o', 'out.csv'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(exported('csv'));
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('takes the format from the extension and replaces an existing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-export-'));
    const file = join(dir, 'toezeggingen.ics');
    writeFileSync(file, 'old content');
    expect(runCli(['export', '--data', BUNDLED, ...AS_OF, '-o', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(exported('ics'));
  });

  it('a folder that does not exist: exit 2, a one-line message, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-export-'));
    const result = runCli(['export', '--data', BUNDLED, ...AS_OF, '--format', 'md', '-o', join(dir, 'missing', 'x.md'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*x\.md: the file, or a folder in its path, does not exist \(ENOENT\)/);
    expect(looksLikeCrash(result.stderr)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('export: usage errors', () => {
  const cases: [string, string[], RegExp][] = [
    ['no format and no -o', [], /choose a format with --format \(json, ndjson, csv, md, ics\)/],
    ['an -o without a known extension', ['-o', 'out.txt'], /choose a format with --format/],
    ['an unknown format', ['--format', 'xlsx'], /--format: unknown value "xlsx"; choose from json, ndjson, csv, md, ics/],
  ];
  it.each(cases)('%s: exit 2', (_, args, message) => {
    const result = runCli(['export', '--data', BUNDLED, ...AS_OF, '--lang', 'en', ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('--help describes every format and shows examples', () => {
    const result = runCli(['export', '--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    for (const text of ['--format', '--output', 'ndjson', 'RFC 4180', 'RFC 5545', 'export -o commitments.ics']) expect(result.stdout).toContain(text);
  });
});
