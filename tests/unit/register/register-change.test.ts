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

  describe('of a register known clean, checking the edited files against the rest', () => {
    const b = SOURCE.replace('id: S', 'id: S2').replace('id: a', 'id: b').replace('zomer 2026', 'eind 2026');
    const c = SOURCE.replace('id: S', 'id: S3').replace('id: a', 'id: c') + '    depends_on: [b]\n';
    const files = () => [file('a.yaml', SOURCE), file('b.yaml', b), file('c.yaml', c)];
    const edits: [string, { path: string; text: string }[]][] = [
      ['a title', [{ path: 'a.yaml', text: SOURCE.replace('title: A', 'title: Anders') }]],
      ['a deadline', [{ path: 'b.yaml', text: b.replace('eind 2026', 'Q1 2027') }]],
      ['a new file', [{ path: 'd.yaml', text: SOURCE.replace('id: S', 'id: S4').replace('id: a', 'id: d') + '    depends_on: [a, c]\n' }]],
      ['a deadline after another', [{ path: 'a.yaml', text: SOURCE.replace('due: zomer 2026', 'due:\n      after: b\n      within: drie maanden') }]],
      ['two files at once', [{ path: 'a.yaml', text: SOURCE.replace('title: A', 'title: Anders') }, { path: 'c.yaml', text: c.replace('[b]', '[a, b]') }]],
      ['an id taken by another file', [{ path: 'a.yaml', text: SOURCE.replace('id: a', 'id: b') }]],
      ['a source id taken by another file', [{ path: 'a.yaml', text: SOURCE.replace('id: S', 'id: S2') }]],
      ['an id another file links to, renamed', [{ path: 'b.yaml', text: b.replace('id: b', 'id: bb') }]],
      ['a cycle through another file', [{ path: 'b.yaml', text: `${b}    depends_on: [c]\n` }]],
      ['a deadline that does not resolve', [{ path: 'a.yaml', text: SOURCE.replace('zomer 2026', 'zomr 2026') }]],
      ['a file that does not parse', [{ path: 'a.yaml', text: `${SOURCE}  - id: [\n` }]],
      ['a warning', [{ path: 'a.yaml', text: SOURCE.replace('    due: zomer 2026\n', '    due: zomer 2026\n    status: voldaan\n    delivered:\n      on: 2025-01-01\n') }]],
    ];
    for (const [name, edit] of edits) {
      it(`gives what checking it whole gives: ${name}`, () => {
        const whole = proposeChange(stateOf(files()), edit, calendar).after;
        const known = stateOf(files());
        expect(known.diagnostics).toEqual([]);
        const clean = proposeChange({ ...known, fromCache: true }, edit, calendar).after;
        expect(clean.diagnostics).toEqual(whole.diagnostics);
        expect(clean.validated.register).toEqual(whole.validated.register);
        expect(clean.deadlines.windows).toEqual(whole.deadlines.windows);
        expect(clean.deadlines.spans).toEqual(whole.deadlines.spans);
        expect(clean.validations).toEqual(whole.validations);
        // The edited files alone were checked when the result is clean; the whole register otherwise.
        expect(clean.fromCache ?? false).toBe(whole.diagnostics.length === 0);
      });
    }
  });
});
