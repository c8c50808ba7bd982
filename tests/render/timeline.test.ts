import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../src/register/shipped-calendar.js';
import { assess, type Assessment } from '../../src/core/assess.js';
import { loadFiles } from '../../src/register/load.js';
import type { Commitment, Register, Resolution, Source } from '../../src/core/model.js';
import { parseFile } from '../../src/core/parse-yaml.js';
import { resolveDeadlines } from '../../src/core/resolve-deadlines.js';
import { defaultRange, type TimelineRange } from '../../src/core/timeline-scale.js';
import { validateRegister } from '../../src/core/validate/validate.js';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import type { Messages } from '../../src/messages/index.js';
import { makeStyle } from '../../src/render/style.js';
import { OPEN_CHARTED_STATES, renderTimeline } from '../../src/render/timeline.js';
import { visibleWidth } from '../../src/render/text-width.js';

const ROOT = join(import.meta.dirname, '../..');

async function bundled(asOf: string): Promise<Assessment> {
  const loaded = await loadFiles(join(ROOT, 'data'));
  const { register } = validateRegister(loaded.files.map(parseFile));
  return assess(register, resolveDeadlines(register, shippedCalendar()), asOf);
}

/** As the command does it: the default range from the open windows. */
function chart(assessment: Assessment, messages: Messages, width: number, options: { color?: 0 | 1; human?: boolean; range?: TimelineRange } = {}): string {
  const spans = assessment.items.flatMap((item) => (OPEN_CHARTED_STATES.includes(item.state) && item.window ? [item.window] : []));
  const range = options.range ?? defaultRange(spans, assessment.asOf);
  return renderTimeline({ items: assessment.items, range, asOf: assessment.asOf }, messages, makeStyle(options.color ?? 0, options.human ?? false, width));
}

const at = { file: 'a.yaml', line: 1, col: 1 };
const source: Source = { id: 'S1', type: 'brief', title: 'Brief', date: { text: '2026-01-05', anchor: '2026-01-05', precision: 'day' }, refs: [], file: 'a.yaml', position: at };

function commitment(id: string, extra: Partial<Commitment> = {}): Commitment {
  return { id, title: id, sourceId: 'S1', status: 'open', dependsOn: [], to: [], tags: [], history: [], file: 'a.yaml', position: at, ...extra };
}

function window(from: string | null, to: string | null): Resolution {
  return { kind: 'window', phrase: `${from}..${to}`, from, to, rule: { id: 'range', args: {} }, inferred: false };
}

/** One commitment of every kind the chart draws differently. */
function mixed(asOf: string): Assessment {
  const commitments = [
    commitment('te-laat'),
    commitment('loopt'),
    commitment('komt-eraan'),
    commitment('geleverd', { status: 'delivered', delivered: { on: '2026-04-20' } }),
    commitment('geleverd-lang-geleden', { status: 'delivered', delivered: { on: '2024-01-10' } }),
    commitment('zonder-einde'),
    commitment('ver-weg'),
    commitment('wacht', { due: { kind: 'after', after: 'loopt', position: at } }),
    commitment('doorlopend', { status: 'ongoing' }),
  ];
  const windows = {
    'te-laat': window('2026-02-01', '2026-03-31'),
    loopt: window('2026-05-01', '2026-07-31'),
    'komt-eraan': window('2026-09-01', '2026-10-15'),
    geleverd: window('2026-03-01', '2026-04-15'),
    'geleverd-lang-geleden': window('2023-12-01', '2023-12-31'),
    'zonder-einde': window('2026-06-15', null),
    'ver-weg': window('2029-01-01', '2029-03-31'),
  };
  const register: Register = { sources: [source], commitments };
  return assess(register, { windows: new Map(Object.entries(windows)), spans: new Map(), diagnostics: [], calendar: shippedCalendar() }, asOf);
}

describe('renderTimeline on the bundled register', () => {
  it('as of 2026-11-28 at 80 columns (piped): overdue bars, waiting labels, a legend', async () => {
    const text = chart(await bundled('2026-11-28'), nl, 80);
    expect(text).toMatchSnapshot();
    expect(Math.max(...text.split('\n').map(visibleWidth))).toBeLessThanOrEqual(80);
  });

  it('as of 2026-11-28 at 120 columns: ids no longer truncated', async () => {
    const text = chart(await bundled('2026-11-28'), nl, 120);
    expect(text).toMatchSnapshot();
    expect(text).toContain('motie-ceder-leeftijdsverificatie ');
    expect(Math.max(...text.split('\n').map(visibleWidth))).toBeLessThanOrEqual(120);
  });

  it('as of 2026-03-01 in English: spine due, wodc upcoming', async () => {
    expect(chart(await bundled('2026-03-01'), en, 80)).toMatchSnapshot();
  });
});

describe('renderTimeline: every kind of row', () => {
  it('distinguishes the states without colour, clips and arrows what runs beyond the chart', () => {
    const text = chart(mixed('2026-06-10'), nl, 80);
    expect(text).toMatchSnapshot();
    const row = (id: string) => text.split('\n').find((line) => line.startsWith(`${id} `)) ?? '';
    expect(row('te-laat')).toContain('▓');
    expect(row('loopt')).toContain('█');
    expect(row('komt-eraan')).toContain('▒');
    expect(row('komt-eraan')).not.toContain('█');
    expect(row('geleverd')).toContain('░');
    expect(row('zonder-einde').trimEnd().endsWith('▶')).toBe(true);
    expect(row('ver-weg')).toMatch(/vanaf 2029-01-01 ▶$/);
    expect(row('wacht')).toContain('wacht op loopt');
    // Delivered long before the range and stored final states are left out.
    expect(text).not.toContain('geleverd-lang-geleden');
    expect(text).not.toContain('doorlopend ');
  });

  it('says where a window wholly before a chosen range ended', () => {
    const text = chart(mixed('2026-06-10'), en, 80, { range: { from: '2026-05-01', to: '2026-12-31' } });
    expect(text.split('\n').find((line) => line.startsWith('te-laat'))).toMatch(/◀ until 2026-03-31$/);
  });

  it('shows dates in words on a terminal', () => {
    const text = chart(mixed('2026-06-10'), nl, 100, { human: true });
    expect(text).toContain('vandaag (10 juni 2026)');
    expect(text).toContain('vanaf 1 januari 2029 ▶');
  });

  it('colours bars by state: overdue red, due yellow, upcoming cyan, delivered green', () => {
    const text = chart(mixed('2026-06-10'), nl, 80, { color: 1 });
    expect(text).toContain('\u001b[31m▓');
    expect(text).toContain('\u001b[33m█');
    expect(text).toContain('\u001b[36m▒');
    expect(text).toContain('\u001b[32m░');
    expect(text).toContain('\u001b[2mwacht op loopt');
  });

  it('names the months in the chosen language, thinning them out when they do not fit', () => {
    const long = { from: '2026-01-01', to: '2027-12-31' };
    const dutch = chart(mixed('2026-06-10'), nl, 60, { range: long }).split('\n')[1]!;
    expect(dutch.trim().split(/\s+/)).toEqual(['jan', 'apr', 'jul', 'okt', 'jan', 'apr', 'jul', 'okt']);
    const english = chart(mixed('2026-06-10'), en, 200, { range: { from: '2026-01-01', to: '2026-12-31' } }).split('\n')[1]!;
    expect(english.trim().split(/\s+/)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  it('says so when nothing falls in the range', () => {
    const register: Register = { sources: [source], commitments: [commitment('doorlopend', { status: 'ongoing' })] };
    const assessment = assess(register, { windows: new Map(), spans: new Map(), diagnostics: [], calendar: shippedCalendar() }, '2026-06-10');
    expect(chart(assessment, nl, 80)).toBe('Geen toezeggingen met een termijn tussen 2026-06-01 en 2026-12-31.\n');
  });
});
