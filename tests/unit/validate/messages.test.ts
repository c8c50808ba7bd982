import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { en } from '../../../src/messages/en.js';
import { nl } from '../../../src/messages/nl.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/core');

/** Every code the core emits, found in the source as a quoted `E_…`/`W_…` literal. */
function emittedCodes(): string[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const found = new Set<string>();
  for (const file of files) for (const [, code] of readFileSync(path.join(SRC, file), 'utf8').matchAll(/'([EW]_[A-Z0-9_]+)'/g)) found.add(code!);
  return [...found].sort();
}

describe('diagnostic messages', () => {
  test('Dutch and English have the same codes', () => {
    expect(Object.keys(en.diagnostics).sort()).toEqual(Object.keys(nl.diagnostics).sort());
  });

  test.each(emittedCodes())('%s has a message and a hint in both languages', (code) => {
    for (const messages of [nl, en]) {
      const text = messages.diagnostics[code];
      expect(text, code).toBeDefined();
      expect(text!.message({}).length).toBeGreaterThan(0);
      expect(text!.hint?.({}).length).toBeGreaterThan(0);
    }
  });

  test('did-you-mean appears in the hint when there is a suggestion', () => {
    expect(nl.diagnostics.E_UNKNOWN_FIELD!.hint!({ field: 'stauts', suggestion: 'status', allowed: 'status' })).toBe('Bedoelde u `status`?');
    expect(en.diagnostics.E_UNKNOWN_FIELD!.hint!({ field: 'stauts', allowed: 'id, status' })).toBe('Allowed here: id, status.');
  });
});
