import { describe, expect, it } from 'vitest';
import { calendarFromData } from '../../../src/core/calendar.js';
import type { LoadedFile } from '../../../src/register/load.js';
import { editableText, errorsOf, evaluate, proposeChange } from '../../../src/register/register-change.js';
import { validateLoadedFile } from '../../../src/register/validate-files.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const calendar = calendarFromData(JSON.parse(readFileSync(join(import.meta.dirname, '../../../calendar/parliamentary-calendar.json'), 'utf8')));
const SOURCE = 'source:\n  id: S\n  type: brief\n  title: T\n  date: 2026-01-10\ncommitments:\n  - id: a\n    title: A\n    due: zomer 2026\n';

function file(path: string, text: string, bom = false): LoadedFile {
  const body = new TextEncoder().encode(text);
  return { path, absolutePath: `/r/${path}`, role: 'source', bytes: bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body };
}

/** A register of files read in full, each checked on its own. */
const stateOf = (files: LoadedFile[]) => evaluate('/r', files, files.map(validateLoadedFile), calendar);

describe('proposeChange', () => {
  it('validates the whole register with the change applied, in memory', () => {
    const state = stateOf([file('a.yaml', SOURCE), file('b.yaml', SOURCE.replace('id: S', 'id: S2').replace('id: a', 'id: b'))]);
    expect(errorsOf(state)).toEqual([]);
    const clash = proposeChange(state, [{ path: 'b.yaml', text: SOURCE.replace('id: S', 'id: S2') }], calendar);
    expect(errorsOf(clash.after).map((d) => d.code)).toEqual(['E_DUPLICATE_ID']);
    const badDue = proposeChange(state, [{ path: 'a.yaml', text: SOURCE.replace('zomer 2026', 'zomr 2026') }], calendar);
    expect(errorsOf(badDue.after).map((d) => d.code)).toEqual(['E_BAD_DEADLINE']);
  });

  it('keeps a BOM, edits the text without it, and skips files that do not change', () => {
    const state = stateOf([file('a.yaml', SOURCE, true)]);
    expect(editableText(state, 'a.yaml')).toBe(SOURCE);
    expect(proposeChange(state, [{ path: 'a.yaml', text: SOURCE }], calendar).writes).toEqual([]);
    const change = proposeChange(state, [{ path: 'a.yaml', text: SOURCE.replace('title: A', 'title: B') }], calendar);
    expect([...change.writes[0]!.after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(change.writes[0]!.beforeText).toBe(SOURCE);
  });

  it('adds a new file to the register it checks', () => {
    const state = stateOf([file('a.yaml', SOURCE)]);
    const change = proposeChange(state, [{ path: 'n/new.yaml', text: SOURCE.replace('id: S', 'id: N').replace('id: a', 'id: n') }], calendar);
    expect(change.writes.map((write) => [write.path, write.absolutePath, write.before])).toEqual([['n/new.yaml', '/r/n/new.yaml', undefined]]);
    expect(change.after.validated.register.commitments.map((c) => c.id)).toEqual(['a', 'n']);
  });
});
