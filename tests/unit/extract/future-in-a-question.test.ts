import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * A future said inside an embedded question is what is asked, weighed or explained, not an undertaking of the text
 * (GUIDE §1): the class of held-out-17 ("… een gefundeerde beslissing nemen over de wijze waarop we in de toekomst …
 * zullen gaan stemmen"), held-out-20 ("De IND beoordeelt daarnaast in hoeverre … en welke impact dit op haar zal
 * hebben"), held-out-21 ("… op welke wijze er invulling zal worden gegeven aan …") and held-out-23 ("Met de voorliggende
 * kabinetsreactie wordt uitgelegd wat het kabinet gaat doen met …", "Daarnaast vragen ze wat ik ga doen om …"). The
 * sentences below are other wordings, in a letter of 15 December 2025.
 */
describe('a future inside an embedded question', () => {
  it.each([
    'Deze leden vragen wat ik ga doen om de wachttijden te verkorten.',
    'Het rapport helpt bij de keuze over de wijze waarop we de subsidie in de toekomst zullen verdelen.',
    'In de regeling staat beschreven op welke wijze er toezicht zal worden gehouden op de naleving.',
    'In de nota wordt toegelicht hoe het kabinet de middelen zal inzetten.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: false });
  });

  it.each([
    // the writer's own act first, the question its object or its aim
    ['Ik zal onderzoeken welke instrumenten er zijn.', undefined],
    ['Ik ga in gesprek met de sector om vervolgens te bepalen welke stappen ik wil zetten.', undefined],
    // the question put first and closed by a comma: the future is the main clause's
    ['Welke maatregelen nodig zijn, zal het kabinet in het voorjaar bepalen.', 'in het voorjaar'],
    // "wat betreft" names a topic and "hoe dan ook" a manner: neither asks anything
    ['Wat betreft de subsidieregeling zal het kabinet de voorwaarden in 2026 aanpassen.', 'in 2026'],
    ['Hoe dan ook zal het kabinet de regeling in 2026 evalueren.', 'in 2026'],
    // the auxiliary before its subject: a main clause after what was put first, with or without a comma
    ['Wat de planning van de regeling betreft zal het kabinet de voorwaarden in 2026 aanpassen.', 'in 2026'],
    ['Welke maatregelen nodig zijn zal ik in het voorjaar bepalen.', 'in het voorjaar'],
    // "wat" before a comparative is "somewhat"
    ['Omdat de aanvragen wat later binnenkomen zal de regeling in maart 2026 worden opengesteld.', 'in maart 2026'],
    // a delivery to the Kamer about what is asked stays one
    ['Over de wijze waarop ik verder zal gaan, zal ik de Kamer voor de zomer informeren.', 'voor de zomer'],
  ])('a promise: %s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });
});

/**
 * The indirect yes-no question set off by "of" at the start of a sentence or after a comma or dash, as the letters of
 * every decade write it: whether something will be, doubted, weighed or left to a decision, is not undertaken (GUIDE
 * §1). Held-out-26 drafted it three times: sgd-ah-ek-19501951-28 ("De Regering is bevoegd te bepalen, of vlaggen …
 * zullen worden uitgestoken"), sgd-kst-7505-6 ("De ondergetekenden betwijfelen echter, of … zal worden overgegaan")
 * and sgd-ah-tk-19361937-56-58 ("Of … deze steunverleening zal worden hervat, zal afhangen van …").
 */
describe('a future inside a question opened by "of"', () => {
  it.each([
    'Het bestuur is bevoegd te bepalen, of de regeling zal worden verlengd.',
    'De ondergetekenden betwijfelen echter, of de subsidie volgend jaar zal worden verhoogd.',
    'Of de steun over 2026 zal worden hervat, zal afhangen van de ontwikkeling van de markt.',
    'Het is de vraag – of de werkzaamheden zullen worden uitgesteld.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: false });
  });

  it.each([
    // "of" joining two words asks nothing
    ['De subsidie of de lening zal in maart 2026 worden uitgekeerd.', 'in maart 2026'],
    // the future before the question is the main clause's
    ['Tevens zal in 2026 worden bezien, of de regeling moet worden aangepast.', 'in 2026'],
    // a future after a semicolon, the writer's own, or the main clause's after a question put first
    ['Het is de vraag, of de dijk zal kunnen worden gespaard; alsdan zal in 2026 worden gestreefd naar herstel.', 'in 2026'],
    ['Het is de vraag, of de regeling zal worden verlengd, maar ik zal u in maart 2026 informeren.', 'in maart 2026'],
    ['Of de regeling wordt verlengd, zal in maart 2026 worden bezien.', 'in maart 2026'],
  ])('a promise: %s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });
});
