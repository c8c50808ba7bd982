import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlineResolution, DueSummary } from '../../../src/core/model.js';
import { asciiText } from '../../../src/register/ascii-text.js';
import { jsonReadyFromLine, type SharedValues } from '../../../src/register/json-ready-line.js';

const RESOLUTIONS: DeadlineResolution[] = [0, 1, 2].map((n) => ({ kind: 'window', phrase: `p${n}`, from: '2025-01-01', to: '2025-06-30', rule: { id: 'season', args: {} }, inferred: false }));

const shared = (): SharedValues => {
  const phrases = new Map<string, DueSummary>();
  return {
    phrase: (phrase) => phrases.get(phrase) ?? (phrases.set(phrase, { kind: 'phrase', phrase }), phrases.get(phrase)!),
    sourceId: (id) => id,
  };
};

/** A summary line as the cache writes it: the summary's values, JSON text made ASCII. */
const lineOf = (values: unknown[]): string => asciiText(JSON.stringify(values));

const text = fc.string({ unit: 'binary', maxLength: 12 });
const plainText = fc.string({ maxLength: 12 }).filter((value) => !/["\\\u0000-\u001f\u007f-\uffff]/.test(value));
const line = fc.tuple(
  fc.constantFrom('open', 'partial', 'delivered', 'closed', 'lapsed', 'ongoing'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/),
  fc.oneof(fc.constant(0), fc.array(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 2 })),
  fc.integer({ min: -1, max: RESOLUTIONS.length - 1 }),
  text,
  fc.oneof(plainText, text),
  fc.oneof(fc.constant(0), fc.constant('2025-02-03'), text),
  fc.oneof(fc.constant(0), plainText, text, fc.record({ kind: fc.constant('after'), after: plainText })),
  fc.oneof(fc.constant(0), fc.record({ on: fc.constant('2025-04-05'), ref: text }, { requiredKeys: [] }), fc.record({ dateUnknown: fc.constant(true), url: text })),
  fc.oneof(fc.constant(0), fc.array(text, { minLength: 1, maxLength: 3 })),
  fc.oneof(fc.constant(0), fc.array(fc.record({ instance: fc.nat(5), on: fc.constant('2025-01-01') }), { minLength: 1, maxLength: 2 })),
);

describe('a summary line read without parsing it', () => {
  it('gives what parsing it gives, or nothing; and reads every line of the usual shape', () => {
    fc.assert(
      fc.property(line, (values) => {
        const [status, id, repeats, window, title, sourceId, made, due, delivered, tags, deliveries] = values;
        const read = jsonReadyFromLine(lineOf(values), RESOLUTIONS, shared(), 'FIXED');
        const usual = repeats === 0 && deliveries === 0 && typeof due !== 'object' && [sourceId, made, due].every((value) => typeof value !== 'string' || !/["\\\u0000-\u001f\u007f-\uffff]/.test(value));
        expect(read !== undefined).toBe(usual);
        if (!read) return;
        const [summary, resolution] = read;
        expect(resolution).toBe(window >= 0 ? RESOLUTIONS[window] : undefined);
        expect({ ...summary, title: summary.title, tags: summary.tags }).toEqual({
          id,
          status,
          sourceId,
          made: made || undefined,
          due: typeof due === 'string' ? { kind: 'phrase', phrase: due } : undefined,
          delivered: delivered || undefined,
          repeats: undefined,
          deliveries: undefined,
          fixedJson: 'FIXED',
          titleJson: JSON.stringify(title),
          tagsJson: tags === 0 ? undefined : asciiText(JSON.stringify(tags)),
          title,
          tags: tags || [],
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the title with its escapes as JSON text JSON.stringify would make', () => {
    const title = 'Brief “A” over \\ en "B"\n😀 \ud800 é';
    const [summary] = jsonReadyFromLine(lineOf(['open', 't-1', 0, 0, title, 'BRON-A', 0, 'zomer 2025', 0, ['a'], 0]), RESOLUTIONS, shared(), '')!;
    expect(summary.titleJson).toBe(JSON.stringify(title));
    expect(summary.title).toBe(title);
  });

  it('is nothing for a line cut short or not a summary line', () => {
    const whole = lineOf(['open', 't-1', 0, 0, 'Titel', 'BRON-A', 0, 'zomer 2025', 0, 0, 0]);
    for (let end = 0; end < whole.length; end++) expect(jsonReadyFromLine(whole.slice(0, end), RESOLUTIONS, shared(), '')).toBeUndefined();
    expect(jsonReadyFromLine(whole, RESOLUTIONS, shared(), '')).toBeDefined();
    expect(jsonReadyFromLine(lineOf(['open', 't-1', 0, 7, 'Titel', 'BRON-A', 0, 0, 0, 0, 0]), RESOLUTIONS, shared(), '')).toBeUndefined();
    expect(jsonReadyFromLine(`${whole.slice(0, -1)},0]`, RESOLUTIONS, shared(), '')).toBeUndefined();
  });
});
