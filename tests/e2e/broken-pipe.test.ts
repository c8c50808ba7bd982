import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, looksLikeCrash, NEUTRAL_CWD, runCli } from './run-cli.js';

const COUNT = 2000;
const PIPE_BUFFER = 64 * 1024;
const AS_OF = '2026-11-28';
const PHRASES = ['zomer 2026', 'eerste helft van 2026', 'voor het zomerreces 2026', 'Q3 2026', 'eind 2026', 'begin 2027', '2026-10-01', 'najaar 2027'];
const STATUSES = ['open', 'open', 'open', 'voldaan', 'deels voldaan'];

let register = '';
let letter = '';

/** A register of COUNT commitments, and one with a history long enough to fill the pipe on its own (for show). */
function writeRegister(dir: string): void {
  writeFileSync(join(dir, 'toezegging.config.yaml'), 'horizon: 90\n');
  for (let s = 0; s < COUNT / 50; s++) {
    const lines = ['source:', `  id: BRON-${s}`, '  type: brief', `  title: Kamerbrief ${s} over een onderwerp met een redelijk lange titel`, '  date: 2025-12-01', 'commitments:'];
    for (let c = 0; c < 50; c++) {
      const n = s * 50 + c;
      const status = STATUSES[n % STATUSES.length]!;
      lines.push(`  - id: t-${n}`, `    title: "Toezegging ${n}: de Kamer informeren over de voortgang van maatregel ${n % 97}"`, `    due: ${PHRASES[n % PHRASES.length]}`, `    status: ${status}`);
      if (status === 'voldaan') lines.push('    delivered: {on: 2026-09-15}');
      if (n === 0) {
        lines.push('    history:');
        for (let h = 0; h < 1500; h++) lines.push(`      - {on: 2026-01-01, note: "uitstelbericht ${h}: de levering schuift op naar een later moment in het jaar"}`);
      }
    }
    writeFileSync(join(dir, `bron-${s}.yaml`), `${lines.join('\n')}\n`);
  }
}

/**
 * Runs the binary as `toezegging ARGS | head -1` in a shell (or, `whole`, into
 * `wc -c`, which reads everything); returns its exit status (not the
 * reader's), what it wrote to stderr, and how much `wc` counted. With
 * `merged`, stderr goes into the same pipe (`2>&1 | head -1`), so it breaks too.
 */
function piped(args: readonly string[], { whole = false, merged = false } = {}): { code: number; stderr: string; bytes: number } {
  const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
  const errors = join(mkdtempSync(join(tmpdir(), 'toezegging-pipe-')), 'stderr');
  const reader = whole ? 'wc -c' : 'head -1 >/dev/null';
  const command = `${[process.execPath, BIN, ...args].map(quote).join(' ')} ${merged ? '2>&1' : `2>${quote(errors)}`} | ${reader}; echo "\${PIPESTATUS[0]}"`;
  const result = spawnSync('bash', ['-c', command], { cwd: NEUTRAL_CWD, env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam' }, encoding: 'utf8', timeout: 30_000 });
  const lines = result.stdout.trim().split('\n');
  return { code: Number(lines.at(-1)), stderr: merged ? '' : readFileSync(errors, 'utf8'), bytes: whole ? Number(lines[0]) : 0 };
}

describe('output into a reader that stops early (| head -1)', () => {
  beforeAll(() => {
    register = mkdtempSync(join(tmpdir(), 'toezegging-pipe-register-'));
    writeRegister(register);
    letter = join(mkdtempSync(join(tmpdir(), 'toezegging-pipe-letter-')), 'brief.txt');
    const sentences = Array.from({ length: 700 }, (_, n) => `Ik zal uw Kamer voor de zomer van 2027 informeren over de uitkomsten van onderzoek ${n} naar maatregel ${n % 97}.`);
    writeFileSync(letter, `Datum 1 november 2026\n\n${sentences.join('\n\n')}\n`);
    // A first read fills the cache, so each run below spends its time writing.
    expect(runCli(['check', '--data', register, '--as-of', AS_OF]).code).toBe(0);
  });

  const data = () => ['--data', register, '--as-of', AS_OF];
  const commands: Array<[string, () => string[]]> = [
    ['status', () => ['status', ...data()]],
    ['list', () => ['list', ...data()]],
    ['list --json', () => ['list', '--json', ...data()]],
    ['show', () => ['show', 't-0', ...data()]],
    ['report', () => ['report', '--since', '2025-01-01', '--horizon', '1000', ...data()]],
    ['export csv', () => ['export', '--format', 'csv', ...data()]],
    ['export json', () => ['export', '--format', 'json', ...data()]],
    ['explain --text', () => ['explain', '--as-of', AS_OF, '--text', `Ik zal uw Kamer voor de zomer informeren${' en daarna opnieuw'.repeat(5000)}.`]],
    ['timeline', () => ['timeline', ...data()]],
    ['extract', () => ['extract', letter, '--json', '--as-of', AS_OF]],
  ];

  it.each(commands)('%s: more than a pipe holds; stopped early it exits 0, with no trace and nothing on stderr but its usual lines', (_, args) => {
    const full = piped(args(), { whole: true });
    expect(full.code, full.stderr).toBe(0);
    expect(full.bytes).toBeGreaterThan(PIPE_BUFFER);
    const cut = piped(args());
    expect(cut.code).toBe(0);
    expect(looksLikeCrash(cut.stderr)).toBe(false);
    // What a command says on stderr as a matter of course (extract's count) may stand; nothing else may.
    expect(cut.stderr).toBe(full.stderr);
  });

  it('extract 2>&1 | head -1: the count it writes to stderr after the draft, into the closed pipe, still ends in exit 0', () => {
    // The reader goes away between the draft and the count about half the time: ten runs all but rule chance out.
    const small = join(mkdtempSync(join(tmpdir(), 'toezegging-pipe-letter-')), 'brief.txt');
    writeFileSync(small, 'Datum 1 november 2026\n\nIk zal uw Kamer voor de zomer van 2027 informeren over de uitkomsten.\n');
    const codes = Array.from({ length: 10 }, () => piped(['extract', small, '--as-of', AS_OF], { merged: true }).code);
    expect(codes).toEqual(Array(10).fill(0));
  });
});
