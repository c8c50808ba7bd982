import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_SCRIPT, runCli, runOnTerminal } from './run-cli.js';

/**
 * A register of `sources` letters of 50 commitments each, laid out as the
 * benchmark's synthetic registers are, with deadline phrases of every kind.
 * All are closed (delivered, done or lapsed), so that `status` reads every one
 * but lists none: its output stays a few lines.
 */
function writeRegister(dir: string, sources: number): void {
  const phrases = ['zomer 2026', 'eerste helft van 2026', 'voor het zomerreces', 'Q3 2026', 'eind 2026', 'binnen drie maanden', 'voor 1 maart 2026', 'medio 2026', 'najaar 2026', 'voor het kerstreces 2026', 'rond Prinsjesdag 2026', 'begin 2027'];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'toezegging.config.yaml'), 'horizon: 90\n');
  for (let s = 0; s < sources; s++) {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const lines = ['source:', `  id: BRON-${pad(s, 6)}`, '  type: brief', `  title: Kamerbrief ${s} over een onderwerp met een redelijk lange titel`, `  date: 2025-${pad((s % 12) + 1, 2)}-${pad((s % 27) + 1, 2)}`, '  by: Minister van Justitie en Veiligheid', 'commitments:'];
    for (let c = 0; c < 50; c++) {
      const n = s * 50 + c;
      lines.push(
        `  - id: t-${pad(n, 7)}`,
        `    title: "Toezegging ${n}: de Kamer informeren over de voortgang van maatregel ${n % 97}"`,
        '    quote: >-',
        '      Ik zal uw Kamer over de uitkomsten informeren zodra het onderzoek is',
        '      afgerond, naar verwachting binnen de genoemde termijn.',
        `    due: ${phrases[n % phrases.length]}`,
      );
      if (n % 3 === 0) lines.push('    status: voldaan', '    delivered:', `      on: 2026-${pad((n % 12) + 1, 2)}-15`, `      ref: Kamerstuk 12345, nr. ${n % 400}`);
      else lines.push(`    status: ${n % 3 === 1 ? 'afgedaan' : 'vervallen'}`);
      lines.push(`    tags: [thema-${n % 20}]`);
    }
    writeFileSync(join(dir, `bron-${pad(s, 6)}.yaml`), `${lines.join('\n')}\n`);
  }
}

/**
 * Progress waits a second before it shows; TOEZEGGING_PROGRESS_AFTER=0 shows
 * it from the first file, so that these tests hold however fast the machine
 * reads (the unit tests check the wait itself). Large enough that a read is
 * hundreds of files.
 */
const SOURCES = 100;
const AS_OF = ['--as-of', '2026-11-28'];
/** A first read of 5,000 commitments can take seconds when the machine is busy. */
const SLOW = 120_000;
const HEADER = `Toezeggingen op 2026-11-28: ${SOURCES * 50} toezeggingen uit ${SOURCES} bronnen`;

const PROGRESS = /register lezen: \d+ van \d+ bestanden…/;
const FILES = SOURCES + 1;
const ERASE = String.raw`\r\x1b\[2K`;
/**
 * All a terminal shows of stderr: progress lines, each drawn over the last
 * (carriage return, erase line), the last one counting every file read (the
 * configuration too), then the line erased before anything else is written.
 */
const ONLY_PROGRESS = new RegExp(String.raw`^(${ERASE}register lezen: \d+ van ${FILES} bestanden…)*${ERASE}register lezen: ${FILES} van ${FILES} bestanden…${ERASE}$`);

describe.skipIf(!HAS_SCRIPT)('progress of a long first read of a register', () => {
  let work: string;
  let dir: string;
  /** A fresh cache folder for each run: every read is a first read. */
  const emptyCache = () => ({ TOEZEGGING_CACHE_DIR: mkdtempSync(join(work, 'cache-')), TOEZEGGING_PROGRESS_AFTER: '0' });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'toezegging-progress-'));
    dir = join(work, 'register');
    writeRegister(dir, SOURCES);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('status on a terminal: a line on stderr, rewritten in place and cleared at the end; none on stdout', () => {
    const stdoutFile = join(work, 'status.out');
    const result = runOnTerminal(['status', '--data', dir, ...AS_OF], { env: emptyCache(), stdoutFile });
    expect(result.code).toBe(0);
    // With stdout in a file, the terminal shows stderr alone.
    expect(result.output).toMatch(ONLY_PROGRESS);
    const stdout = readFileSync(stdoutFile, 'utf8');
    expect(stdout.startsWith(`${HEADER}\n`)).toBe(true);
    expect(stdout).not.toMatch(PROGRESS);
    expect(stdout).not.toContain('\r');
  }, SLOW);

  it('status piped: the same first read shows no progress', () => {
    const result = runCli(['status', '--data', dir, ...AS_OF], { env: emptyCache() });
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`${HEADER}\n`)).toBe(true);
    expect(result.stderr).toBe('');
  }, SLOW);

  it('note on a terminal: the read before the change shows progress, cleared before the change is reported', () => {
    const stdoutFile = join(work, 'note.out');
    const result = runOnTerminal(['note', 't-0000007', 'voortgang besproken', '--data', dir, ...AS_OF], { env: emptyCache(), stdoutFile });
    expect(result.code).toBe(0);
    expect(result.output).toMatch(ONLY_PROGRESS);
    expect(readFileSync(stdoutFile, 'utf8')).toBe('t-0000007: notitie van 2026-11-28 toegevoegd aan history: voortgang besproken\n');
    expect(readFileSync(join(dir, 'bron-000000.yaml'), 'utf8')).toContain('voortgang besproken');
  }, SLOW);
});
