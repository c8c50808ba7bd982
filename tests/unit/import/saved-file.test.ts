import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bytesFingerprint, textFingerprint } from '../../../src/import/tk/import-memory.js';
import { readNdjsonFile } from '../../../src/import/tk/saved-file.js';
import { apiChange, isDeferred, readRecord, readRecordHead, wholeRecord, type DeferredRecord, type TkRecord } from '../../../src/import/tk/record.js';
import { monthOf } from '../../../src/import/tk/to-commitment.js';
import { isKnownLine, readSaved } from '../../../src/import/tk/saved-records.js';
import { SavedResponsesError, type KnownTexts } from '../../../src/import/tk/saved-responses.js';

const record = (n: number, text = `De minister stuurt de brief over onderwerp ${n}, één keer.`) => ({ Id: `id-${n}`, Nummer: `TZ202412-${n}`, Tekst: text });

/** Reads `text` saved in a file, as the import reads it, and gives the file to `use` while it is open. */
function withFile<T>(text: string | Buffer, use: (fd: number, path: string) => T): T {
  const path = join(mkdtempSync(join(tmpdir(), 'toezegging-saved-')), 'records.ndjson');
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  try {
    return use(fd, path);
  } finally {
    closeSync(fd);
  }
}

/** What is read of the items, with each unread line as its fingerprint and text, and each record left in its line read whole again. */
const shown = (items: ReturnType<typeof readSaved>['items']) => items.map((item) => (isKnownLine(item) ? { known: item.fingerprint, text: item.text, line: item.line } : wholeRecord(item)));

const knownOf = (texts: readonly string[]): KnownTexts => {
  const fingerprints = new Set(texts.map(textFingerprint));
  return { fingerprint: textFingerprint, fingerprintBytes: bytesFingerprint, has: (fingerprint) => fingerprints.has(fingerprint) };
};

describe('readNdjsonFile', () => {
  const lines = [JSON.stringify(record(1)), JSON.stringify({ value: [record(2), record(3)] }), JSON.stringify(record(4, 'Ëën tekst met “aanhalingstekens” en ß.')), JSON.stringify({ value: [record(5), { Foo: 1 }] })];

  test('reads NDJSON as readSaved reads its text: the same records, fingerprints and lines left unread', () => {
    for (const text of [`${lines.join('\n')}\n`, lines.join('\r\n'), `\uFEFF${lines.join('\n\n')}\n`]) {
      for (const known of [undefined, knownOf([]), knownOf([lines[2]!, lines[0]!]), knownOf([`${lines[2]}\r`, `${lines[0]}\r`])]) {
        const fromFile = withFile(text, (fd) => {
          const read = readNdjsonFile(fd, known);
          return read && { ignored: read.ignored, items: shown(read.items) };
        });
        const whole = readSaved(text, known);
        expect(fromFile).toEqual({ ignored: whole.ignored, items: shown(whole.items) });
      }
    }
  });

  test('a line longer than what is read at a time, and lines across the pieces read, are read whole', () => {
    const long = Array.from({ length: 3_000 }, (_, n) => JSON.stringify(record(n, `${'lange tekst '.repeat(n % 1_000 === 7 ? 100_000 : 30)}${n}`)));
    const text = long.join('\n');
    const known = knownOf(long.filter((_, n) => n % 3 === 0));
    const fromFile = withFile(text, (fd) => shown(readNdjsonFile(fd, known)!.items));
    expect(fromFile).toEqual(shown(readSaved(text, known).items));
  });

  test('one JSON value, over one line or many, or text that is no JSON is left to readSaved', () => {
    for (const text of [JSON.stringify({ value: [record(1), record(2)] }), `${JSON.stringify(record(1))}\n\n`, JSON.stringify([record(1), record(2)], null, 2), JSON.stringify({ value: [record(1)] }, null, 2), '{kapot\n{}', '', '  \n'])
      expect(withFile(text, (fd) => readNdjsonFile(fd, knownOf([])))).toBeUndefined();
  });

  test('a bad line is said with its line in the file', () => {
    const failure = (text: string) =>
      withFile(text, (fd) => {
        try {
          readNdjsonFile(fd, undefined);
        } catch (error) {
          return error instanceof SavedResponsesError ? [error.reason, error.line] : error;
        }
        return undefined;
      });
    expect(failure(`${lines[0]}\n\n{not json`)).toEqual(['not-json', 3]);
    expect(failure(`${lines[0]}\n42`)).toEqual(['no-records', 2]);
  });

  test('a line left unread is refused when read after its file changed', () => {
    const text = `${lines[0]}\n${lines[1]}\n`;
    withFile(text, (fd, path) => {
      const [unread] = readNdjsonFile(fd, knownOf([lines[0]!]))!.items;
      writeFileSync(path, text.replace('onderwerp 1', 'onderwerp 9'));
      expect(() => (isKnownLine(unread!) ? unread.text : undefined)).toThrow(SavedResponsesError);
    });
  });

  test('a record on a fingerprinted line of its own is left in the file with its keys, read whole again as read first, and refused once the file changed', () => {
    // A number not in the Kamer's form: filed by the day it was made; no ApiGewijzigdOp: changed as GewijzigdOp says.
    const own = JSON.stringify({ ...record(6), Nummer: 'TZ2024-6', Aanmaakdatum: '2024-11-30T23:30:00Z', GewijzigdOp: '2025-01-02T10:00:00+01:00', Status: 'Openstaand', Ministerie: 'Financiën' });
    const text = `${own}\n${lines[1]}\n${lines[2]}\n`;
    withFile(text, (fd, path) => {
      const items = readNdjsonFile(fd, knownOf([]))!.items;
      // Lines 1 and 3 hold one record each; line 2 a response of two, kept whole.
      expect(items.map((item) => !isKnownLine(item) && isDeferred(item))).toEqual([true, false, false, true]);
      const [first, , , last] = items as [DeferredRecord, TkRecord, TkRecord, DeferredRecord];
      const whole = readSaved(text, knownOf([])).items as TkRecord[];
      const { id, nummer, status, ministerie, verwijderd, apiGewijzigdOp, month, fingerprint } = first;
      expect({ id, nummer, status, ministerie, verwijderd, apiGewijzigdOp, month, fingerprint }).toEqual({
        id: 'id-6',
        nummer: 'TZ2024-6',
        status: 'Openstaand',
        ministerie: 'Financiën',
        verwijderd: false,
        apiGewijzigdOp: apiChange(whole[0]!),
        month: monthOf(whole[0]!),
        fingerprint: whole[0]!.fingerprint,
      });
      expect(month).toBe('2024-12');
      expect(first.read()).toEqual(whole[0]);
      expect(last.read()).toEqual(whole[3]);
      writeFileSync(path, text.replace('onderwerp 6', 'onderwerp 9'));
      expect(() => first.read()).toThrow(SavedResponsesError);
    });
  });

  test('records read again in the order of the file, against it and out of it, across what is read at once and past a longer line, are read as first read; a changed or cut line is refused', () => {
    const many = Array.from({ length: 400 }, (_, n) => JSON.stringify(record(n, `${'tekst van een toezegging '.repeat(n === 150 ? 4_000 : 25)}onderwerp ${n}, klaar.`)));
    const text = `${many.join('\n')}\n`;
    const whole = readSaved(text, knownOf([])).items as TkRecord[];
    withFile(text, (fd, path) => {
      const deferred = readNdjsonFile(fd, knownOf([]))!.items as DeferredRecord[];
      expect(deferred.every((item) => isDeferred(item))).toBe(true);
      const orders = [
        deferred.map((_, n) => n),
        deferred.map((_, n) => deferred.length - 1 - n),
        deferred.map((_, n) => (n % 2 === 0 ? n / 2 : 200 + (n - 1) / 2)),
        [...deferred.map((_, n) => n).filter((n) => n % 7 !== 0), ...deferred.map((_, n) => n).filter((n) => n % 7 === 0)],
      ];
      for (const order of orders) expect(order.map((n) => deferred[n]!.read())).toEqual(order.map((n) => whole[n]));
      // Each line changed in place (as long as it was), then read in the file's order: the changed lines alone are refused.
      writeFileSync(path, text.replace(/onderwerp (\d*)3,/g, 'onderwerp $1X,'));
      let refused = 0;
      for (const [n, item] of deferred.entries()) {
        if (/onderwerp \d*3,/.test(many[n]!)) {
          expect(() => item.read()).toThrow(SavedResponsesError);
          refused += 1;
        } else expect(item.read()).toEqual(whole[n]);
      }
      expect(refused).toBe(40);
      writeFileSync(path, text.slice(0, text.length / 2));
      expect(() => deferred.map((item) => item.read())).toThrow(SavedResponsesError);
    });
  });

  test("a record's head is read as readRecord reads those fields, and is none where readRecord gives none", () => {
    const values: unknown[] = [
      { ...record(7), Aanmaakdatum: ' 2024-12-01T10:00:00+01:00 ', Status: 'Openstaand', Ministerie: 'Financiën', Verwijderd: true, GewijzigdOp: '2025-01-02T10:00:00+01:00', ApiGewijzigdOp: '2025-01-02T09:00:00.5Z' },
      { Id: 42, Nummer: 17, Status: '  ', Ministerie: null, Verwijderd: 'true', Tekst: 'x' },
      { Id: ' id-8 ', Verwijderd: false, KamerbriefNakoming: [{ DocumentNummer: '2025D1' }], ToegezegdAan: ['Bikker'] },
      { Id: '' },
      { Nummer: 'TZ202412-1' },
      [record(1)],
      'id-9',
      null,
    ];
    for (const value of values) {
      const whole = readRecord(value);
      const head = readRecordHead(value);
      if (!whole) expect(head).toBeUndefined();
      else {
        const { id, nummer, aanmaakdatum, ministerie, status, verwijderd, gewijzigdOp, apiGewijzigdOp } = whole;
        expect(head).toEqual({ id, nummer, aanmaakdatum, ministerie, status, verwijderd, gewijzigdOp, apiGewijzigdOp });
      }
    }
  });

  test('fingerprints lines by their bytes as by their text', () => {
    for (const text of lines) expect(bytesFingerprint(Buffer.from(text))).toBe(textFingerprint(text));
    // Longer and shorter in turn, past what the first buffer holds, a part of a larger buffer, and nothing: none takes a byte of another.
    const texts = ['é'.repeat(70_000), 'a', '', `{"Id":"${'x'.repeat(200_000)}"}`, 'kort'];
    for (const text of texts) expect(bytesFingerprint(Buffer.from(text))).toBe(textFingerprint(text));
    const whole = Buffer.from('voor{"Id":"1"}na');
    expect(bytesFingerprint(whole.subarray(4, 14))).toBe(textFingerprint('{"Id":"1"}'));
  });
});
