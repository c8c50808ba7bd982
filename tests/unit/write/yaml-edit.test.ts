import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appendItem, readScalar, removeKey, scalar, scalarsInItems, setValue, YamlEditError } from '../../../src/write/yaml-edit.js';

const ORDER = ['id', 'title', 'quote', 'question', 'due', 'status', 'delivered', 'depends_on', 'to', 'tags', 'notes', 'history'];

const REGISTER = `# yaml-language-server: $schema=../schema/toezegging.schema.json
source:
  id: 'S1'        # single-quoted
  type: "brief"   # double-quoted
  title: Stand van zaken om 12:00 uur
  date: 2026-02-10

# The commitments.
commitments:
  - id: a
    title: 'Eerste'
    quote: >-
      Ik zal uw Kamer
      informeren.
    due: "zomer 2026"
    status: open   # not yet
    tags: [x, 'y']

  - id: b
    title: Tweede
    status: open
    history:
      - on: 2026-01-01
        note: begonnen
# trailing comment
`;

/** The lines of `after` that are not in `before`, and the reverse: what `git diff` would show. */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const count = (lines: string[]) => lines.reduce((map, line) => map.set(line, (map.get(line) ?? 0) + 1), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  const added = [...cb].flatMap(([line, n]) => Array<string>(Math.max(0, n - (ca.get(line) ?? 0))).fill(line));
  const removed = [...ca].flatMap(([line, n]) => Array<string>(Math.max(0, n - (cb.get(line) ?? 0))).fill(line));
  return { added, removed };
}

describe('setValue', () => {
  it('replaces a scalar in place, keeping the comment and spacing after it', () => {
    const after = setValue(REGISTER, ['commitments', { id: 'a' }, 'status'], 'delivered');
    expect(changedLines(REGISTER, after)).toEqual({ added: ['    status: delivered   # not yet'], removed: ['    status: open   # not yet'] });
  });

  it('finds items by index as well as by id', () => {
    const after = setValue(REGISTER, ['commitments', 1, 'title'], 'Nieuw');
    expect(changedLines(REGISTER, after)).toEqual({ added: ['    title: Nieuw'], removed: ['    title: Tweede'] });
  });

  it('quotes a new value only when YAML needs it', () => {
    const set = (value: string) => changedLines(REGISTER, setValue(REGISTER, ['commitments', { id: 'b' }, 'title'], value)).added;
    expect(set('Kamerstuk 28638, nr. 250')).toEqual(['    title: Kamerstuk 28638, nr. 250']);
    expect(set('om 12:30 klaar')).toEqual(['    title: om 12:30 klaar']);
    expect(set('Let op: dit')).toEqual(['    title: "Let op: dit"']);
    expect(set('a #b')).toEqual(['    title: "a #b"']);
    expect(set('123')).toEqual(['    title: "123"']);
    expect(set('true')).toEqual(['    title: "true"']);
    expect(set('- lijst')).toEqual(['    title: "- lijst"']);
    expect(set('zegt "ja"')).toEqual(['    title: zegt "ja"']);
    expect(set('"ja"')).toEqual(['    title: "\\"ja\\""']);
    expect(set('één')).toEqual(['    title: één']);
    expect(set('twee\nregels')).toEqual(['    title: "twee\\nregels"']);
  });

  it('replaces a folded block scalar with a one-line value', () => {
    const after = setValue(REGISTER, ['commitments', { id: 'a' }, 'quote'], 'Kort.');
    expect(changedLines(REGISTER, after)).toEqual({ added: ['    quote: Kort.'], removed: ['    quote: >-', '      Ik zal uw Kamer', '      informeren.'] });
    expect(parse(after).commitments[0].due).toBe('zomer 2026');
  });

  it('keeps the quoting of untouched values and a flow list as a flow list', () => {
    const after = setValue(REGISTER, ['commitments', { id: 'a' }, 'tags'], ['p', 'q, r']);
    expect(changedLines(REGISTER, after)).toEqual({ added: ['    tags: [p, "q, r"]'], removed: ["    tags: [x, 'y']"] });
  });

  it('rewrites a block list as a block list', () => {
    const text = 'a:\n  tags:\n    - x\n    - y\n  b: 1\n';
    expect(setValue(text, ['a', 'tags'], ['p', 'q'])).toBe('a:\n  tags:\n    - p\n    - q\n  b: 1\n');
  });

  it('turns a mapping value into a scalar and back', () => {
    const text = 'c:\n  due:\n    after: x\n  status: open\n';
    const scalarDue = setValue(text, ['c', 'due'], 'zomer 2026');
    expect(scalarDue).toBe('c:\n  due: zomer 2026\n  status: open\n');
    expect(setValue(scalarDue, ['c', 'due'], { after: 'y', within: '3 maanden' })).toBe('c:\n  due:\n    after: y\n    within: 3 maanden\n  status: open\n');
  });

  it('adds a missing key after its nearest predecessor in the conventional order', () => {
    const after = setValue(REGISTER, ['commitments', { id: 'a' }, 'delivered'], { on: '2026-06-20', ref: 'Kamerstuk 1, nr. 2' }, { order: ORDER });
    expect(after).toContain('    status: open   # not yet\n    delivered:\n      on: 2026-06-20\n      ref: Kamerstuk 1, nr. 2\n    tags: [x, \'y\']\n');
    expect(changedLines(REGISTER, after).removed).toEqual([]);
  });

  it('adds a key at the end of the mapping when nothing in the order precedes it', () => {
    const after = setValue(REGISTER, ['commitments', { id: 'b' }, 'notes'], 'iets');
    expect(after).toContain('        note: begonnen\n    notes: iets\n# trailing comment\n');
  });

  it('merges a mapping into an existing one key by key', () => {
    const text = 'c:\n  delivered:\n    on: 2026-01-01   # first\n  status: delivered\n';
    expect(setValue(text, ['c', 'delivered'], { on: '2026-02-02', ref: 'brief' })).toBe('c:\n  delivered:\n    on: 2026-02-02   # first\n    ref: brief\n  status: delivered\n');
  });

  it('edits a flow mapping in its own style', () => {
    const text = 'c: {id: a, delivered: {on: 2026-01-01}}\n';
    expect(setValue(text, ['c', 'delivered'], { on: '2026-02-02', ref: 'Kamerstuk 1, nr. 2' })).toBe('c: {id: a, delivered: {on: 2026-02-02, ref: "Kamerstuk 1, nr. 2"}}\n');
    expect(setValue(text, ['c', 'status'], 'open')).toBe('c: {id: a, delivered: {on: 2026-01-01}, status: open}\n');
  });

  it('fills an empty value', () => {
    expect(setValue('a:\nb: 1\n', ['a'], 'x')).toBe('a: x\nb: 1\n');
    expect(setValue('a:\nb: 1\n', ['a'], { on: 'x' })).toBe('a:\n  on: x\nb: 1\n');
  });

  it('keeps CRLF line endings, also on new lines', () => {
    const text = REGISTER.replace(/\n/g, '\r\n');
    const after = setValue(text, ['commitments', { id: 'a' }, 'delivered'], { on: '2026-06-20' }, { order: ORDER });
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain('    delivered:\r\n      on: 2026-06-20\r\n');
  });

  it('learns the indentation of the file', () => {
    const text = 'source:\n    id: s\ncommitments:\n-   id: a\n    status: open\n';
    expect(setValue(text, ['commitments', { id: 'a' }, 'delivered'], { on: '2026-01-01' })).toBe('source:\n    id: s\ncommitments:\n-   id: a\n    status: open\n    delivered:\n        on: 2026-01-01\n');
  });

  it('adds a line break before a key added to a file without a final one', () => {
    expect(setValue('a: 1', ['b'], 2)).toBe('a: 1\nb: 2\n');
  });

  it('writes numbers as numbers', () => {
    expect(setValue('a: 1\n', ['question'], 6)).toBe('a: 1\nquestion: 6\n');
  });

  it('refuses paths that do not exist or have another shape', () => {
    expect(() => setValue(REGISTER, ['commitments', { id: 'zz' }, 'status'], 'x')).toThrow(YamlEditError);
    expect(() => setValue(REGISTER, ['source', 'id', 'x'], 'x')).toThrow(/not-a-mapping/);
    expect(() => setValue('a: [', ['a'], 'x')).toThrow(/unparsable/);
  });
});

describe('appendItem', () => {
  it('appends to a block list of mappings at the same indentation', () => {
    const after = appendItem(REGISTER, ['commitments', { id: 'b' }, 'history'], { on: '2026-11-28', note: 'uitstel: na de zomer' });
    expect(after).toContain('      - on: 2026-01-01\n        note: begonnen\n      - on: 2026-11-28\n        note: "uitstel: na de zomer"\n# trailing comment\n');
  });

  it('creates the key when it is absent', () => {
    const after = appendItem(REGISTER, ['commitments', { id: 'a' }, 'history'], { on: '2026-11-28', note: 'n' }, { order: ORDER });
    expect(after).toContain("    tags: [x, 'y']\n    history:\n      - on: 2026-11-28\n        note: n\n\n  - id: b\n");
  });

  it('appends to a flow list in flow style', () => {
    expect(appendItem('tags: [a, b]   # c\n', ['tags'], 'c d')).toBe('tags: [a, b, c d]   # c\n');
    expect(appendItem('tags: []\n', ['tags'], 'x,y')).toBe('tags: ["x,y"]\n');
  });

  it('appends a flow item to a block list of flow items', () => {
    const text = 'history:\n  - {on: 2026-01-01, note: a}\n';
    expect(appendItem(text, ['history'], { on: '2026-02-02', note: 'b, c' })).toBe('history:\n  - {on: 2026-01-01, note: a}\n  - {on: 2026-02-02, note: "b, c"}\n');
  });

  it('keeps commitments apart by a blank line when they were', () => {
    const after = appendItem(REGISTER, ['commitments'], { id: 'c', title: 'Derde', tags: ['p'], status: 'open' });
    expect(after).toContain('        note: begonnen\n\n  - id: c\n    title: Derde\n    tags: [p]\n    status: open\n# trailing comment\n');
  });

  it('adds after the last item\'s own trailing comments, before a comment at the dash or further left', () => {
    const text = 'l:\n  - id: a\n    title: A\n    # nagevraagd bij het ministerie\n\n    # geen antwoord\n  # - id: oud\n# einde\n';
    expect(appendItem(text, ['l'], { id: 'b' })).toBe('l:\n  - id: a\n    title: A\n    # nagevraagd bij het ministerie\n\n    # geen antwoord\n  - id: b\n  # - id: oud\n# einde\n');
  });

  it('adds after a trailing comment on the last line of a file without a final line break', () => {
    expect(appendItem('l:\n  - a\n    # over a', ['l'], 'b')).toBe('l:\n  - a\n    # over a\n  - b\n');
  });

  it('does not add a blank line between items that had none', () => {
    expect(appendItem('l:\n- a\n- b\n', ['l'], 'c')).toBe('l:\n- a\n- b\n- c\n');
  });

  it('fills an empty list key with a block list', () => {
    expect(appendItem('source:\n  id: s\ncommitments:\n', ['commitments'], { id: 'a', title: 't' })).toBe('source:\n  id: s\ncommitments:\n  - id: a\n    title: t\n');
  });

  it('refuses to append to what is not a list', () => {
    expect(() => appendItem(REGISTER, ['source', 'title'], 'x')).toThrow(/not-a-sequence/);
  });

  it('never changes a byte outside the edit', () => {
    const after = appendItem(REGISTER, ['commitments', { id: 'b' }, 'history'], { on: '2026-11-28', note: 'x' });
    const cut = after.indexOf('      - on: 2026-11-28');
    expect(after.slice(0, cut)).toBe(REGISTER.slice(0, cut));
    expect(after.slice(after.indexOf('# trailing comment'))).toBe('# trailing comment\n');
  });
});

describe('removeKey', () => {
  const text = 'commitments:\n  # eerste\n  - id: a\n    status: delivered # nagevraagd\n    delivered:\n      on: 2025-01-02\n      ref: x # brief\n    tags: [a, b] # mijn tags\n  - {id: b, status: open, tags: [c]}\n';

  it('takes a block key with its lines and trailing comments, and nothing else', () => {
    expect(removeKey(text, ['commitments', { id: 'a' }, 'delivered'])).toBe(text.replace('    delivered:\n      on: 2025-01-02\n      ref: x # brief\n', ''));
    expect(removeKey(text, ['commitments', { id: 'a' }, 'status'])).toBe(text.replace('    status: delivered # nagevraagd\n', ''));
    expect(removeKey(text, ['commitments', { id: 'a' }, 'delivered', 'ref'])).toBe(text.replace('      ref: x # brief\n', ''));
  });

  it('in a flow mapping, takes the pair and one comma', () => {
    expect(removeKey(text, ['commitments', { id: 'b' }, 'status'])).toContain('  - {id: b, tags: [c]}\n');
    expect(removeKey(text, ['commitments', { id: 'b' }, 'tags'])).toContain('  - {id: b, status: open}\n');
  });

  it('an absent key is no change; the key on the dash line is refused rather than take the dash', () => {
    expect(removeKey(text, ['commitments', { id: 'a' }, 'notes'])).toBe(text);
    expect(() => removeKey(text, ['commitments', { id: 'a' }, 'id'])).toThrow(YamlEditError);
  });
});

describe('reading', () => {
  it('reads scalars', () => {
    expect(readScalar(REGISTER, ['commitments', { id: 'a' }, 'status'])).toBe('open');
    expect(readScalar(REGISTER, ['commitments', { id: 'a' }, 'delivered'])).toBeUndefined();
    expect(readScalar(REGISTER, ['commitments', { id: 'zz' }, 'status'])).toBeUndefined();
    expect(scalarsInItems(REGISTER, ['commitments'], 'id')).toEqual(['a', 'b']);
  });

  it("reads a key of every item, skipping items without it or that are no mapping, and a file's thousand items in one parse", () => {
    const text = 'commitments:\n  - {id: a, status: open}\n  - plain\n  - id: c\n  - id: d\n    status:\n  - id: e\n    status: voldaan\n';
    expect(scalarsInItems(text, ['commitments'], 'status')).toEqual(['open', 'voldaan']);
    expect(scalarsInItems(text, ['nothing'], 'status')).toEqual([]);
    const items = Array.from({ length: 1500 }, (_, n) => `  - id: c${n}\n    title: Toezegging ${n}\n    status: open\n`).join('');
    const started = performance.now();
    expect(scalarsInItems(`commitments:\n${items}`, ['commitments'], 'status')).toHaveLength(1500);
    // Parsed once per item, as it was, this took a minute.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('scalar', () => {
  it('reads back as the same string, in block and in flow context', () => {
    for (const value of ['open', '2026-11-28', 'a, b', 'a: b', '[x]', '{x}', "it's", '#x', 'x #y', '', ' pad', '@at', '`tick', '%p', '*star', '&amp', '!bang', '|pipe', '>gt', '?q', 'null', '~', '0x1F', '1e3', 'é', 'tab\there']) {
      expect(parse(`k: ${scalar(value, false)}`).k).toBe(value);
      expect(parse(`[${scalar(value, true)}]`)[0]).toBe(value);
    }
  });
});
