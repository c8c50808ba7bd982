import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterPdf, makeDocx, makePdf } from '../fixtures/extract/make-documents.js';
import { looksLikeCrash, runCli } from './run-cli.js';

const LETTER = join(import.meta.dirname, '../../data/sources/2025Z19579-antwoorden-kamervragen-bikker.txt');
const AS_OF = ['--as-of', '2026-03-01'];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'toezegging-extract-'));
}

/** An empty register to write into. */
function emptyRegister(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'toezegging.config.yaml'), 'horizon: 90\n');
  return dir;
}

describe('toezegging extract', () => {
  it('drafts a source file that check accepts, and says the letter is undated', () => {
    const result = runCli(['extract', LETTER, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('2025-12-15');
    expect(result.stdout).toContain('id: 2025Z19579');
    const register = emptyRegister();
    writeFileSync(join(register, '2025Z19579.yaml'), result.stdout);
    const check = runCli(['check', '--data', register, ...AS_OF]);
    expect(check).toMatchObject({ code: 0, stderr: '' });
    const status = runCli(['list', '--data', register, '--json', ...AS_OF]);
    expect(JSON.parse(status.stdout).commitments).toHaveLength(8);
  });

  // Issue 11, "a status where the letter reports it": an Eerste Kamer register entry marked "Status | voldaan" (T03098, a studied text of the corpus).
  it('drafts a register entry reported as kept as delivered on a day unknown, which check accepts', () => {
    const entry = join(import.meta.dirname, '../fixtures/extract/letters/ek-T03098-tijdpad-inburgering.txt');
    const result = runCli(['extract', entry, '--date', '2020-12-01', ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/status: delivered\n\s+delivered:\n\s+date_unknown: true\n/);
    const register = emptyRegister();
    writeFileSync(join(register, 'T03098.yaml'), result.stdout);
    expect(runCli(['check', '--data', register, ...AS_OF])).toMatchObject({ code: 0, stderr: '' });
    const listed = JSON.parse(runCli(['list', '--data', register, '--json', ...AS_OF]).stdout) as { commitments: { status: string }[] };
    expect(listed.commitments.map((commitment) => commitment.status)).toEqual(['delivered']);
    // --json says so too, in the shape list --json gives a delivery: "voldaan" without a day was only in the YAML.
    const json = JSON.parse(runCli(['extract', entry, '--date', '2020-12-01', '--json', ...AS_OF]).stdout) as { commitments: { status: string; delivered: unknown }[] };
    expect(json.commitments.map(({ status, delivered }) => ({ status, delivered }))).toEqual([{ status: 'delivered', delivered: { on: null, dateUnknown: true, ref: null, url: null } }]);
    const listedDelivery = (JSON.parse(runCli(['list', '--data', register, '--json', ...AS_OF]).stdout) as { commitments: { delivered: unknown }[] }).commitments[0]!.delivered;
    expect(json.commitments[0]!.delivered).toEqual(listedDelivery);
  });

  it('--json gives the documented object', () => {
    const result = runCli(['extract', LETTER, '--json', ...AS_OF]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { schemaVersion: number; source: Record<string, unknown>; commitments: Record<string, unknown>[]; skipped: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['schemaVersion', 'source', 'commitments', 'skipped']);
    expect(json.schemaVersion).toBe(1);
    expect(json.source).toMatchObject({ id: '2025Z19579', type: 'kamervragen', date: '2025-12-15', by: 'Minister van Justitie en Veiligheid' });
    for (const commitment of json.commitments) {
      expect(Object.keys(commitment)).toEqual(['id', 'title', 'quote', 'due', 'type', 'by', 'dependsOn', 'status', 'delivered', 'question', 'cues', 'confidence', 'start', 'end']);
      // A delivery the letter itself makes is dated by the letter; an open promise has none.
      expect(commitment.delivered).toEqual(commitment.status === 'delivered' ? { on: '2025-12-15', dateUnknown: false, ref: null, url: null } : null);
    }
    const spine = json.commitments.find((commitment) => commitment.due === 'in de eerste helft van 2026');
    expect(spine).toMatchObject({ type: 'new', status: 'open', question: '6' });
    expect(json.commitments.some((commitment) => typeof commitment.due === 'object' && commitment.due !== null && 'after' in commitment.due)).toBe(true);
    for (const skip of json.skipped) expect(Object.keys(skip)).toEqual(['text', 'why']);
  });

  it('--date overrides the date and reads the letter from stdin with -', () => {
    const result = runCli(['extract', '-', '--date', '2026-01-05', '--json', ...AS_OF], { input: readFileSync(LETTER, 'utf8') });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).source).toMatchObject({ date: '2026-01-05', dateOrigin: 'given' });
    expect(result.stderr).not.toContain('geen datum');
  });

  // found by use: an empty pipe was named "stdin", in English, in a Dutch message
  it('names standard input in the language of the output', () => {
    expect(runCli(['extract', '-', ...AS_OF], { input: '' })).toMatchObject({ code: 3, stderr: 'toezegging: de standaardinvoer is leeg.\n' });
    expect(runCli(['extract', '-', '--lang', 'en', ...AS_OF], { input: '' })).toMatchObject({ code: 3, stderr: 'toezegging: standard input is empty.\n' });
  });

  it('--write adds the source under the write rules; --dry-run shows the diff and writes nothing', () => {
    const register = emptyRegister();
    const dry = runCli(['extract', LETTER, '--write', '--dry-run', '--data', register, ...AS_OF]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+  id: 2025Z19579');
    // It says what it would write, not that it wrote.
    expect(dry.stderr).toMatch(/^Zou schrijven: 2025Z19579\.yaml \(\d+ toezeggingen\)\.$/m);
    expect(dry.stderr).not.toContain('Geschreven');
    expect(runCli(['extract', LETTER, '--write', '--dry-run', '--lang', 'en', '--data', register, ...AS_OF]).stderr).toMatch(/^Would write: 2025Z19579\.yaml \(\d+ commitments\)\.$/m);
    expect(existsSync(join(register, '2025Z19579.yaml'))).toBe(false);
    const written = runCli(['extract', LETTER, '--write', '--data', register, ...AS_OF]);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^Geschreven: 2025Z19579\.yaml \(\d+ toezeggingen\)\.$/m);
    expect(runCli(['check', '--data', register, ...AS_OF]).code).toBe(0);
    const again = runCli(['extract', LETTER, '--write', '--data', register, ...AS_OF]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--source-id');
  });

  it('inside a register, suggests which open commitments the letter delivers or postpones, and changes nothing', () => {
    const register = emptyRegister();
    const example = readFileSync(join(import.meta.dirname, '../../data/2025Z19579.yaml'), 'utf8');
    writeFileSync(join(register, '2025Z19579.yaml'), example);
    const letter = join(tempDir(), 'uitstel.txt');
    writeFileSync(
      letter,
      'Den Haag, 12 mei 2026\n\nGeachte voorzitter,\n\nIn de antwoorden op de vragen 2025Z19579 heb ik toegezegd u te informeren over het WODC-deelonderzoek naar de sekswerkadvertentieplatforms. Door vertraging bij het onderzoek kan ik die toezegging niet op tijd nakomen. Ik zal uw Kamer in het najaar van 2026 over het deelonderzoek informeren.\n',
    );
    const result = runCli(['extract', letter, '--data', register, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('toezegging set wodc-onderzoek due "in het najaar van 2026"');
    expect(result.stderr).not.toContain('motie-ceder-voortgangsbrief');
    expect(readFileSync(join(register, '2025Z19579.yaml'), 'utf8')).toBe(example);
  });

  it('--review asks questions, so it needs a terminal', () => {
    const result = runCli(['extract', LETTER, '--review', ...AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--review');
    expect(looksLikeCrash(result.stderr)).toBe(false);
  });

  it('reads a web page without its navigation, footnotes apart', () => {
    const dir = tempDir();
    const page = join(dir, 'brief.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Brief</title><script>var x = "Ik zal alles sturen";</script></head><body>
<nav><ul><li>Home</li><li>Ik zal u voor de zomer informeren over het menu</li></ul></nav>
<main><p>Den Haag, 8 december 2025</p><p>Geachte voorzitter,</p>
<p>Ik zal uw Kamer voor de zomer van 2026 informeren over de uitkomsten van de evaluatie<sup>1</sup>.</p>
<div class="voetnoten"><p>1 Kamerstuk 36547, nr. 34.</p></div></main>
<footer>Ik zal de website vernieuwen in 2026.</footer></body></html>`,
    );
    const result = runCli(['extract', page, '--json', ...AS_OF]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.source).toMatchObject({ date: '2025-12-08', dateOrigin: 'stated' });
    expect(json.commitments.map((commitment: { quote: string }) => commitment.quote)).toEqual([
      'Ik zal uw Kamer voor de zomer van 2026 informeren over de uitkomsten van de evaluatie.',
    ]);
    expect(json.source.cited).toContain('Kamerstuk 36547, nr. 34');
  });

  it('drafts the same commitments from the letter as PDF and as DOCX as from its text', () => {
    const dir = tempDir();
    const paragraphs = readFileSync(LETTER, 'utf8')
      .split('\n')
      .map((paragraph) => paragraph.replace(/\[footnoteRef:\d+\]/g, '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    writeFileSync(join(dir, 'brief.pdf'), letterPdf(paragraphs, ['Datum', '15 december 2025', 'Kenmerk', '6712345'], 2));
    writeFileSync(join(dir, 'brief.docx'), makeDocx(paragraphs));
    const quotes = (file: string) => {
      const result = runCli(['extract', file, '--json', ...AS_OF]);
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { commitments: { quote: string }[] }).commitments.map((commitment) => commitment.quote);
    };
    const fromText = quotes(LETTER);
    expect(quotes(join(dir, 'brief.pdf'))).toEqual(fromText);
    expect(quotes(join(dir, 'brief.docx'))).toEqual(fromText);
  });

  describe('bad input: one clear message, exit 3, no stack trace', () => {
    const dir = tempDir();
    const file = (name: string, bytes: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const huge = file('huge.txt', '');
    truncateSync(huge, 60 * 1024 * 1024);
    it.each([
      ['an empty file', file('empty.txt', ''), /leeg/],
      // found by use: the message named only UTF-8, though UTF-16 with a BOM and Windows-1252 text are read too
      ['binary junk', file('junk.txt', new Uint8Array(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))), /onbekend formaat\. toezegging extract leest platte tekst \(UTF-8, UTF-16 met BOM of Windows-1252\), HTML, PDF en DOCX/],
      ['a zip that is no Word document', file('archive.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])), /onbekend formaat/],
      ['a damaged Word document', file('damaged.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml garbage')])), /geen leesbaar Word-document/],
      ['a damaged PDF', file('damaged.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n'), /geen leesbare PDF/],
      ['an encrypted PDF', file('encrypted.pdf', makePdf([[{ x: 72, y: 700, text: 'Geheim' }]], { encrypted: true })), /versleutelde PDF/],
      ['a scanned PDF without a text layer', file('scan.pdf', makePdf([[], []])), /geen tekst in om te lezen/],
      ['a missing file', join(dir, 'missing.txt'), /kan .*missing\.txt niet lezen: het bestand of een map in het pad bestaat niet \(ENOENT\)/],
      ['a folder', dir, /niet lezen: het is een map \(EISDIR\)/],
      // found by use: a Word document or web page without text was asked whether it was a scanned PDF
      ['a Word document without text', file('blank.docx', makeDocx([])), /blank\.docx: er staat geen tekst in om te lezen\.$/m],
      ['a web page without text', file('blank.html', '<html><head><script>var a = 1;</script></head><body></body></html>'), /blank\.html: er staat geen tekst in om te lezen\.$/m],
      ['a file over the limit', huge, /groter dan 50 MB/],
      // found measuring long texts: an 18.8 MB text under the file limit ran for a minute and took 564 MB
      ['a text over the limit', file('long.txt', 'Ik zal uw Kamer informeren. '.repeat(120_000)), /long\.txt bevat meer dan 3 miljoen tekens tekst/],
    ])('%s', (_, path, message) => {
      const result = runCli(['extract', path, ...AS_OF]);
      expect(result.code).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(looksLikeCrash(result.stderr)).toBe(false);
    });
  });
});
