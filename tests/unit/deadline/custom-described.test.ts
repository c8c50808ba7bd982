import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/** A custom or a habit told in the present is what is done as a rule, not a term undertaken (clause.ts, CUSTOM and AS_USUAL). */
describe('a custom described is no deadline', () => {
  it.each([
    // heldout16-196, heldout14-136 and heldout7-014, each given a window before
    ['Tijdens Prinsjesdag wordt traditioneel het MIRT Overzicht (voorheen MIRT Projectenboek) als bijlage bij de begroting van IenM aangeboden aan de Tweede Kamer.', '2015-09-15'],
    ['De landbouwwoordvoerders waren niet blij met dat voorstel, omdat de laatste week voor het zomerreces altijd een hectische week is.', '2018-06-01'],
    ['Zoals gebruikelijk zend ik u, mede namens de Staatssecretaris van Infrastructuur en Milieu, ook dit voorjaar de Voortgangsrapportage van de tracéwetplichtige projecten toe.', '2016-04-01'],
    ['Zoals altijd zend ik u ook dit voorjaar de Voortgangsrapportage toe.', '2016-04-01'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // a custom the government undertakes, put in the future; the customary delivery of a later period; "nog altijd" (still)
    ['Ik zal u, zoals gebruikelijk, ook dit najaar informeren over de voortgang.', '2016-04-01', '2016-11-30'],
    ['Het kabinet zal, zoals altijd, voor Prinsjesdag de Kamer een overzicht sturen.', '2016-04-01', '2016-09-19'],
    ['Zoals gebruikelijk zend ik u in het najaar de Voortgangsrapportage toe.', '2016-04-01', '2016-11-30'],
    // "zoals altijd" compares the act with the custom: with a later term it undertakes it
    ['Zoals altijd informeer ik u voor 1 juli over de voortgang.', '2016-04-01', '2016-06-30'],
    // a habit word qualifying a noun, and a habit joined to an act of ours in the same clause
    ['De Kamer ontvangt voor de zomer een brief over de vaak gestelde vragen.', '2024-03-11', '2024-07-04'],
    ['Gemeenten ervaren vaak problemen en daarom informeer ik u voor de zomer over de aanpak.', '2024-03-11', '2024-07-04'],
    // a habit word in a clause opened or set off after the phrase
    ['De minister komt voor de zomer met een plan voor de knelpunten waar gemeenten vaak tegenaan lopen.', '2024-03-11', '2024-07-04'],
    ['Het kabinet komt voor de zomer met een plan, want gemeenten lopen vaak vast.', '2024-03-11', '2024-07-04'],
    // a habit word beside a delivery to the Kamer: a standing undertaking
    ['U ontvangt de rapportage telkens voor het zomerreces.', '2024-03-11', '2024-07-04'],
    // the present period without "ook": a delivery still to come that period
    ['Zoals gebruikelijk ontvangt u deze week nog de geannoteerde agenda van de Raad.', '2024-03-11', '2024-03-17'],
    ['Zoals gebruikelijk ontvangt u ook dit voorjaar nog de voortgangsrapportage.', '2024-03-11', '2024-05-31'],
    ['Het plan van aanpak volgt nog altijd voor de zomer.', '2016-04-01', '2016-07-07'],
    // found in review: "dit najaar" or "deze zomer" in a letter of March is a later period, not the letter's own
    ['Zoals gebruikelijk ontvangt u dit najaar de voortgangsrapportage.', '2017-03-01', '2017-11-30'],
    ['De minister stuurt de Kamer, zoals gebruikelijk, deze zomer de monitor.', '2017-03-01', '2017-08-31'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
