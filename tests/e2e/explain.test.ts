import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

describe('explain', () => {
  it('prints exactly one JSON object with phrase, from, to and rule', () => {
    const result = runCli(['explain', 'in de zomer van 2026', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ phrase: 'in de zomer van 2026', from: '2026-06-01', to: '2026-08-31' });
    expect(json.rule).toMatch(/1 juni t\/m 31 augustus 2026/);
  });

  it('resolves relative phrases against --anchor', () => {
    expect(runJson(['explain', 'voor het zomerreces', '--anchor', '2026-02-10', '--json'])).toMatchObject({ from: '2026-02-10', to: '2026-07-02' });
    expect(runJson(['explain', 'op korte termijn', '--anchor', '2025-12-15', '--json'])).toMatchObject({ from: '2025-12-15', to: '2026-01-26' });
  });

  it('uses null for an open end', () => {
    expect(runJson(['explain', 'doorlopend', '--json'])).toMatchObject({ from: null, to: null });
  });

  it('says when a window rests on an inferred recess date', () => {
    const json = runJson<{ inferred: boolean; rule: string }>(['explain', 'voor het kerstreces 2026', '--json']);
    expect(json.inferred).toBe(true);
    expect(runCli(['explain', 'voor het kerstreces 2026']).stdout).toMatch(/afgeleid/);
  });

  it('exits 1 on an unknown phrase, naming the nearest forms on stderr', () => {
    const result = runCli(['explain', 'zomr 2026', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('zomer 2026');
    expect(result.stderr).toContain('{from: 2026-03-01, to: 2026-06-30}');
  });

  // found by use: the hint offered `{from: …, to: …}` as what to write, and explain, add --due and set due refuse it
  it('says a window itself is written in the source file, not given on the command line', () => {
    const window = runCli(['explain', '{from: 2026-03-01, to: 2026-06-30}']);
    expect(window.code).toBe(1);
    expect(window.stderr).toContain('in het bronbestand: `due: {from: 2026-03-01, to: 2026-06-30}`');
    expect(runCli(['--lang', 'en', 'explain', 'zomr 2026']).stderr).toContain('in the source file: `due: {from: 2026-03-01, to: 2026-06-30}`');
  });

  it('refuses a date that does not exist as anchor (exit 2)', () => {
    expect(runCli(['explain', 'dit jaar', '--anchor', '2026-02-30']).code).toBe(2);
  });

  it('says a phrase tied to an undated event is event-bound, and gives no window', () => {
    const json = runJson(['explain', 'voor het commissiedebat Mensenhandel', '--anchor', '2025-12-15', '--json']);
    expect(json).toMatchObject({ kind: 'event', event: 'het commissiedebat Mensenhandel', relation: 'before', eventDate: null, from: null, to: null, ruleId: 'event' });
    const text = runCli(['explain', 'zodra de evaluatie gereed is', '--anchor', '2025-12-15']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('gebonden aan een gebeurtenis');
    expect(text.stdout).toContain('de evaluatie');
    expect(text.stdout).not.toMatch(/tot en met/);
  });

  it('gives a dated event its window, up to the day before', () => {
    const json = runJson(['explain', 'ten behoeve van het commissiedebat Gevangeniswezen op 16 april aanstaande', '--anchor', '2026-03-02', '--json']);
    expect(json).toMatchObject({ kind: 'event', eventDate: '2026-04-16', from: '2026-03-02', to: '2026-04-15' });
  });

  it('gives a recurring phrase its period and first instance', () => {
    const json = runJson(['explain', 'jaarlijks vóór het zomerreces', '--anchor', '2024-09-23', '--json']);
    expect(json).toMatchObject({ kind: 'recurring', every: 'P1Y', phase: 'voor het zomerreces', from: '2024-09-23', to: '2025-07-03', ruleId: 'recurring' });
    expect(runJson(['explain', 'twee keer per jaar', '--anchor', '2025-12-15', '--json'])).toMatchObject({ every: 'P6M', phase: null, from: '2025-12-15', to: '2026-06-15' });
    expect(runCli(['explain', 'elk kwartaal', '--lang', 'en']).stdout).toContain('quarterly');
  });
});

describe('explain --text', () => {
  const letter = '… dat ik Uw Kamer daartoe voor 1 april 2020 een notitie zal doen toekomen';

  it('finds no deadline in a promise whose named date had passed on the anchor', () => {
    const result = runCli(['explain', '--text', letter, '--anchor', '2020-04-06', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ schemaVersion: 1, text: letter, anchor: '2020-04-06', deadline: null });
  });

  it('finds the summer of 2026 as one exact JSON object, with or without an anchor', () => {
    const text = 'Dit deelonderzoek wordt in de zomer van 2026 opgeleverd.';
    const deadline = {
      phrase: 'in de zomer van 2026',
      start: 24,
      end: 44,
      kind: 'window',
      from: '2026-06-01',
      to: '2026-08-31',
      event: null,
      every: null,
      rule: 'zomer 2026: meteorologische zomer, 1 juni t/m 31 augustus 2026',
      ruleId: 'season',
      inferred: false,
    };
    expect(runJson(['explain', '--text', text, '--anchor', '2025-12-15', '--json'])).toEqual({
      schemaVersion: 1,
      text,
      anchor: '2025-12-15',
      deadline,
    });
    // Today is after that summer; without --anchor the day of the promise is unknown, so the window still counts.
    expect(runJson(['explain', '--text', text, '--as-of', '2026-12-05', '--json'])).toMatchObject({ anchor: '2026-12-05', deadline });
    expect(text.slice(deadline.start, deadline.end)).toBe(deadline.phrase);
  });

  it('marks the phrase in the sentence and gives the rule in words', () => {
    const text = 'Ik zal uw Kamer vóór het komende zomerreces informeren.';
    const result = runCli(['explain', '--text', text, '--anchor', '2026-02-10']);
    expect(result.code).toBe(0);
    const [sentence, carets, ...rest] = result.stdout.split('\n');
    expect(sentence).toBe(text);
    expect(carets).toBe(`${' '.repeat(16)}${'^'.repeat('vóór het komende zomerreces'.length)}`);
    expect(rest.join('\n')).toContain('de dag voor het zomerreces');
  });

  it('says so when the text holds no deadline, in the chosen language', () => {
    const result = runCli(['explain', '--text', 'De minister gaat in gesprek met de sector.', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no deadline found');
  });

  it('gives an event-bound deadline its event and no window, and a recurring one its period', () => {
    const event = runJson<{ deadline: Record<string, unknown> }>([
      'explain', '--text', 'Zodra de evaluatie gereed is, zal ik de Tweede Kamer hierover informeren.', '--anchor', '2021-12-15', '--json',
    ]).deadline;
    expect(event).toMatchObject({ kind: 'event', from: null, to: null, every: null });
    expect(event.event).toContain('evaluatie');
    const recurring = runJson<{ deadline: Record<string, unknown> }>([
      'explain', '--text', 'Uw Kamer wordt jaarlijks vóór het zomerreces geïnformeerd.', '--anchor', '2024-09-23', '--json',
    ]).deadline;
    expect(recurring).toMatchObject({ kind: 'recurring', from: '2024-09-23', to: '2025-07-03', every: 'P1Y', event: null });
  });

  it('wants a phrase or --text, not both and not neither (exit 2)', () => {
    // Given neither, it was told "niet allebei" (not both): the message now names both cases.
    const neither = runCli(['explain']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('precies één van de twee');
    expect(runCli(['explain', 'zomer 2026', '--text', 'in de zomer van 2026']).code).toBe(2);
    expect(runCli(['--lang', 'en', 'explain']).stderr).toContain('exactly one of the two');
  });

  it('says a blank --text is an empty sentence (exit 2)', () => {
    // It was told "precies één van de twee" (exactly one of the two), as if no --text had been given at all.
    const blank = runCli(['explain', '--text', '  ']);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('--text: de zin is leeg');
    expect(blank.stderr).not.toContain('precies één van de twee');
    expect(runCli(['explain', '--text', ''])).toMatchObject({ code: 2, stderr: expect.stringContaining('--text: de zin is leeg') });
    expect(runCli(['--lang', 'en', 'explain', '--text', '']).stderr).toContain('--text: the sentence is empty');
  });
});
