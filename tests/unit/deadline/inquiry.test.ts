import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

/** A term inside the indirect question an inquiry opens belongs to what is looked into, not to an act undertaken (inquiry.ts). */
describe('a term inside what an inquiry asks about', () => {
  it.each([
    // kst-32847-230 (heldout15-121), openkamer 33750-VI/118 (heldout15-369), ah-tk-20222023-3649 (heldout21-a292),
    // kst-35746-20 (heldout25-035), SGD 0000102460 (heldout25-q066)
    ['verzoekt de regering, de Kamer te informeren over welke maatregelen zij op korte termijn denkt te nemen om te zorgen dat in de behoefte aan betaalbare sociale huurwoningen en middeldure huurwoningen wordt voorzien,', '2016-05-31'],
    ['Toezending van deze brief was u toegezegd in de brief van 13 januari jl. (Kamerstuk 33 750 VI, nr. 97), waarin wij ook hebben aangekondigd in overleg met politie, gemeenten en andere betrokkenen te bezien of aanvullende maatregelen nodig en mogelijk zijn om de incidenten rondom de jaarwisseling verder te beperken.', '2014-04-14'],
    ['Antwoord 13 Ik onderzoek momenteel of er mogelijkheden zijn om op korte termijn duidelijkheid te bieden aan de ondernemers die het betreft.', '2023-09-14'],
    ['verzoekt de regering om te onderzoeken hoe zo snel mogelijk een publiekrechtelijke bedrijfsorganisatie (PBO) of een beroepsorganisatie (BO) veehouderij in het leven geroepen kan worden die erop toe kan zien en kan organiseren dat de convenanten uitgevoerd gaan worden door alle veehouders in Nederland,', '2024-03-11'],
    ['Afhankelijk van de uitkomsten van bedoeld overleg en mijn toets van het eerder aangehaalde plan ben ik bereid te bezien in hoeverre een (eventueel partiële) subsidiëring in 1989 nog in de rede ligt.', '1988-02-12'],
    // Written for the class
    ['Het kabinet bekijkt of de subsidie in 2027 kan worden verhoogd.', '2026-03-01'],
    ['verzoekt de regering te onderzoeken hoe de wachttijden op korte termijn kunnen worden teruggebracht,', '2026-03-01'],
    ['verzoekt de regering in kaart te brengen welke knelpunten zo snel mogelijk moeten worden opgelost,', '2026-03-01'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it('keeps the term of the inquiry itself, of the request\'s next part, and of a delivery inside the question', () => {
    expect(to('Ik zal voor de zomer onderzoeken hoe de regeling kan worden vereenvoudigd.', '2026-03-01')).toBe('2026-07-02');
    // kst-… motions of the studied splits: heldout21-121, heldout22-246
    expect(to('verzoekt de regering te onderzoeken hoe het laatste stukje laagvliegroutes toch op een veilige en tijdige wijze kan verdwijnen, en de Kamer hierover voor 1 november 2021 te informeren,', '2021-07-08')).toBe('2021-10-31');
    expect(to('verzoekt de regering in overleg met de sector te bezien hoe de gevolgen van deze versobering zo veel mogelijk beperkt kunnen worden en de Kamer voor de Voorjaarsnota over te informeren,', '2024-11-12')).toBe('2025-05-31');
    expect(to('Ik bekijk of ik uw Kamer voor 1 mei kan informeren over de uitkomsten.', '2026-03-01')).toBe('2026-04-30');
  });
});
