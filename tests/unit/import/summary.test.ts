import { describe, expect, test } from 'vitest';
import { en } from '../../../src/messages/en.js';
import { nl } from '../../../src/messages/nl.js';
import type { ImportOutcome } from '../../../src/import/tk/apply-import.js';
import { importSummaryJson, importSummaryText } from '../../../src/import/tk/summary.js';

const outcome: ImportOutcome = {
  plan: {
    writes: [],
    changed: new Set(),
    remembered: [],
    recalled: 0,
    summary: {
      records: 12,
      considered: 11,
      added: 2,
      updated: 1,
      unchanged: 6,
      removed: 1,
      dueFromDate: 3,
      dueFromText: 4,
      dueEventBound: 1,
      dueKept: 1,
      noDue: 1,
      unknownStatuses: [{ nummer: 'TZ202501-005', value: 'In \u001b[31mbehandeling' }],
      undated: ['0c9d1f7e'],
      elsewhere: [{ nummer: 'TZ202412-116', file: 'eigen.yaml' }],
      collisions: [],
    },
  },
  files: [
    { path: 'tk/2025-01.yaml', created: true },
    { path: 'tk/2024-12.yaml', created: false },
  ],
  lastSync: '2025-04-03T09:00:00+02:00',
};

describe('import summary', () => {
  test('in Dutch, with every problem on its own line and control characters neutralised', () => {
    expect(importSummaryText(outcome, { origin: 'toezeggingen.json', ignored: 1, dryRun: false }, nl)).toMatchInlineSnapshot(`
      "Tweede Kamer (toezeggingen.json): 12 records gelezen, 11 na de filters
        toegevoegd 2, bijgewerkt 1, ongewijzigd 6, verwijderd 1
        termijnen: 3 uit DatumNakoming, 4 uit de tekst (waarvan 1 gebonden aan een gebeurtenis zonder datum), 1 zonder termijn, 1 lokaal gecorrigeerd en behouden
        1 item zonder Id genegeerd: geen record
        TZ202501-005: onbekende status "In \\u{1b}[31mbehandeling"; niet ingelezen (een bestaande toezegging blijft zoals ze was)
        0c9d1f7e: geen nummer en geen datum, dus geen maand om het onder te brengen; niet ingelezen
        TZ202412-116: staat in eigen.yaml, niet in tk/; niet bijgewerkt (zet de toezegging terug in tk/ of verwijder haar daar)
      Geschreven: tk/2025-01.yaml (nieuw), tk/2024-12.yaml
      De volgende import vraagt alleen wat na 2025-04-03T09:00:00+02:00 in de API is gewijzigd, met enkele minuten overlap (import.tk.last_sync).
      "
    `);
  });

  test('a dry run in English', () => {
    const text = importSummaryText(outcome, { origin: 'https://example.org/Toezegging', pages: 1, ignored: 0, dryRun: true }, en);
    expect(text).toContain('read 12 records in 1 page, 11 after the filters');
    expect(text).toContain('Dry run, nothing written. Would write: tk/2025-01.yaml (new), tk/2024-12.yaml');
    expect(text).toContain('Would set import.tk.last_sync to 2025-04-03T09:00:00+02:00.');
  });

  test('as JSON, with the schema version', () => {
    const json = JSON.parse(importSummaryJson(outcome, { origin: 'x', ignored: 0, dryRun: false })) as Record<string, unknown>;
    expect(json).toMatchObject({ schemaVersion: 1, added: 2, removed: 1, lastSync: '2025-04-03T09:00:00+02:00', pages: null });
  });
});
