import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * A thing instituted, started or brought into force, told in the present passive of a main clause without a term: the
 * present of an act that is done once tells it ahead, and in a minister's letter the unnamed agent is the government.
 * The class of held-out-15 ("De EHS wordt eerst herijkt"), held-out-16 ("Er wordt daarnaast een onafhankelijk
 * onderzoek ingesteld naar deze kwestie") and held-out-20 ("…, wordt er een aanscherping doorgevoerd in het
 * I&R-systeem"); the sentences below are other wordings.
 */
describe('a thing instituted, told in the present passive', () => {
  it.each([
    'Er wordt een onafhankelijke commissie ingesteld die de gang van zaken onderzoekt.',
    'Daarnaast wordt een meldpunt voor gedupeerden ingericht.',
    'Ook wordt er een pilot gestart in drie regio’s.',
    'Om herhaling te voorkomen, wordt er een extra controle ingevoerd bij de aanvraag.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due: undefined });
  });

  it.each([
    // work under way now, or a practice
    'Momenteel wordt een nieuw meldpunt ingericht.',
    'Bij elke aanvraag wordt een dossier opgesteld.',
    'Bij de Najaarsnota worden wijzigingen op de begroting doorgevoerd.',
    // a possibility or a negation
    'Door de taken te bundelen kan de uitvoering efficiënter worden ingericht.',
    'Er wordt geen nieuwe commissie ingesteld.',
    // a subordinate or relative clause describes or conditions
    'De Inspectie toetst in hoeverre de verbetermaatregelen worden doorgevoerd.',
    'Ik ben bekend met de commissie die wordt ingericht om de aanvragen te beoordelen.',
    // another's act, named as the agent
    'Het netwerk wordt landelijk uitgerold door de mobiele aanbieders.',
    // the day a thing takes effect is read by the finder, not made a promise without it
    'Het nieuwe verdeelmodel wordt op 1 januari 2012 ingevoerd.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: false });
  });
});
