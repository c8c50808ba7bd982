import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startODataServer, type ODataServer } from '../fixtures/tk/odata-server.js';
import { runCliAsync } from '../fixtures/tk/run-cli-async.js';
import { runCli } from './run-cli.js';

const FIXTURES = new URL('../fixtures/tk/', import.meta.url);
const template = (JSON.parse(readFileSync(new URL('records-v1.json', FIXTURES), 'utf8')) as Array<Record<string, unknown>>)[0]!;

const recipient = (achternaam: string, fractie: string) => ({
  Persoon: { Id: `p-${achternaam}`, Achternaam: achternaam, Tussenvoegsel: null },
  Fractie: { Id: `f-${fractie}`, Afkorting: fractie, NaamNL: fractie },
});
const ref = (id: string, nummer: string) => ({ Id: id, Nummer: nummer });

/** As the service expands links: lists of the linked records, with only Id and Nummer selected. */
const noLinks = { IsHerhalingVan: [], IsWijzigingVan: [], IsAanvullingOp: [], IsHerhaaldDoor: [], IsGewijzigdDoor: [], IsAangevuldVanuit: [] };
const record = (id: string, nummer: string, fields: Record<string, unknown>) => ({
  ...template,
  ...noLinks,
  Id: id,
  Nummer: nummer,
  Aanmaakdatum: `${nummer.slice(2, 6)}-${nummer.slice(6, 8)}-05T10:00:00+01:00`,
  DatumNakoming: null,
  KamerbriefNakoming: [],
  Tekst: `De minister informeert de Kamer over onderwerp ${nummer}.`,
  ApiGewijzigdOp: `2025-01-0${id.length % 9}T10:00:00.${id.length}Z`,
  ...fields,
});

const RECORDS = [
  record('a', 'TZ202401-1', { DatumNakoming: '2024-03-01T00:00:00+01:00', ToegezegdAan: [recipient('Vedder', 'CDA')], IsHerhaaldDoor: [ref('bb', 'TZ202405-2')] }),
  record('bb', 'TZ202405-2', { DatumNakoming: '2024-12-01T00:00:00+01:00', ToegezegdAan: [recipient('Vedder', 'CDA')], IsHerhalingVan: [ref('a', 'TZ202401-1')] }),
  record('ccc', 'TZ202405-3', {
    Ministerie: 'Justitie en Veiligheid',
    ToegezegdAan: [recipient('Bikker', 'ChristenUnie')],
    IsAanvullingOp: [ref('elders', 'TZ202001-9')],
    IsGewijzigdDoor: [{ ...ref('dddd', 'TZ202406-4'), Verwijderd: false }],
  }),
  record('dddd', 'TZ202406-4', { Status: 'Voldaan', ToegezegdAan: [recipient('Bikker', 'ChristenUnie'), recipient('Vedder', 'CDA')], IsWijzigingVan: [ref('ccc', 'TZ202405-3')] }),
];

let server: ODataServer;
const dir = mkdtempSync(join(tmpdir(), 'toezegging-linked-'));
beforeAll(async () => {
  server = await startODataServer(RECORDS, 3);
  const result = await runCliAsync(['import', 'tk', '--data', dir, '--url', server.url]);
  expect(result.code, result.stderr).toBe(0);
});
afterAll(async () => {
  await server.close();
});

const AS_OF = ['--as-of', '2025-01-15'];

describe('linked promises from the Tweede Kamer register', () => {
  test('are asked for by id and number only, and kept on the commitment, in the file and in JSON', () => {
    const expand = new URL(server.requests[0]!, 'http://x').searchParams.get('$expand');
    expect(expand).toContain('IsHerhalingVan($select=Id,Nummer)');
    expect(expand).toContain('IsAangevuldVanuit($select=Id,Nummer)');
    expect(readFileSync(join(dir, 'tk/2024-05.yaml'), 'utf8')).toContain('    links:\n        repeats:\n          - tz202401-1\n');
    const shown = JSON.parse(runCli(['show', 'tz202405-3', '--data', dir, ...AS_OF, '--json']).stdout) as { commitment: { imported: { links: unknown } } };
    expect(shown.commitment.imported.links).toEqual({ supplements: ['tz202001-9'], amendedBy: ['tz202406-4'] });
    expect(runCli(['check', '--data', dir])).toMatchObject({ code: 0, stdout: '' });
  });

  test('show names them, with the state of those in the register', () => {
    const shown = runCli(['show', 'tz202405-2', '--data', dir, ...AS_OF]).stdout;
    expect(shown).toMatch(/herhaalt\s+tz202401-1 \(te laat\)/);
    const other = runCli(['show', 'tz202405-3', '--data', dir, ...AS_OF, '--lang', 'en']).stdout;
    expect(other).toMatch(/supplements\s+tz202001-9\n/);
    expect(other).toMatch(/amended by\s+tz202406-4 \(delivered, date unknown\)/);
  });

  test('status and report count a repeated promise once: the earliest is the one that is late', () => {
    const status = JSON.parse(runCli(['status', '--data', dir, ...AS_OF, '--json', 'id,state']).stdout) as { summary: Record<string, number>; commitments: Array<{ id: string }> };
    expect(status.summary).toMatchObject({ overdue: 1, 'no-deadline': 1, delivered: 1 });
    expect(status.commitments.map(({ id }) => id).sort()).toEqual(['tz202401-1', 'tz202405-3', 'tz202406-4']);
    expect(runCli(['status', '--data', dir, ...AS_OF]).stdout).toContain('te laat 1');
    const report = JSON.parse(runCli(['report', '--data', dir, ...AS_OF, '--format', 'json', '--json', 'id']).stdout) as { overdue: Array<{ id: string }> };
    expect(report.overdue).toEqual([{ id: 'tz202401-1' }]);
    // list shows every promise, repeats too.
    expect(runCli(['list', '--data', dir, ...AS_OF]).stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  test('report --group-by fractie --format json gives each party its open and overdue counts, longest open first', () => {
    const report = JSON.parse(runCli(['report', '--data', dir, ...AS_OF, '--group-by', 'fractie', '--format', 'json']).stdout) as { groupBy: string; groups: unknown[] };
    expect(report.groupBy).toBe('fractie');
    expect(report.groups).toEqual([
      { group: 'CDA', open: 1, overdue: 1, longestOpenDays: 376 },
      { group: 'ChristenUnie', open: 1, overdue: 0, longestOpenDays: 255 },
    ]);
    const members = JSON.parse(runCli(['report', '--data', dir, ...AS_OF, '--group-by', 'persoon', '--json']).stdout) as { groups: Array<{ group: string }> };
    expect(members.groups.map(({ group }) => group)).toEqual(['Vedder', 'Bikker']);
    const text = runCli(['report', '--data', dir, ...AS_OF, '--group-by', 'ministerie']).stdout;
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Per ministerie (2)',
      '  Landbouw, Visserij, Voedselzekerheid en Natuur  1 open, 1 te laat, langst open 376 dagen',
      `  ${'Justitie en Veiligheid'.padEnd(46)}  1 open, 0 te laat, langst open 255 dagen`,
    ]);
    expect(runCli(['report', '--data', dir, '--group-by', 'partij'])).toMatchObject({ code: 2 });
  });

  test('--to and --by narrow list, status and report to a party or member, a ministry or minister', () => {
    const listed = (args: string[]) => runCli(['list', '--data', dir, ...AS_OF, ...args]).stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0]);
    expect(listed(['--to', 'christenunie'])).toEqual(['tz202405-3', 'tz202406-4']);
    expect(listed(['--to', 'Vedder', '--state', 'overdue'])).toEqual(['tz202401-1', 'tz202405-2']);
    expect(listed(['--by', 'justitie'])).toEqual(['tz202405-3']);
    // The minister (Naam) made all four, whatever the ministry.
    expect(listed(['--by', 'wiersma'])).toHaveLength(4);
    const status = JSON.parse(runCli(['status', '--data', dir, ...AS_OF, '--to', 'CDA', '--json', 'id']).stdout) as { summary: Record<string, number> };
    expect(status.summary).toMatchObject({ overdue: 1, delivered: 1, 'no-deadline': 0 });
    expect(runCli(['status', '--data', dir, ...AS_OF, '--by', 'justitie']).stdout).toContain('1 toezegging');
    const report = JSON.parse(runCli(['report', '--data', dir, ...AS_OF, '--to', 'Bikker', '--group-by', 'fractie', '--json']).stdout) as { groups: Array<{ group: string }> };
    expect(report.groups.map(({ group }) => group)).toEqual(['ChristenUnie', 'CDA']);
  });

  test('report lists the promises new since --since, newest first; a repeat is not new', () => {
    const report = JSON.parse(runCli(['report', '--data', dir, '--as-of', '2024-06-30', '--since', '2024-05-01', '--json', 'id']).stdout) as { newSince: unknown[] };
    expect(report.newSince).toEqual([{ id: 'tz202406-4' }, { id: 'tz202405-3' }]);
    expect(runCli(['report', '--data', dir, '--as-of', '2024-06-30', '--since', '2024-05-01']).stdout).toMatch(/\nNieuwe toezeggingen \(2\)\n/);
  });
});
