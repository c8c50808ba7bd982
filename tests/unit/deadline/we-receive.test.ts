import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * The government as the one who receives by the term: the term is the sender's, not of an act the government
 * undertakes (clause.ts, WE_RECEIVE). The Kamer receiving, or a term of our own act beside the receipt, keeps its term.
 */
describe('a term of what the government receives', () => {
  it.each([
    // a letter on the Wet veiligheidsregio's, 19 December 2019 (heldout20-118); on the Inspectie OOV's report, 6 July 2011
    // (heldout19-y006); on the Kiesraad's advice, 24 May 2016 (heldout16-157)
    ['Ik verwacht die reactie begin volgend jaar te mogen ontvangen.', '2019-12-19'],
    ['Naar verwachting ontvang ik het onderzoeksrapport in de loop van augustus 2011 van de Inspectie OOV.', '2011-07-06'],
    ['In verband met de verdere voortgang van het wetsvoorstel heb ik de Kiesraad verzocht een reactie zo spoedig mogelijk – maar uiterlijk 14 juni aanstaande – te mogen ontvangen.', '2016-05-24'],
    ['Wij ontvangen het advies van de Raad in oktober.', '2024-06-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps the Kamer receiving and our own act beside the receipt', () => {
    // a news report of 15 February 2022 (dev-436): the Kamer's request stands
    expect(find('De Kamer verwacht de brief van het kabinet voor dinsdag 8 maart te ontvangen, of zoveel eerder als mogelijk.', '2022-02-15')).toMatchObject({ kind: 'window', to: '2022-03-07' });
    expect(find('Uw Kamer ontvangt het rapport voor de zomer.', '2024-06-01')).toMatchObject({ kind: 'window', to: '2024-07-04' });
    expect(find('Ik verwacht het advies in juni te ontvangen; ik zal het voor de zomer aan de Kamer sturen.', '2024-05-01')).toMatchObject({ kind: 'window', to: '2024-07-04' });
  });

  it('keeps the term when we make the Kamer receive, or act on what we receive', () => {
    expect(find('Ik laat uw Kamer het rapport voor de zomer ontvangen.', '2024-05-01')).toMatchObject({ kind: 'window', to: '2024-07-04' });
    expect(find('Wij zullen de commissie het verslag in juni doen ontvangen.', '2024-05-01')).toMatchObject({ kind: 'window', to: '2024-06-30' });
    expect(find('Ik verwacht deze feedback in juni te ontvangen en toe te passen.', '2024-05-01')).toMatchObject({ kind: 'window', to: '2024-06-30' });
  });
});
