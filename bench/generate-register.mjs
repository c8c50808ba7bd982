// Writes a synthetic register of N commitments: one source file per 50
// commitments (as real registers hold one file per letter or debate), with
// deadline phrases drawn from every family of the grammar.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PER_SOURCE = 50;
const PHRASES = [
  'zomer 2026', 'eerste helft van 2026', 'voor het zomerreces', 'Q3 2026', 'eind 2026', 'op korte termijn',
  'binnen drie maanden', 'voor 1 maart 2026', 'medio 2026', 'najaar 2026', 'voor het kerstreces 2026',
  'rond Prinsjesdag 2026', 'in de loop van 2026', 'maart 2026', 'begin 2027', '2026-10-01',
];
const STATUSES = ['open', 'open', 'open', 'voldaan', 'deels voldaan', 'afgedaan', 'vervallen', 'doorlopend'];

function pad(n, width) {
  return String(n).padStart(width, '0');
}

/** `deep`: each file two folders down (by year and number), as an importer that files by month would lay it out. */
export function generateRegister(dir, count, { deep = false } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'toezegging.config.yaml'), 'horizon: 90\n');
  const sources = Math.ceil(count / PER_SOURCE);
  for (let s = 0; s < sources; s++) {
    const month = (s % 12) + 1;
    const lines = [
      'source:',
      `  id: BENCH-${pad(s, 6)}`,
      '  type: brief',
      `  title: Kamerbrief ${s} over een onderwerp met een redelijk lange titel`,
      `  date: 2025-${pad(month, 2)}-${pad((s % 27) + 1, 2)}`,
      '  by: Minister van Justitie en Veiligheid',
      'commitments:',
    ];
    for (let c = 0; c < PER_SOURCE && s * PER_SOURCE + c < count; c++) {
      const n = s * PER_SOURCE + c;
      const status = STATUSES[n % STATUSES.length];
      lines.push(
        `  - id: t-${pad(n, 7)}`,
        `    title: "Toezegging ${n}: de Kamer informeren over de voortgang van maatregel ${n % 97}"`,
        '    quote: >-',
        '      Ik zal uw Kamer over de uitkomsten informeren zodra het onderzoek is',
        '      afgerond, naar verwachting binnen de genoemde termijn.',
        `    due: ${PHRASES[n % PHRASES.length]}`,
        `    status: ${status}`,
      );
      if (status === 'voldaan') lines.push('    delivered:', `      on: 2026-${pad((n % 12) + 1, 2)}-15`, `      ref: Kamerstuk 12345, nr. ${n % 400}`);
      lines.push(`    tags: [thema-${n % 20}, bench]`);
    }
    const folder = deep ? join(dir, String(2020 + (s % 6)), pad(Math.floor(s / 6) % 100, 2)) : dir;
    if (deep) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `bron-${pad(s, 6)}.yaml`), `${lines.join('\n')}\n`);
  }
}
