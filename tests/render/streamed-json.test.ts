import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessedCommitment } from '../../src/core/assess.js';
import { digest, DIGEST_LISTS } from '../../src/core/digest.js';
import { groupCounts } from '../../src/core/group.js';
import type { Commitment } from '../../src/core/model.js';
import { en } from '../../src/messages/en.js';
import { BATCH_CHARS, batched, outputText } from '../../src/render/chunks.js';
import { assessmentJsonChunks, commitmentJson, JSON_FIELDS, pick, SCHEMA_VERSION, type CommitmentJson } from '../../src/render/commitment-json.js';
import { jsonChunks, JsonList } from '../../src/render/json-stream.js';
import { jsonText } from '../../src/render/json-text.js';
import { digestJsonChunks } from '../../src/render/report-json.js';
import { assessFolder, CLEAN_REGISTERS } from '../unit/digest/register-fixture.js';

const REGISTER = { path: '/registers/x', example: false };
const SOME_FIELDS: (keyof CommitmentJson)[] = ['state', 'id', 'due', 'waitingChain'];

// The whole-document renderers the streamed ones replace, as they were: one object, then one JSON.stringify.
const wholeCommitments = (items: readonly AssessedCommitment<Commitment>[], fields: readonly (keyof CommitmentJson)[]) =>
  items.map((item) => pick(commitmentJson(item, en), fields));

describe('streamed JSON is byte for byte the whole document', () => {
  for (const [name, dir, asOf] of CLEAN_REGISTERS) {
    for (const human of [false, true]) {
      for (const fields of [JSON_FIELDS, SOME_FIELDS]) {
        const which = `${name}, ${human ? 'indented' : 'one line'}, ${fields === JSON_FIELDS ? 'every field' : 'some fields'}`;

        it(`status --json: ${which}`, async () => {
          const assessment = await assessFolder(dir, asOf);
          const whole = jsonText(
            { schemaVersion: SCHEMA_VERSION, asOf: assessment.asOf, register: REGISTER, summary: { ...assessment.summary }, commitments: wholeCommitments(assessment.items, fields) },
            human,
          );
          expect(outputText(assessmentJsonChunks(assessment, assessment.items, fields, en, REGISTER, human))).toBe(whole);
        });

        it(`report --format json: ${which}`, async () => {
          const assessment = await assessFolder(dir, asOf);
          const report = digest(assessment, { since: '2026-01-01' });
          const groups = { by: 'fractie' as const, counts: groupCounts(assessment.items, 'fractie') };
          for (const withGroups of [false, true]) {
            const lists = Object.fromEntries(DIGEST_LISTS.map((list) => [list, wholeCommitments(report[list], fields)]));
            const whole = jsonText(
              { schemaVersion: SCHEMA_VERSION, asOf: report.asOf, since: report.since, register: REGISTER, ...lists, ...(withGroups && { groupBy: groups.by, groups: groups.counts }) },
              human,
            );
            const streamed = digestJsonChunks(report, en, REGISTER, { fields: fields === JSON_FIELDS ? undefined : fields, groups: withGroups ? groups : undefined, human });
            expect(outputText(streamed)).toBe(whole);
          }
        });
      }
    }
  }

  it('holds for any JSON values, lists empty or not, at either indentation', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json), fc.array(json), fc.boolean(), (head, list, human) => {
        const streamed = outputText(jsonChunks({ ...head, items: new JsonList(list) }, human));
        expect(streamed).toBe(jsonText({ ...head, items: list }, human));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out keys whose value is undefined, as JSON.stringify does', () => {
    expect(outputText(jsonChunks({ a: 1, b: undefined }, true))).toBe('{\n  "a": 1\n}\n');
    expect(outputText(jsonChunks({}, false))).toBe('{}\n');
  });
});

describe('streamed output is made as it is written', () => {
  it('makes the items of a list only as the writer asks for them, a piece at a time', () => {
    let made = 0;
    function* counted(): Iterable<number> {
      for (let n = 0; n < 100_000; n++) {
        made += 1;
        yield n;
      }
    }
    const chunks = jsonChunks({ head: 1, items: new JsonList(counted(), (n) => ({ n })) }, false)[Symbol.iterator]();
    // The head of the document, then the first piece of items: nothing past it has been looked at.
    let chunk = chunks.next();
    while (!chunk.done && !String(chunk.value).includes('"n":')) chunk = chunks.next();
    const piece = String(chunk.value);
    expect(piece.length).toBeGreaterThanOrEqual(BATCH_CHARS);
    expect(piece.length).toBeLessThan(BATCH_CHARS + 100);
    expect(made).toBe(piece.split('"n":').length - 1);
    expect(made).toBeLessThan(100_000);
  });

  it('batches small chunks into pieces of about the size asked for, keeping every character in order', () => {
    const chunks = Array.from({ length: 1000 }, (_, n) => `${n},`);
    const pieces = [...batched(chunks, 100)];
    expect(pieces.join('')).toBe(chunks.join(''));
    expect(pieces.length).toBeGreaterThan(20);
    expect(pieces.slice(0, -1).every((piece) => piece.length >= 100 && piece.length < 110)).toBe(true);
    expect([...batched([], 100)]).toEqual([]);
  });
});
