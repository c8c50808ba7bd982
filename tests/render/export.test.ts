import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import { shippedCalendar } from '../../src/register/shipped-calendar.js';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { outputText } from '../../src/render/chunks.js';
import { commitmentJson, SCHEMA_VERSION } from '../../src/render/commitment-json.js';
import { CSV_COLUMNS } from '../../src/render/export/csv-export.js';
import { EXPORT_FORMATS as CHUNKED, type ExportFormat } from '../../src/render/export/formats.js';
import { assessFolder, BUNDLED, TRICKY } from '../unit/digest/register-fixture.js';

const bundled = () => assessFolder(BUNDLED, '2026-11-28');
const tricky = () => assessFolder(TRICKY, '2026-07-10');
const REGISTER = { path: '/registers/example', example: false };
/** Each format's chunks joined: the file as written. */
const EXPORT_FORMATS = Object.fromEntries(
  Object.entries(CHUNKED).map(([name, render]) => [name, (...args: Parameters<typeof render>) => outputText(render(...args))]),
) as Record<ExportFormat, (...args: Parameters<(typeof CHUNKED)[ExportFormat]>) => string>;

describe('export md', () => {
  it('a table per state, headings in the chosen language', async () => {
    expect(EXPORT_FORMATS.md(await bundled(), nl, REGISTER)).toMatchSnapshot();
  });

  it('escapes pipes and markup, keeps line breaks as <br>, links sources and deliveries', async () => {
    const text = EXPORT_FORMATS.md(await tricky(), en, REGISTER);
    expect(text).toMatchSnapshot();
    for (const line of text.split('\n').filter((row) => row.startsWith('| `'))) {
      // Five cells: six unescaped pipes, whatever the titles hold.
      expect(line.match(/(?<!\\)\|/g)).toHaveLength(6);
    }
  });

  it('says so when the register is empty', () => {
    const empty = assess({ sources: [], commitments: [] }, { windows: new Map(), spans: new Map(), diagnostics: [], calendar: shippedCalendar() }, '2026-11-28');
    expect(EXPORT_FORMATS.md(empty, en, REGISTER)).toBe(
      '# Commitments as of 28 November 2026\n\nThe register holds no commitments yet.\n',
    );
  });
});

describe('export csv', () => {
  it('the bundled register', async () => {
    expect(EXPORT_FORMATS.csv(await bundled(), nl, REGISTER)).toMatchSnapshot();
  });

  it('parses back to the same values with a real CSV parser, one record per commitment', async () => {
    const assessment = await tricky();
    const records = parse(EXPORT_FORMATS.csv(assessment, en, REGISTER), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(assessment.items.length);
    const byId = new Map(records.map((record) => [record.id, record]));
    expect(byId.get('quotes-commas-newline')?.title).toBe('Rapport "Zicht op \'toezeggingen\'", deel 1, 2 en 3\nmet een tweede regel');
    expect(byId.get('quotes-commas-newline')?.tags).toBe('rapport;komma,tag');
    expect(byId.get('lange-titel-met-accenten')?.title).toContain('coördinatie, reïntegratie');
    expect(byId.get('formula-title')?.title).toBe('\'=HYPERLINK("https://example.org","klik")');
    expect(byId.get('markdown-pipes')).toMatchObject({ status: 'delivered', state: 'delivered', deliveredOn: '2026-07-03', daysLate: '3' });
    expect(byId.get('na-rapport')).toMatchObject({ state: 'waiting', waitingOn: 'quotes-commas-newline', from: '', to: '' });
    expect(byId.get('escape-in-title')?.title).toBe('Kleur\\u{1b}[31m in de titel');
  });

  it('uses CRLF between records and starts with a BOM', async () => {
    const text = EXPORT_FORMATS.csv(await bundled(), nl, REGISTER);
    expect(text.startsWith('\uFEFFid,title,')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('export ics', () => {
  it('the bundled register', async () => {
    expect(EXPORT_FORMATS.ics(await bundled(), nl, REGISTER)).toMatchSnapshot();
  });

  it('parses with ical.js: one all-day event on the last day of each open window', async () => {
    const calendar = new ICAL.Component(ICAL.parse(EXPORT_FORMATS.ics(await tricky(), en, REGISTER)));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Commitments');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => [event.uid, event.startDate.toString(), event.endDate.toString(), event.startDate.isDate])).toEqual([
      ['formula-title.2026Z00001@toezegging', '2026-03-01', '2026-03-02', true],
      ['lange-titel-met-accenten.2026Z00001@toezegging', '2026-07-02', '2026-07-03', true],
      ['quotes-commas-newline.2026Z00001@toezegging', '2026-08-31', '2026-09-01', true],
      ['escape-in-title.2026Z00001@toezegging', '2026-12-31', '2027-01-01', true],
    ]);
    expect(events.at(-1)?.summary).toBe('Kleur[31m in de titel');
    const report = events.find((event) => event.uid.startsWith('quotes-commas-newline'));
    expect(report?.summary).toBe('Rapport "Zicht op \'toezeggingen\'", deel 1, 2 en 3\nmet een tweede regel');
    expect(report?.description).toContain('“Het rapport, met bijlagen; volgt \\ in de zomer.”');
    expect(report?.description).toContain('Standing on 10 July 2026: 52 days left');
    expect(report?.component.getFirstProperty('categories')?.getValues()).toEqual(['rapport', 'komma,tag']);
    expect(events.find((event) => event.uid.startsWith('lange'))?.summary).toContain('zeeën van ‘aanhalingstekens’ 🚀');
  });

  it('leaves out delivered, closed, lapsed, ongoing and waiting commitments', async () => {
    const text = EXPORT_FORMATS.ics(await tricky(), en, REGISTER);
    for (const id of ['markdown-pipes', 'doorlopend-overleg', 'na-rapport']) expect(text).not.toContain(`UID:${id}`);
  });

  it('folds at 75 octets and ends every line with CRLF', async () => {
    const text = EXPORT_FORMATS.ics(await tricky(), en, REGISTER);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
    }
  });

  it('is the same byte for byte for the same register and date', async () => {
    expect(EXPORT_FORMATS.ics(await tricky(), en, REGISTER)).toBe(EXPORT_FORMATS.ics(await tricky(), en, REGISTER));
  });
});

describe('export json and ndjson', () => {
  it('json is the status --json object', async () => {
    const assessment = await bundled();
    const commitments = assessment.items.map((item) => commitmentJson(item, nl));
    const expected = { schemaVersion: SCHEMA_VERSION, asOf: assessment.asOf, register: REGISTER, summary: assessment.summary, commitments };
    expect(EXPORT_FORMATS.json(assessment, nl, REGISTER)).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('ndjson: one complete object per line, each with schemaVersion and asOf', async () => {
    const assessment = await tricky();
    const lines = EXPORT_FORMATS.ndjson(assessment, en, REGISTER).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(assessment.items.length);
    const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(objects.every((object) => object.schemaVersion === 1 && object.asOf === '2026-07-10')).toBe(true);
    expect(objects.map((object) => object.id)).toEqual(assessment.items.map((item) => item.commitment.id));
  });
});
