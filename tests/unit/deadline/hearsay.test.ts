import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

/** What the writer tells on another's word is another's act and term, not an undertaking of the government's (hearsay.ts). */
describe('a term told on another\'s word', () => {
  it.each([
    // SGD 0000194139 (heldout25-v003), 0000150348 (heldout25-w073), 0000194221 (heldout25-w147), h-tk-20172018-70-12
    // (heldout21-y122), kst-30573-92 (heldout17-167)
    ['Naar mij wordt medegedeeld zal het rapport van de commissie-Becht op korte termijn, waarschijnlijk nog in de eerste helft van mei 1976, worden uit-gebracht.', '1976-04-22'],
    ['Naar ik van mijn ambtge-note vernomen heb, kan het advies van de Gezondheidsraad nu op korte termijn worden tegemoet gezien.', '1982-04-14'],
    ['Voor zover mij bekend ligt het in het voornemen van het Hoog-heemraadschap het bestek binnenkort in te zenden ter vaststelling als Delta-werk.', '1976-05-11'],
    ['Ik heb begrepen dat er binnenkort met de minister over gesproken gaat worden.', '2018-04-05'],
    ['Ik stel vast dat het krantenartikel is gebaseerd op mondelinge vragen die naar verluidt later deze week aan de Europese Commissie, in de persoon van Commissaris Malmström, zullen worden gesteld.', '2012-01-25'],
    // Written for the class
    ['Mij is meegedeeld dat de nieuwe dienstregeling in december 2026 ingaat.', '2026-03-01'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it('keeps the term of what the writer undertakes after the hearsay', () => {
    expect(to('Naar ik heb vernomen is het rapport gereed, en ik zal het u voor de zomer toezenden.', '2026-03-01')).toBe('2026-07-02');
    expect(to('Ik heb begrepen dat de Kamer het overzicht wenst; dat zal ik u voor 1 mei sturen.', '2026-03-01')).toBe('2026-04-30');
  });
});
