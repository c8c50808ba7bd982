import { describe, expect, it } from 'vitest';
import { officeActing } from '../../../src/extract/office-acting.js';

describe('officeActing: the office a sentence names as the one who acts, in the third person', () => {
  it.each([
    // kst-35510-59 (2021).
    ['a promise made in another office\'s letter', 'In de aanbiedingsbrief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties is toegezegd een overzicht met uw Kamer te delen voor Prinsjesdag.', 'Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties'],
    // 2024D49605 (2024): the abbreviation letters use.
    ['the ministry abbreviated', 'De minister van VWS verwacht uw Kamer, uiterlijk het eerste kwartaal van 2025, nader te kunnen informeren.', 'Minister van Volksgezondheid, Welzijn en Sport'],
    // kst-33400-XVI-132 (2013): the ministries' abbreviations of 2010-2017 were written out as "Minister van VenJ".
    ['a ministry of 2010-2017 abbreviated', 'In die brief heeft de minister van VenJ toegezegd de Kamer in februari te informeren.', 'Minister van Veiligheid en Justitie'],
    ['another of 2010-2017', 'De staatssecretaris van IenM stuurt de Kamer voor de zomer een brief.', 'Staatssecretaris van Infrastructuur en Milieu'],
    // kst-33400-XVI-132 (2013): the writer spoken for, last of a list after "namens", does not act.
    ['the writer only spoken for', 'In die brief heeft de minister van VenJ toegezegd om, mede namens de minister van Binnenlandse Zaken en Koninkrijksrelaties, de staatssecretaris van Infrastructuur en Milieu en mijzelf, in februari de Tweede Kamer nader te informeren.', 'Minister van Veiligheid en Justitie'],
    // ek-T01379 (2011): a register writes "&".
    ['"&" for "en"', 'De staatssecretaris van Economische Zaken, Landbouw & Innovatie zegt de Kamer toe dat de regering voor 1 juli 2011 een rapportage zal toezenden.', 'Staatssecretaris van Economische Zaken, Landbouw en Innovatie'],
    // besluitenlijst-ministerraad-2024-12-06 and 2025-01-10 (held-out-23): "I&W" was cut to "Staatssecretaris van I".
    ['a decision list\'s abbreviation with "&"', 'Aangenomen. De staatssecretaris van I&W zal de brief aan de Tweede Kamer sturen.', 'Staatssecretaris van Infrastructuur en Waterstaat'],
    ['"J&V"', 'Kennisgenomen. De minister van J&V zal deze aan de Tweede Kamer sturen.', 'Minister van Justitie en Veiligheid'],
    ['a ministry of 2024 abbreviated', 'Aangenomen. De minister van KGG zal de brief aan de Tweede Kamer sturen.', 'Minister van Klimaat en Groene Groei'],
    // ek-T03027 (held-out-19): the text's slip "De Minister van Minister van …" gave "Minister van Minister".
    ['an office written twice', 'De Minister van Minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer toe de evaluatie naar de Kamer te sturen.', 'Minister van Binnenlandse Zaken en Koninkrijksrelaties'],
  ])('%s', (_, sentence, office) => {
    expect(officeActing(sentence)).toBe(office);
  });

  it.each([
    ['the writer acts with it', 'Over het JVO zullen de Minister van Justitie en Veiligheid en ik uw Kamer in een aparte brief verslag doen.'],
    // ah-tk-20232024-1481 (held-out-20): the writer as "ikzelf" was not read as the writer, and the other office was taken for the one bound.
    ['the writer, as "ikzelf", acts with it', 'Ten slotte zullen de Staatssecretaris van Justitie en Veiligheid en ikzelf in april van 2024 opvolging geven aan het bestuurlijk overleg.'],
    ['the writer acts after its letter', 'Ja, conform de brief van de minister van Financiën van 18 april jl. zal ik de informatieve waarde van de begroting vergroten.'],
    ['the writer speaks for it', 'Mede namens de Minister van Financiën wordt uw Kamer voor de zomer geïnformeerd.'],
    ['it is written to', 'De Kamer heeft gevraagd een brief te sturen aan de Minister van Defensie.'],
    ['an abbreviation that named several ministries', 'De minister van LNV zal de Kamer voor de zomer informeren.'],
    ['an abbreviation with "&" not known', 'De minister van X&Y zal de brief aan de Tweede Kamer sturen.'],
  ])('none where %s', (_, sentence) => {
    expect(officeActing(sentence)).toBeUndefined();
  });
});
