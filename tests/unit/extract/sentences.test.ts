import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/sentences.js';
import { sentencesOf } from '../../../src/extract/structure.js';

const texts = (text: string) => splitSentences(text).map((span) => span.text.replace(/\s+/g, ' '));

describe('Dutch sentence splitting', () => {
  it.each([
    ['Zie Kamerstuk 36547, nr. 34. Daarin staat het.', ['Zie Kamerstuk 36547, nr. 34.', 'Daarin staat het.']],
    ['Het gaat o.a. om de politie. Ook het OM doet mee.', ['Het gaat o.a. om de politie.', 'Ook het OM doet mee.']],
    ['Een brief t.a.v. de Kamer. Verder niets.', ['Een brief t.a.v. de Kamer.', 'Verder niets.']],
    ['Op grond van art. 3 Wet X geldt dit. Klaar.', ['Op grond van art. 3 Wet X geldt dit.', 'Klaar.']],
    ['Uw brief van 7 november jl. Ik antwoord.', ['Uw brief van 7 november jl. Ik antwoord.']],
    ['Op 7 oktober a.s. Ik kom terug.', ['Op 7 oktober a.s. Ik kom terug.']],
    ['De motie-Ceder c.s. Is aangenomen.', ['De motie-Ceder c.s. Is aangenomen.']],
    ['Ik stuur het z.s.m. Daarna volgt meer.', ['Ik stuur het z.s.m. Daarna volgt meer.']],
    ['Gesprek met mr. J. Jansen. Hij stemde in.', ['Gesprek met mr. J. Jansen.', 'Hij stemde in.']],
    // found in review: a letter named after an article was read as an initial
    ['Het label wordt een C of een D.\nDaarom zal ik u informeren.', ['Het label wordt een C of een D.', 'Daarom zal ik u informeren.']],
    ['Bijgaand de brief van J. Jansen aan de heer P. de Vries. Hij stemde in.', ['Bijgaand de brief van J. Jansen aan de heer P. de Vries.', 'Hij stemde in.']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('ends a sentence before an indented next line', () => {
    // found in review: the next sentence was looked for only three characters past the stop, so an indented line stayed glued
    expect(texts('Het kabinet heeft dit besloten.\n    Daarom zal ik u in mei informeren.')).toEqual(['Het kabinet heeft dit besloten.', 'Daarom zal ik u in mei informeren.']);
    expect(texts('Het kabinet heeft dit besloten.\n    daarom volgt meer.')).toEqual(['Het kabinet heeft dit besloten. daarom volgt meer.']);
  });

  it('reads hard line breaks inside a sentence as spaces', () => {
    expect(texts('Ik zal uw Kamer in de eerste\nhelft van 2026 informeren. Dat is\nalles.')).toEqual(['Ik zal uw Kamer in de eerste helft van 2026 informeren.', 'Dat is alles.']);
  });

  it('keeps a footnote marker glued after the stop with its sentence', () => {
    expect(texts('Dit is in mei 2025 aangekondigd.3 Kleinere websites volgen.')).toEqual(['Dit is in mei 2025 aangekondigd.3', 'Kleinere websites volgen.']);
    // found in review: a superscript marker, as a PDF's text layer or a pasted page gives it, joined two sentences
    expect(texts('Ik zal uw Kamer voor de zomer informeren.¹ Voordat ik daarop inga, dank ik u.')).toEqual(['Ik zal uw Kamer voor de zomer informeren.¹', 'Voordat ik daarop inga, dank ik u.']);
    expect(texts('Dit is in mei 2025 aangekondigd.¹² Kleinere websites volgen.')).toEqual(['Dit is in mei 2025 aangekondigd.¹²', 'Kleinere websites volgen.']);
  });

  it('ends a sentence at a footnote marker after an abbreviation, not at a number after "nr."', () => {
    expect(texts('Met deze brief geven wij gevolg aan de motie Van Campen c.s.1 Uiteraard blijven wij de Kamer informeren.')).toEqual([
      'Met deze brief geven wij gevolg aan de motie Van Campen c.s.1',
      'Uiteraard blijven wij de Kamer informeren.',
    ]);
    expect(texts('Zie Kamerstuk 36547, nr.3 Daarin staat het.')).toEqual(['Zie Kamerstuk 36547, nr.3 Daarin staat het.']);
  });

  it('gives offsets into the text', () => {
    const text = 'Eerste zin. Tweede\nzin.';
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('the layout of answers to Kamervragen', () => {
  const letter = [
    'Vraag 1',
    'Bent u bereid de Kamer te informeren?',
    '',
    'Antwoord op vraag 1',
    'Ja. Ik zal uw Kamer voor de zomer informeren.',
    '',
    'Vraag 2 en 3',
    'Wat gaat u doen?',
    '',
    'Antwoord op vragen 2 en 3',
    'Ik stuur u in het najaar een brief.',
    '',
    'De Minister van Justitie en Veiligheid,',
    'Foort van Oosten',
    '',
    '1) Kamerstuk 36547, nr. 34.',
  ].join('\n');
  const sentences = sentencesOf(letter);
  const roleOf = (start: string) => sentences.find((sentence) => sentence.text.startsWith(start));

  it('marks questions, answers with their numbers, the signature and footnotes', () => {
    expect(roleOf('Bent u bereid')).toMatchObject({ role: 'question', question: '1' });
    expect(roleOf('Ik zal uw Kamer')).toMatchObject({ role: 'answer', question: '1' });
    expect(roleOf('Ik stuur u')).toMatchObject({ role: 'answer', question: '2 en 3' });
    expect(roleOf('De Minister van')?.role).toBe('signature');
    expect(roleOf('Foort van Oosten')?.role).toBe('signature');
    expect(roleOf('1) Kamerstuk')?.role).toBe('footnote');
  });
});

describe('a list item wrapped onto the next line', () => {
  it('goes on there in lower case; a capital or a new bullet starts anew', () => {
    const letter = '• We zetten stappen. Eind 2025 benadert Defensie\nde markt voor dronemunitie;\n• Defensie heeft een partnerschap gesloten;\nDaarnaast is er meer.\n';
    expect(sentencesOf(letter).map((sentence) => sentence.text.replace(/\s+/g, ' '))).toEqual([
      '• We zetten stappen.',
      'Eind 2025 benadert Defensie de markt voor dronemunitie;',
      '• Defensie heeft een partnerschap gesloten;',
      'Daarnaast is er meer.',
    ]);
  });

  it('goes on after a line that ends on an article, preposition or conjunction, even where a name opens the next', () => {
    // tk 2025D30947: "… een validatie en financiële routekaart die samen met⏎ZonMw is ontwikkeld voor het einde van dit jaar …"
    const letter = '• Ik zeg toe om een routekaart die samen met\nZonMw is ontwikkeld voor het einde van dit jaar met de Kamer te delen;\n• Defensie heeft een partnerschap gesloten;\n';
    expect(sentencesOf(letter).map((sentence) => sentence.text.replace(/\s+/g, ' '))).toEqual([
      '• Ik zeg toe om een routekaart die samen met ZonMw is ontwikkeld voor het einde van dit jaar met de Kamer te delen;',
      '• Defensie heeft een partnerschap gesloten;',
    ]);
  });
});

describe('the place and date of a letter', () => {
  it('stand apart from the first paragraph they head, also without a blank line between', () => {
    // kst-31765-456: "Den Haag, 3 december 2019" ran into "Over de ontwikkeling … heb ik u dit jaar twee brieven doen toekomen".
    const letter = 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 3 december 2019\nOver de ontwikkeling van de capaciteit heb ik u twee brieven gestuurd. Dat is alles.\n';
    expect(sentencesOf(letter).map((sentence) => [sentence.role, sentence.text.replace(/\s+/g, ' ')])).toEqual([
      ['header', 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal'],
      ['header', 'Den Haag, 3 december 2019'],
      ['body', 'Over de ontwikkeling van de capaciteit heb ik u twee brieven gestuurd.'],
      ['body', 'Dat is alles.'],
    ]);
  });
});

describe('the salutation', () => {
  it('stands apart from the first sentence, also without a blank line between, as the text of a PDF often has it', () => {
    const letter = 'Den Haag, 3 december 2026\nGeachte heer, mevrouw,\nIk zal uw Kamer voor de zomer van 2027 informeren. Dat is alles.\n';
    expect(sentencesOf(letter).map((sentence) => [sentence.role, sentence.text])).toEqual([
      ['header', 'Den Haag, 3 december 2026'],
      ['header', 'Geachte heer, mevrouw,'],
      ['body', 'Ik zal uw Kamer voor de zomer van 2027 informeren.'],
      ['body', 'Dat is alles.'],
    ]);
  });

  it('is not a first sentence wrapped after it on the same line', () => {
    const letter = 'Geachte voorzitter, hierbij stuur ik u de\nbrief over de evaluatie. Dat is alles.\n';
    expect(sentencesOf(letter).map((sentence) => [sentence.role, sentence.text.replace(/\s+/g, ' ')])).toEqual([
      ['body', 'Geachte voorzitter, hierbij stuur ik u de brief over de evaluatie.'],
      ['body', 'Dat is alles.'],
    ]);
  });
});
