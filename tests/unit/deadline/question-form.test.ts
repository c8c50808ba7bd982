import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const answer = (text: string, anchor: string) => findDeadline(text, anchor, calendar);
const to = (text: string, anchor: string) => answer(text, anchor)?.resolution.to ?? null;

/** A sentence that opens as a question, verb first or with a question word, names no term undertaken (question-form.ts). */
describe('a sentence that opens as a question', () => {
  it.each([
    // h-tk-20172018-97-7 (heldout17-036), ah-tk-20232024-1771 (heldout21-a177), Handelingen 14 April 2022 and 9 December
    // 2021 (heldout22-035, heldout22-090), SGD 0000217235 (heldout26-y075), 0000211786 (heldout26-y120)
    ['Kan de staatssecretaris de Kamer zo snel mogelijk informeren wanneer duidelijk is dat bepaalde maatregele', '2018-06-05'],
    ['Vraag 2 Kunt u voor het commissiedebat nationale veiligheid, brandweer en crisisbeheersing op 15 mei 2024 met een reactie komen op in ieder geval het onderdeel van het rapport; in het bijzonder de conclusies dat het Vuurwerkbesluit een onterecht beeld van veiligheid creëert?', '2024-05-17'],
    ['Hoe komen we zo snel mogelijk tot een uitzondering op die Europese aanbestedingsrichtlijn voor deze zaken, zou ik willen vragen.', '2022-04-14'],
    ['Kan ik dan voor dinsdag zeggen: toch maar wel?', '2021-12-09'],
    ['Kan het voorgevallene voor de Minister een reden zijn om op korte termijn preventieve maatregelen te nemen door: a. het treffen van wettelijke voorzieningen; b. te onderzoeken of het mogelijk is enkele centrale plaatsen aan te wijzen?', '1971-11-03'],
    ['(Ingezonden 2 mei 1973.) Is de Staatssecretaris bereid, spoedig zijn toezegging van 15 februari 1973 aan de oud-leden Nooteboom en Nypels na te komen door op korte termijn een circulaire aan de gemeenten en woningbouwcorporaties te laten uitgaan, waarin de geldende regeling wordt uiteengezet (', '1973-05-10'],
    // Written for the class: a written question's lettered parts after a colon, its number before it
    ['2. Is de Minister bereid de Kamer voor 1 juli een overzicht te zenden van: a. de kosten; b. de planning', '2026-03-01'],
    ['Wanneer denkt de Minister de evaluatie in het najaar van 2026 aan de Kamer te sturen; welke knelpunten ziet hij', '2026-03-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(answer(text, anchor)).toBeNull();
  });

  it('keeps the term of a condition told verb-first, of a possessive that opens a statement, and of a sentence cut before it', () => {
    expect(to('Neemt de Kamer het voorstel aan, dan zal ik het besluit voor 1 juli publiceren.', '2026-03-01')).toBe('2026-06-30');
    // heldout13-189
    expect(to('Zijn inzet is om de wet eind dit jaar naar de Kamer te sturen.', '2019-11-01')).toBe('2019-12-31');
    expect(to('is de Minister voornemens de Kamer voor 1 juli te informeren.', '2026-03-01')).toBe('2026-06-30');
  });
});
