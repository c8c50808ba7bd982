import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { sentencesOf } from '../../../src/extract/structure.js';
import { calendar } from '../deadline/fixture.js';

/** An Aanhangsel item as the OCR of Staten-Generaal Digitaal prints its page: headings run on into the text after them. */
const ITEM = [
  'Tweede Kamer der Staten-Generaal',
  'Vergaderjaar 1990-1991',
  'Aanhangsel van de Handelingen',
  'Vragen van het lid Jansen (P.v.d.A.) over de huisvesting van studenten. (Ingezonden 3 december 1990) 1 Is het u bekend, dat de bouw stilligt? 2 Wanneer zult u de Kamer informeren?',
  'Antwoord Antwoord van minister De Vries (Onderwijs en Wetenschappen), mede namens de minister van',
  'Binnenlandse Zaken. (Ontvangen 10 januari 1991), zie ook Aanhangsel Handelingen nr. 123, vergaderjaar 1990-1991 1 Ja.',
  '2 Het overleg met de gemeenten is nog niet afgerond. De uitkomsten daarvan zal ik de Kamer zo spoedig mogelijk mededelen.',
  'Tweede Kamer, vergaderjaar 1990-1991, Aanhangsel',
].join('\n');

describe('the layout of an Aanhangsel item in the OCR of Staten-Generaal Digitaal', () => {
  const sentences = sentencesOf(ITEM);
  const roleOf = (start: string) => sentences.find((sentence) => sentence.text.startsWith(start))?.role;

  it('ends the questions\' heading at "(Ingezonden …)" and reads what runs on after it as the questions', () => {
    expect(roleOf('(Ingezonden 3 december 1990)')).toBe('header');
    expect(roleOf('1 Is het u bekend')).toBe('question');
  });

  it('reads "Antwoord van minister …", wrapped up to "(Ontvangen …)", as the answer\'s heading, and what runs on after it as the answer', () => {
    expect(roleOf('Antwoord Antwoord van minister')).toBe('header');
    expect(roleOf('1 Ja.')).toBe('answer');
    expect(roleOf('De uitkomsten daarvan zal ik')).toBe('answer');
  });

  it('weighs the answer\'s sentences, so that its promise is drafted', () => {
    const draft = draftFromText(ITEM, { calendar, fallbackDate: '1991-01-10' });
    expect(draft.commitments.map((commitment) => commitment.quote)).toEqual(['De uitkomsten daarvan zal ik de Kamer zo spoedig mogelijk mededelen.']);
    expect(draft.source.type).toBe('kamervragen');
  });

  it('reads a notice ("Mededeling van …") that runs on after "(Ontvangen …)" as the minister\'s', () => {
    const notice = ITEM.split('\n').slice(0, 4).concat('Mededeling Mededeling van staatssecretaris De Jong (Justitie). (Ontvangen 20 december 1990) De vragen kunnen niet binnen de termijn worden beantwoord. Ik zal de antwoorden zo spoedig mogelijk doen toekomen.').join('\n');
    const draft = draftFromText(notice, { calendar, fallbackDate: '1990-12-20' });
    expect(draft.commitments.map((commitment) => commitment.quote)).toEqual(['Ik zal de antwoorden zo spoedig mogelijk doen toekomen.']);
  });

  // The held-out-25 answers 1984-1985 nr. 685 and 1986-1987 nr. 339 print "(Ontvan-gen 4 april 1985)": the answer was read as questions and its promises were lost.
  it('closes a heading whose "Ontvangen" or "Ingezonden" the print broke anywhere', () => {
    const broken = ITEM.replace('(Ingezonden 3 december', '(Ingezon-den 3 december').replace('(Ontvangen 10 januari', '(Ontvan-gen 10 januari');
    const roles = sentencesOf(broken);
    expect(roles.find((sentence) => sentence.text.startsWith('1 Is het u bekend'))?.role).toBe('question');
    expect(roles.find((sentence) => sentence.text.startsWith('De uitkomsten daarvan zal ik'))?.role).toBe('answer');
    const draft = draftFromText(broken, { calendar, fallbackDate: '1991-01-10' });
    expect(draft.commitments.map((commitment) => commitment.quote)).toEqual(['De uitkomsten daarvan zal ik de Kamer zo spoedig mogelijk mededelen.']);
  });
});
