import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/messages/index.js';
import type { Prompter } from '../../../src/write/prompter.js';
import { promptCommitment, type PromptChecks } from '../../../src/write/prompt-commitment.js';

function scripted(answers: string[]): Prompter & { told: string[]; asked: string[] } {
  const told: string[] = [];
  const asked: string[] = [];
  return {
    told,
    asked,
    async ask(question, fallback) {
      asked.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`no scripted answer for: ${question}`);
      return answer === '' ? (fallback ?? '') : answer;
    },
    tell(text) {
      told.push(text);
    },
  };
}

const checks: PromptChecks = {
  sources: [
    { id: 'S1', title: 'Eerste brief' },
    { id: 'S2', title: 'Tweede brief' },
  ],
  asOf: '2026-11-28',
  idFor: (title) => title.toLowerCase().replace(/\s+/g, '-'),
  checkId: (id) => (id === 'bestaat' ? 'al in gebruik' : undefined),
  checkSourceDate: (date) => (/^\d{4}-\d{2}(-\d{2})?$/.test(date) ? undefined : 'geen datum'),
  checkDue: (phrase) => (phrase === 'zomer 2026' ? { ok: true, shown: 'venster 2026-06-01 t/m 2026-08-31' } : { ok: false, problem: `onbekend: ${phrase}` }),
};

const nl = messagesFor('nl');

describe('promptCommitment', () => {
  it('asks for each field, taking defaults for empty answers', async () => {
    const prompter = scripted(['1', 'Kamer informeren', '', 'zomer 2026', 'Ik zal...', 'a, b', '']);
    expect(await promptCommitment(prompter, checks, nl)).toEqual({
      source: 'S1',
      title: 'Kamer informeren',
      id: 'kamer-informeren',
      due: 'zomer 2026',
      quote: 'Ik zal...',
      tags: ['a', 'b'],
      to: [],
      dependsOn: [],
    });
    expect(prompter.told).toContain('  2) S2 — Tweede brief');
    expect(prompter.told).toContain('venster 2026-06-01 t/m 2026-08-31');
  });

  it('offers the last source by default and asks again until an answer is usable', async () => {
    const prompter = scripted(['', '', 'Titel', 'bestaat', 'eigen-id', 'zomr 2026', 'zomer 2026', '', '', 'Bikker']);
    const input = await promptCommitment(prompter, checks, nl);
    expect(input).toMatchObject({ source: 'S2', title: 'Titel', id: 'eigen-id', due: 'zomer 2026', to: ['Bikker'] });
    expect(prompter.told).toEqual(expect.arrayContaining([nl.write.prompt.required, 'al in gebruik', 'onbekend: zomr 2026']));
  });

  it('asks about a new source when the id is new', async () => {
    const prompter = scripted(['2026D9', 'Brief over X', 'gisteren', '2026-02', 'debatt', 'debat', 'T', '', '', '', '', '']);
    const input = await promptCommitment(prompter, checks, nl);
    expect(input).toMatchObject({ source: '2026D9', sourceTitle: 'Brief over X', sourceDate: '2026-02', sourceType: 'debat', title: 'T', id: 't' });
    expect(input.due).toBeUndefined();
    expect(prompter.told).toEqual(expect.arrayContaining([nl.write.prompt.newSource('2026D9'), 'geen datum']));
  });
});
