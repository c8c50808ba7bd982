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
