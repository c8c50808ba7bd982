import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, looksLikeCrash, ROOT, runCli, runJson } from './run-cli.js';
import { copyFixture } from './write-fixtures.js';
import { lockHeldBy } from './lock-holder.js';

const AS_OF = ['--as-of', '2026-11-28'];
const FILE = '2025Z19579.yaml';

interface StatusJson {
  commitments: Array<{ id: string; state: string; due: { phrase: string; from: string | null; to: string | null } | null; source: string; tags: string[] }>;
}

function read(dir: string, file = FILE): string {
  return readFileSync(join(dir, file), 'utf8');
}

describe('add', () => {
  it('adds a commitment that status then reports with its resolved window', () => {
    const dir = copyFixture('plain');
    const result = runCli(['add', '--title', 'Kamer informeren over één pilot', '--due', 'zomer 2026', '--tag', 'pilot', '--tag', 'a,b', '--question', '4', '--data', dir, ...AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Toegevoegd: kamer-informeren-over-een-pilot (in 2025Z19579.yaml).');
    expect(result.stdout).toContain('2026-06-01');
    expect(result.stdout).toContain('2026-08-31');
    const status = runJson<StatusJson>(['status', '--json', '--data', dir, ...AS_OF]);
    const added = status.commitments.find((c) => c.id === 'kamer-informeren-over-een-pilot');
    expect(added).toMatchObject({ state: 'overdue', source: '2025Z19579', tags: ['pilot', 'a', 'b'], due: { phrase: 'zomer 2026', from: '2026-06-01', to: '2026-08-31' } });
    expect(read(dir)).toContain('\n\n  - id: kamer-informeren-over-een-pilot\n    title: Kamer informeren over één pilot\n    question: 4\n    due: zomer 2026\n    status: open\n    tags: [pilot, a, b]\n');
  });

  it('adds the new entry below the comments that follow the last one, so they stay with it', () => {
    const dir = copyFixture('plain');
    const file = join(dir, FILE);
    writeFileSync(file, `${read(dir)}    # De minister noemde hier geen datum; nagevraagd op 1 december.\n  # Vraag 8 is nog niet verwerkt.\n`);
    const result = runCli(['add', '--title', 'Nieuwe toezegging', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(read(dir)).toContain(
      '    tags: [mensenhandel, sekswerkadvertentieplatforms]\n    # De minister noemde hier geen datum; nagevraagd op 1 december.\n\n  - id: nieuwe-toezegging\n    title: Nieuwe toezegging\n    status: open\n  # Vraag 8 is nog niet verwerkt.\n',
    );
  });

  it('adds a commitment due after another, which waits until that one is delivered', () => {
    const dir = copyFixture('plain');
    const result = runCli(['add', '--title', 'Plan naar de Kamer', '--after', 'wodc-onderzoek', '--within', '3 maanden', '--data', dir, ...AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wacht op wodc-onderzoek');
    expect(read(dir)).toContain('\n  - id: plan-naar-de-kamer\n    title: Plan naar de Kamer\n    due:\n      after: wodc-onderzoek\n      within: 3 maanden\n    status: open\n');
    expect(runCli(['check', '--data', dir]).code).toBe(0);
    const waiting = runJson<StatusJson & { commitments: Array<{ waitingOn: string | null }> }>(['status', '--json', '--data', dir, ...AS_OF]);
    expect(waiting.commitments.find((c) => c.id === 'plan-naar-de-kamer')).toMatchObject({ state: 'waiting', waitingOn: 'wodc-onderzoek' });

    expect(runCli(['deliver', 'wodc-onderzoek', '--on', '2026-10-01', '--data', dir, ...AS_OF]).code).toBe(0);
    const running = runJson<StatusJson>(['status', '--json', '--data', dir, ...AS_OF]);
    expect(running.commitments.find((c) => c.id === 'plan-naar-de-kamer')).toMatchObject({ state: 'due', due: { from: '2026-10-01', to: '2027-01-01' } });
  });

  it('refuses --after with --due, --within without --after, an unknown id and an unreadable length of time', () => {
    const dir = copyFixture('plain');
    const before = read(dir);
    for (const [args, message] of [
      [['--due', 'eind 2026', '--after', 'wodc-onderzoek'], '--due en --after gaan niet samen'],
      [['--within', '3 maanden'], '--within hoort bij --after'],
      [['--after', 'wodc-onderzek'], 'Bedoelde u: wodc-onderzoek?'],
      [['--after', 'wodc-onderzoek', '--within', '3 maandjes'], 'onbekende duur "3 maandjes"'],
    ] as const) {
      const result = runCli(['add', '--title', 'Plan', ...args, '--data', dir, ...AS_OF]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(read(dir)).toBe(before);
  });

  it('makes a derived id unique and refuses a taken one', () => {
    const dir = copyFixture('plain');
    expect(runCli(['add', '--title', 'WODC onderzoek', '--data', dir, ...AS_OF]).stdout).toContain('Toegevoegd: wodc-onderzoek-2 ');
    const taken = runCli(['add', '--id', 'wodc-onderzoek', '--title', 'x', '--data', dir, ...AS_OF]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('al een toezegging met id wodc-onderzoek');
  });

  it('refuses an unknown deadline phrase with the nearest forms, writing nothing', () => {
    const dir = copyFixture('plain');
    const before = read(dir);
    const result = runCli(['add', '--title', 'x', '--due', 'zomr 2026', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('onbekende termijn "zomr 2026"');
    expect(result.stderr).toContain('  zomer 2026');
    expect(read(dir)).toBe(before);
  });

  it('creates a new source file in toezeggingen/ when the source is new', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-init-'));
    expect(runCli(['init', dir, ...AS_OF]).code).toBe(0);
    const result = runCli(['add', '--source', '2026D01234', '--source-title', 'Brief: pilot', '--source-date', '2026-02-10', '--source-type', 'brief', '--title', 'Evaluatie', '--due', 'eind 2026', '--data', dir, ...AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = read(dir, 'toezeggingen/2026D01234.yaml');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S*schema\/toezegging\.schema\.json\n/);
    expect(text).toContain('source:\n  id: 2026D01234\n  type: brief\n  title: "Brief: pilot"\n  date: 2026-02-10\n\ncommitments:\n  - id: evaluatie\n    title: Evaluatie\n    due: eind 2026\n    status: open\n');
    expect(runCli(['check', '--data', dir]).code).toBe(0);
  });

  it('asks for a title for a new source, and refuses without --title off a terminal', () => {
    const dir = copyFixture('plain');
    const noTitle = runCli(['add', '--source', 'nieuw', '--title', 'x', '--data', dir, ...AS_OF]);
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toContain('--source-title');
    const noFlags = runCli(['add', '--data', dir, ...AS_OF]);
    expect(noFlags.code).toBe(2);
    expect(noFlags.stderr).toContain('--title');
  });

  it('refuses a change that would make the register invalid, showing why', () => {
    const dir = copyFixture('plain');
    const before = read(dir);
    const result = runCli(['add', '--title', 'x', '--status', 'voldaan', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('E_DELIVERED_WITHOUT_DATE');
    expect(result.stderr).toContain('niets geschreven');
    expect(read(dir)).toBe(before);
  });
});

describe('deliver, set, note', () => {
  it('deliver says how late the delivery was', () => {
    const dir = copyFixture('plain');
    const result = runCli(['deliver', 'wodc-onderzoek', '--on', '2026-09-15', '--url', 'https://example.org/brief', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('15 dagen te laat geleverd');
    expect(read(dir)).toContain('    status: voldaan\n    delivered:\n      on: 2026-09-15\n      url: https://example.org/brief\n');
  });

  it('deliver --partial keeps the commitment open', () => {
    const dir = copyFixture('plain');
    const result = runCli(['deliver', 'spine-eindrapportage', '--partial', '--on', '2026-07-01', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('deels geleverd');
    expect(result.stdout).toContain('dagen te laat');
    expect(read(dir)).toContain('    status: deels voldaan\n    delivered:\n      on: 2026-07-01\n');
  });

  // found by use: delivering again replaced the day without a word, the earlier ref kept beside the new day
  it('deliver again says which delivery day it replaced', () => {
    const dir = copyFixture('plain');
    expect(runCli(['deliver', 'wodc-onderzoek', '--on', '2026-09-15', '--ref', 'Kamerstuk 1, nr. 2', '--data', dir, ...AS_OF]).stderr).toBe('');
    const again = runCli(['deliver', 'wodc-onderzoek', '--on', '2026-09-20', '--data', dir, ...AS_OF]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('wodc-onderzoek stond al als geleverd op 2026-09-15; die datum is vervangen door 2026-09-20 (een eerdere --ref of --url blijft staan als u geen nieuwe opgeeft).\n');
    expect(read(dir)).toContain('    delivered:\n      on: 2026-09-20\n      ref: Kamerstuk 1, nr. 2\n');
    const partly = runCli(['deliver', 'spine-eindrapportage', '--partial', '--on', '2026-07-01', '--data', dir, ...AS_OF]);
    expect(partly.stderr).toBe('');
    expect(runCli(['deliver', 'spine-eindrapportage', '--on', '2026-08-01', '--lang', 'en', '--data', dir, ...AS_OF]).stderr).toContain(
      'spine-eindrapportage was already recorded as partly delivered on 2026-07-01; that date is replaced by 2026-08-01',
    );
    // the same day again is no replacement
    expect(runCli(['deliver', 'wodc-onderzoek', '--on', '2026-09-20', '--data', dir, ...AS_OF]).stderr).toBe('');
  });

  it('refuses a delivery date after today', () => {
    const dir = copyFixture('plain');
    expect(runCli(['deliver', 'wodc-onderzoek', '--on', '2026-12-01', '--data', dir, ...AS_OF]).code).toBe(2);
  });

  it('unknown id: exit 2 with a did-you-mean', () => {
    const dir = copyFixture('plain');
    for (const args of [['deliver', 'wodc-onderzok'], ['note', 'wodc-onderzok', 'x'], ['set', 'wodc-onderzok', 'title', 'x']]) {
      const result = runCli([...args, '--data', dir, ...AS_OF]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Bedoelde u: wodc-onderzoek?');
    }
  });

  it('set due resolves and shows the new window; an unknown phrase is refused', () => {
    const dir = copyFixture('plain');
    const result = runCli(['set', 'spine-eindrapportage', 'due', 'najaar 2026', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2026-09-01');
    expect(result.stdout).toContain('2026-11-30');
    const bad = runCli(['set', 'spine-eindrapportage', 'due', 'najar 2026', '--data', dir, ...AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('najaar 2026');
  });

  it('set refuses unknown fields and statuses, and sends delivered to deliver', () => {
    const dir = copyFixture('plain');
    expect(runCli(['set', 'wodc-onderzoek', 'stats', 'open', '--data', dir, ...AS_OF]).stderr).toContain('bedoelde u status?');
    expect(runCli(['set', 'wodc-onderzoek', 'status', 'klaar', '--data', dir, ...AS_OF]).code).toBe(2);
    const delivered = runCli(['set', 'wodc-onderzoek', 'status', 'voldaan', '--data', dir, ...AS_OF]);
    expect(delivered.code).toBe(2);
    expect(delivered.stderr).toContain('toezegging deliver wodc-onderzoek');
    expect(runCli(['set', 'wodc-onderzoek', 'status', 'vervallen', '--data', dir, ...AS_OF]).code).toBe(0);
    expect(read(dir)).toContain('    due: zomer 2026\n    status: vervallen\n');
  });

  it('setting a value to what it is changes nothing', () => {
    const dir = copyFixture('plain');
    const result = runCli(['set', 'wodc-onderzoek', 'due', 'zomer 2026', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Niets gewijzigd');
  });

  it('note creates history when there is none', () => {
    const dir = copyFixture('plain');
    expect(runCli(['note', 'wodc-onderzoek', 'uitstelbericht', 'ontvangen', '--data', dir, ...AS_OF]).code).toBe(0);
    expect(read(dir)).toContain('    tags: [mensenhandel, sekswerkadvertentieplatforms, wodc]\n    history:\n      - on: 2026-11-28\n        note: uitstelbericht ontvangen\n');
    const shown = runJson<{ commitment: { id: string } }>(['show', 'wodc-onderzoek', '--json', '--data', dir, ...AS_OF]);
    expect(shown.commitment.id).toBe('wodc-onderzoek');
  });
});

describe('--dry-run', () => {
  it('prints a unified diff and leaves every file byte-identical', () => {
    const dir = copyFixture('plain');
    const before = readFileSync(join(dir, FILE));
    for (const args of [
      ['deliver', 'wodc-onderzoek', '--on', '2026-09-15'],
      ['note', 'wodc-onderzoek', 'x'],
      ['set', 'wodc-onderzoek', 'title', 'Nieuw'],
      ['add', '--title', 'Nieuw', '--due', 'Q3 2026'],
    ]) {
      const result = runCli([...args, '--dry-run', '--data', dir, ...AS_OF]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^--- a\/2025Z19579\.yaml\n\+\+\+ b\/2025Z19579\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
      expect(result.stderr).toContain('--dry-run: niets geschreven');
      expect(readFileSync(join(dir, FILE)).equals(before)).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual([FILE, 'toezegging.config.yaml']);
  });

  it('says what would be written, never that it was, in each writer and both languages', () => {
    const dir = copyFixture('plain');
    const cases: Array<[string[], string, string, string]> = [
      [['deliver', 'wodc-onderzoek', '--on', '2026-09-15'], 'wodc-onderzoek: zou worden vastgelegd als geleverd op 2026-09-15.', 'wodc-onderzoek: would be recorded as delivered on 2026-09-15.', 'geleverd op 2026-09-15.'],
      [['deliver', 'wodc-onderzoek', '--on', '2026-09-15', '--partial'], 'wodc-onderzoek: zou worden vastgelegd als deels geleverd op 2026-09-15; de toezegging zou open blijven.', 'wodc-onderzoek: would be recorded as partly delivered on 2026-09-15; the commitment would stay open.', 'blijft open'],
      [['note', 'wodc-onderzoek', 'uitstel'], 'wodc-onderzoek: notitie van 2026-11-28 zou worden toegevoegd aan history: uitstel', 'wodc-onderzoek: note of 2026-11-28 would be added to history: uitstel', 'toegevoegd aan history'],
      [['set', 'wodc-onderzoek', 'title', 'Nieuw'], 'wodc-onderzoek: title zou Nieuw worden.', 'wodc-onderzoek: title would become Nieuw.', 'is nu'],
      [['add', '--title', 'Nieuw', '--due', 'Q3 2026'], 'Zou toevoegen: nieuw (in 2025Z19579.yaml).', 'Would add: nieuw (in 2025Z19579.yaml).', 'Toegevoegd:'],
      [['add', '--title', 'Nieuw', '--source', 'S1', '--source-title', 'Brief'], 'Zou toevoegen: nieuw, met nieuwe bron S1 (in S1.yaml).', 'Would add: nieuw, with new source S1 (in S1.yaml).', 'Toegevoegd:'],
    ];
    for (const [args, dutch, english, past] of cases) {
      const nl = runCli([...args, '--dry-run', '--data', dir, ...AS_OF]);
      expect(nl.code, nl.stderr).toBe(0);
      expect(nl.stderr).toContain(`${dutch}\n`);
      expect(nl.stderr.replace(dutch, '')).not.toContain(past);
      const en = runCli([...args, '--dry-run', '--lang', 'en', '--data', dir, ...AS_OF]);
      expect(en.stderr).toContain(`${english}\n`);
      expect(en.stderr).toContain('--dry-run: nothing written');
    }
    // The real run still says it was done.
    expect(runCli(['set', 'wodc-onderzoek', 'title', 'Nieuw', '--data', dir, ...AS_OF]).stdout).toContain('wodc-onderzoek: title is nu Nieuw.');
  });

  it('shows exactly the lines the real run changes', () => {
    const dir = copyFixture('plain');
    const dry = runCli(['deliver', 'wodc-onderzoek', '--on', '2026-09-15', '--dry-run', '--data', dir, ...AS_OF]).stdout;
    const changed = (diff: string) => diff.split('\n').filter((line) => /^[+-](?![+-]{2} )/.test(line));
    expect(changed(dry)).toEqual(['-    status: open', '+    status: voldaan', '+    delivered:', '+      on: 2026-09-15']);
    expect(runCli(['deliver', 'wodc-onderzoek', '--on', '2026-09-15', '--data', dir, ...AS_OF]).code).toBe(0);
    const again = runCli(['note', 'wodc-onderzoek', 'x', '--dry-run', '--data', dir, ...AS_OF]).stdout;
    expect(changed(again)).toEqual(['+    history:', '+      - on: 2026-11-28', '+        note: x']);
  });
});

describe('refusals', () => {
  it('will not write through a symlink that leaves the register', () => {
    const outside = mkdtempSync(join(tmpdir(), 'toezegging-outside-'));
    cpSync(join(ROOT, 'tests', 'fixtures', 'write', 'plain', FILE), join(outside, FILE));
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-symlink-'));
    cpSync(join(ROOT, 'tests', 'fixtures', 'write', 'plain', 'toezegging.config.yaml'), join(dir, 'toezegging.config.yaml'));
    symlinkSync(join(outside, FILE), join(dir, 'extern.yaml'));
    const before = readFileSync(join(outside, FILE));
    const result = runCli(['note', 'wodc-onderzoek', 'x', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('buiten de registermap');
    expect(looksLikeCrash(result.stderr)).toBe(false);
    expect(readFileSync(join(outside, FILE)).equals(before)).toBe(true);
    expect(readdirSync(outside)).toEqual([FILE]);
  });

  it('writes through a symlink that stays inside the register, keeping the link', () => {
    const dir = copyFixture('plain');
    // A hidden folder is not loaded, so the register sees the file once, through the link.
    mkdirSync(join(dir, '.echt'));
    renameSync(join(dir, FILE), join(dir, '.echt', 'bron.yml'));
    symlinkSync(join(dir, '.echt', 'bron.yml'), join(dir, 'link.yaml'));
    const result = runCli(['note', 'wodc-onderzoek', 'via de link', '--data', dir, ...AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, '.echt', 'bron.yml'), 'utf8')).toContain('note: via de link');
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
  });

  it('never changes the bundled example register', () => {
    const before = readFileSync(join(BUNDLED, FILE));
    const result = runCli(['note', 'wodc-onderzoek', 'x', ...AS_OF]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('toezegging init');
    expect(readFileSync(join(BUNDLED, FILE)).equals(before)).toBe(true);
  });

  it('refuses to change a register that is already invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-invalid-'));
    cpSync(join(ROOT, 'tests', 'fixtures', 'bad', 'unknown-key'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'a.yaml'));
    const result = runCli(['set', 'x', 'title', 'y', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('bevat al');
    expect(readFileSync(join(dir, 'a.yaml')).equals(before)).toBe(true);
  });

  it('names the lock file when the register stays locked, after TOEZEGGING_LOCK_TIMEOUT seconds', () => {
    const dir = copyFixture('plain');
    writeFileSync(join(dir, '.toezegging.lock'), lockHeldBy(process.pid));
    const started = Date.now();
    const result = runCli(['note', 'wodc-onderzoek', 'x', '--data', dir, ...AS_OF], { env: { TOEZEGGING_LOCK_TIMEOUT: '1' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(join(dir, '.toezegging.lock'));
    expect(result.stderr).toContain(`proces ${process.pid}`);
    expect(result.stderr).toContain('na 1 seconde wachten');
  });

  it('waits 15 seconds for a lock by default', () => {
    const dir = copyFixture('plain');
    writeFileSync(join(dir, '.toezegging.lock'), lockHeldBy(process.pid));
    const result = runCli(['note', 'wodc-onderzoek', 'x', '--data', dir, ...AS_OF]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('na 15 seconden wachten');
  }, 30_000);

  it('refuses a TOEZEGGING_LOCK_TIMEOUT that is not a number of seconds', () => {
    const dir = copyFixture('plain');
    const before = read(dir);
    const result = runCli(['note', 'wodc-onderzoek', 'x', '--data', dir, ...AS_OF], { env: { TOEZEGGING_LOCK_TIMEOUT: '1m' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TOEZEGGING_LOCK_TIMEOUT: "1m" is geen aantal seconden');
    expect(read(dir)).toBe(before);
  });
});

describe('init', () => {
  it('creates a register that check accepts, and prints the next steps', () => {
    const parent = mkdtempSync(join(tmpdir(), 'toezegging-init-'));
    const dir = join(parent, 'nieuw register');
    const result = runCli(['init', dir, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('toezegging.config.yaml\n  toezeggingen/voorbeeld.yaml\n  schema/toezegging.schema.json\n  schema/toezegging.config.schema.json\n  .gitignore');
    expect(result.stdout).toContain('toezegging status');
    expect(read(dir, 'toezegging.config.yaml')).toMatch(/^# yaml-language-server: \$schema=schema\/toezegging\.config\.schema\.json\n/);
    // The lock, its draft (.toezegging.lock.<token>, left by a writer killed before linking it) and the break guard.
    expect(read(dir, '.gitignore').split('\n')).toEqual(expect.arrayContaining(['.toezegging.lock', '.toezegging.lock.*']));
    expect(runCli(['check', '--data', dir]).code).toBe(0);
    const status = runJson<StatusJson>(['status', '--json', '--data', dir, ...AS_OF]);
    expect(status.commitments.map((c) => c.id)).toEqual(['voorbeeld-toezegging']);
  });

  it('speaks English with --lang en', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-init-'));
    const result = runCli(['init', dir, '--lang', 'en', ...AS_OF]);
    expect(result.stdout).toContain('New register in');
    expect(read(dir, 'toezegging.config.yaml')).toContain('# Settings of this register');
  });

  it('refuses to overwrite anything (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-init-'));
    expect(runCli(['init', dir, ...AS_OF]).code).toBe(0);
    const config = read(dir, 'toezegging.config.yaml');
    const again = runCli(['init', dir, ...AS_OF]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('overschrijft niets');
    expect(read(dir, 'toezegging.config.yaml')).toBe(config);
    expect(existsSync(join(dir, 'toezeggingen', 'voorbeeld.yaml'))).toBe(true);
  });
});

describe('init by the store\'s write rules', () => {
  // init wrote its files with a plain writeFile, taking no lock: it wrote beside a writer holding the register.
  it('waits for the register\'s lock and, while another holds it, writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-init-'));
    writeFileSync(join(dir, '.toezegging.lock'), lockHeldBy(process.pid));
    const result = runCli(['init', dir, ...AS_OF], { env: { TOEZEGGING_LOCK_TIMEOUT: '1' } });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(join(dir, '.toezegging.lock'));
    expect(result.stderr).toContain('na 1 seconde wachten');
    expect(readdirSync(dir)).toEqual(['.toezegging.lock']);
  });
});

describe('init on a file', () => {
  // It failed with "kan …/toezegging.config.yaml niet aanmaken (EEXIST)", naming neither the file nor what to do.
  it('says the target is a file, not a folder, in both languages, and writes nothing', () => {
    const parent = mkdtempSync(join(tmpdir(), 'toezegging-init-'));
    const file = join(parent, 'register');
    writeFileSync(file, 'x');
    const nl = runCli(['init', file, ...AS_OF]);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain(`${file} is een bestand, geen map`);
    const en = runCli(['init', file, '--lang', 'en', ...AS_OF]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`${file} is a file, not a folder`);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('help', () => {
  it('every write command has examples', () => {
    for (const command of ['init', 'add', 'deliver', 'set', 'note']) {
      const help = runCli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Voorbeelden:');
    }
  });
});
