import { describe, expect, it } from 'vitest';
import { findMetadata } from '../../../src/extract/metadata.js';
import { sentencesOf } from '../../../src/extract/structure.js';

const metadata = (text: string) => findMetadata(text, sentencesOf(text));

describe('the metadata of a letter', () => {
  it.each([
    ['Den Haag, 8 december 2025\n\nGeachte voorzitter,\n\nHierbij stuur ik u de brief.', '2025-12-08'],
    ['Datum 12 september 2024\nBetreft Voortgang\n\nGeachte voorzitter,', '2024-09-12'],
    ['Datum\n12 september 2024\n\nGeachte voorzitter,', '2024-09-12'],
    ['Antwoord van minister Van Oosten (Justitie en Veiligheid) (ontvangen 1 september 2025)\n\nJa.', '2025-09-01'],
  ])('finds the stated date in %j', (text, date) => {
    expect(metadata(text)).toMatchObject({ date, dateOrigin: 'stated' });
  });

  it('says a letter has no date, rather than taking a deadline for it', () => {
    expect(metadata('Geachte voorzitter,\n\nIk zal uw Kamer uiterlijk 1 maart 2027 informeren.\n')).toMatchObject({ dateOrigin: 'none', date: undefined });
  });

  it('dates an undated letter by the latest past event it dates', () => {
    const text = 'In antwoord op uw brief van 10 november 2025 deel ik u mee.\n\nIn de brief die op 15 december 2025 aan uw Kamer is verstuurd, geef ik aan hoe. Voor 1 maart 2026 stuur ik meer.\n';
    expect(metadata(text)).toMatchObject({ dateOrigin: 'inferred', date: '2025-12-15' });
  });

  it('reads the signatory, the kind and the references', () => {
    const text = [
      'Vragen van het lid Bikker (ChristenUnie) aan de minister van Justitie en Veiligheid over websites',
      '(ingezonden 10 november 2025, 2025Z19579)',
      '',
      'Vraag 1',
      'Heeft u het gelezen? 1)',
      '',
      'Antwoord op vraag 1',
      'Ja.',
      '',
      'De Minister van Justitie en Veiligheid,',
      '',
      'Foort van Oosten',
      '',
      '1) Kamerstuk 36547, nr. 34.',
    ].join('\n');
    expect(metadata(text)).toMatchObject({
      type: 'kamervragen',
      by: 'Minister van Justitie en Veiligheid',
      refs: ['2025Z19579'],
      cited: ['Kamerstuk 36547, nr. 34'],
      title: 'Antwoorden op vragen van het lid Bikker (ChristenUnie) over websites',
    });
  });

  it('takes the own Kamerstuk number from an official heading', () => {
    const text = 'Tweede Kamer der Staten-Generaal\nVergaderjaar 2025–2026, 36 547, nr. 34\n\nBRIEF VAN DE MINISTER\n\nDen Haag, 3 maart 2026\n\nGeachte voorzitter,';
    expect(metadata(text)).toMatchObject({ type: 'brief', refs: ['Kamerstuk 36547, nr. 34'], date: '2026-03-03' });
  });
});
