import { describe, expect, it } from 'vitest';
import { answerHeadings, answeringAt } from '../../../src/extract/answer-headings.js';
import { draftFromText } from '../../../src/extract/draft.js';
import { signedBy } from '../../../src/extract/signed-by.js';
import { calendar } from '../deadline/fixture.js';

// held-out-26 (Aanhangsel, Staten-Generaal Digitaal): no office was drafted for the answers of 1913-1989, whose heading
// names the answerer and his office and which no one signs.
describe('answerHeadings: the Aanhangsel\'s old answer headings, with the office each names', () => {
  it.each([
    // sgd-ah-tk-19691970-424.
    ['a state secretary', 'ANTWOORD van de heer Grosheide, Staatssecretaris van Onderwijs en Wetenschappen. (Ingezonden 29 december 1969.) 1. Het is mij bekend.', 'Staatssecretaris van Onderwijs en Wetenschappen'],
    // sgd-ah-ek-19181919-2: the scan breaks the ministry's name.
    ['a word the print broke', 'ANTWOORD van den heer Könie, Minister van Water-staat. (Ingezonden 14 October 1918.)', 'Minister van Waterstaat'],
    // sgd-ah-tk-19341935-147-149: a minister of state names his ministry after that title; a soft hyphen from the scan.
    ['a minister of state', 'ANTWOORD van den heer Colijn, Minister van Staat, Minis\u00adter van Koloniën. (Ingezonden 5 Maart 1935.)', 'Minister van Koloniën'],
    // sgd-ah-tk-19271928-43-45: "heer" misread, a minister ad interim of a ministry whose name holds a comma.
    ['"heer" misread, "a. i."', 'ANTWOORD van den beer Kan, Minister van Onderwijs, Kunsten en Wetenschappen a. i. (Ingezonden 26 November 1927.)', 'Minister van Onderwijs, Kunsten en Wetenschappen'],
    // sgd-ah-tk-19451946-161-162: the spelling before 1947, read as the ministry spells its name now.
    ['the spelling before 1947', 'ANTWOORD van den heer Beel, Minister van Binnenlandsche Zaken. (Ingezonden 4 Maart 1946.)', 'Minister van Binnenlandse Zaken'],
    // sgd-ah-tk-19501951-138-139: two ministries held by one minister.
    ['two ministries of one minister', 'ANTWOORD van de heer Staf, Minister van Oorlog en van Marine. (Ingezonden 21 December 1950.)', 'Minister van Oorlog en van Marine'],
    // sgd-ah-tk-19661967-106, sgd-ah-tk-19541955-32: the notice that the answer comes later.
    ['the notice that the answer comes later', 'MEDEDELING van de heer Bartels, Staatssecretaris van Sociale Zaken en Volksgezondheid. (Ingezonden 2 december 1966.) Hierbij heb ik de eer …', 'Staatssecretaris van Sociale Zaken en Volksgezondheid'],
    // sgd-ah-ek-19891990-6: "mede namens" binds the one who answers.
    ['"mede namens"', 'Antwoord van de heer Van den Broek, minister van Buitenlandse Zaken mede namens de heer Ritzen, minister van Onderwijs en Wetenschappen.', 'Minister van Buitenlandse Zaken'],
  ])('%s', (_, text, office) => {
    expect(answerHeadings(text).map((heading) => heading.office)).toEqual([office]);
  });

  it('the answer of someone else in a sentence of the text is no heading', () => {
    expect(answerHeadings('Ik verwijs naar het antwoord van de heer Jansen, de voorzitter van de commissie.')).toEqual([]);
  });

  // sgd-ah-tk-19271928-43-45, sgd-ah-tk-19451946-161-162, sgd-ah-tk-19131914-42-44: a page of several answers.
  it('a sentence is bound by the heading of the answer it stands in', () => {
    const text = 'ANTWOORD van den heer Drees, Minister van Sociale Zaken. (Ingezonden 1 Maart 1946.)\nIk zal de grens herzien.\nANTWOORD van den heer Beel, Minister van Binnenlandsche Zaken. (Ingezonden 4 Maart 1946.)\nIk zal de gevallen onderzoeken.';
    const headings = answerHeadings(text);
    expect(answeringAt(headings, text.indexOf('Ik zal de grens'))).toBe('Minister van Sociale Zaken');
    expect(answeringAt(headings, text.indexOf('Ik zal de gevallen'))).toBe('Minister van Binnenlandse Zaken');
    expect(answeringAt(headings, 0)).toBe('Minister van Sociale Zaken');
  });

  it('signedBy: the first answer\'s heading, when nothing else names an office', () => {
    expect(signedBy('2. VRAGEN van den heer Polak. (Ingezonden 17 September 1918.)\nANTWOORD van den heer Könie, Minister van Water-staat. (Ingezonden 14 October 1918.)\nAd 1. Het ligt in het voornemen van ondergeteekende …')).toEqual(['Minister van Waterstaat']);
  });

  it('the draft binds each answer\'s promise to the office of its own heading', () => {
    const page = [
      'AANHANGSEL TOT HET VERSLAG VAN DE HANDELINGEN DER TWEEDE KAMER.',
      '161. VRAGEN van den heer Suurhoff over de loongrens. (Ingezonden 20 Februari 1946.)',
      '1. Is de Minister bereid de grens te herzien?',
      'ANTWOORD van den heer Drees, Minister van Sociale Zaken. (Ingezonden 1 Maart 1946.)',
      'Ik ben bereid de loongrens binnenkort te herzien.',
      '162. VRAGEN van den heer Van der Goes van Naters over de zuivering. (Ingezonden 22 Februari 1946.)',
      '1. Is de Minister bereid deze gevallen te onderzoeken?',
      'ANTWOORD van den heer Beel, Minister van Binnenlandsche Zaken. (Ingezonden 4 Maart 1946.)',
      'Ik zal deze gevallen binnenkort doen onderzoeken.',
    ].join('\n');
    const draft = draftFromText(page, { calendar, fallbackDate: '1946-03-04' });
    expect(draft.commitments.map((commitment) => [commitment.quote, commitment.by])).toEqual([
      ['Ik ben bereid de loongrens binnenkort te herzien.', 'Minister van Sociale Zaken'],
      ['Ik zal deze gevallen binnenkort doen onderzoeken.', 'Minister van Binnenlandse Zaken'],
    ]);
  });
});
