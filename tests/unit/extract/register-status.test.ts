import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const DATE = '2023-10-24';
const draft = (text: string) => draftFromText(text, { calendar, fallbackDate: DATE });
const EVALUATION = 'De minister zegt de Kamer toe de wet binnen drie jaar na inwerkingtreding te evalueren en de evaluatie aan de Kamer aan te bieden.';
const entry = (heading: string, status: string, promise = EVALUATION) => `${heading}\n\n${promise}\n\n\nKerngegevens\n\nNummer T09999\n${status}\nDatum toezegging 24 oktober 2023\n`;

describe('a register entry\'s own status line gives the status of the promises drafted from it (issue 11)', () => {
  it('"voldaan" is delivered on a day the register does not give; "deels voldaan" is partial; "openstaand" stays open', () => {
    expect(draft(entry('Toezegging Evaluatie van de wet (T09999)', 'Status voldaan')).commitments.map(({ status, delivered }) => ({ status, delivered }))).toEqual([
      { status: 'delivered', delivered: { dateUnknown: true } },
    ]);
    expect(draft(entry('Toezegging Evaluatie van de wet (T09999)', 'Status | deels voldaan ')).commitments.map(({ status }) => status)).toEqual(['partial']);
    expect(draft(entry('Toezegging Evaluatie van de wet (T09999)', 'Status openstaand')).commitments.map(({ status, delivered }) => ({ status, delivered }))).toEqual([
      { status: 'open', delivered: undefined },
    ]);
  });

  it('each entry of an overview by its own line, from its heading to the next; one the rappel reports as kept is not drafted (D9)', () => {
    const overview = `Rappelabele toezeggingen (Totaaloverzicht oktober 2024)\n\n${entry('Toezegging Evaluatie van de wet (T09998)', 'Status voldaan')}\n\n${entry('Toezegging Brief over de uitvoering (T09999)', 'Status | deels voldaan', 'De staatssecretaris zegt de Kamer toe voor de zomer van 2024 een brief over de uitvoering door gemeenten te sturen.')}\n\n${entry('Toezegging Onderzoek naar de kosten (T09997)', 'Status openstaand', 'De minister zegt de Kamer toe in het najaar van 2024 een onderzoek naar de kosten te sturen.')}`;
    const drafted = draft(overview);
    expect(drafted.commitments.map(({ status }) => status)).toEqual(['partial', 'open']);
    expect(drafted.skipped.filter(({ why }) => why === 'past').map(({ text }) => text)).toEqual([EVALUATION]);
  });

  it('not a letter without a status line, nor one whose prose names a status', () => {
    const letter = 'Den Haag, 24 oktober 2023\n\nIk zal de wet binnen drie jaar na inwerkingtreding evalueren. De status van de toezegging is daarmee voldaan zodra de evaluatie is verschenen.\n';
    expect(draft(letter).commitments.every(({ status }) => status === 'open')).toBe(true);
  });
});
