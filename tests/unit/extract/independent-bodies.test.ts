import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * An inspectorate or a knowledge institute acting on its own judgement is a third party (GUIDE §1, D11 (c)); the
 * government commissioning or delivering its work, and an executing agency working for the ministry, are the
 * government. The class of held-out-8 ("De ILT zal de verbeterplannen mee nemen bij het toezicht …"), held-out-18
 * ("Het bedrijf zal … door de NVWA worden gemonitord"), held-out-20 ("De NVWA zal … het toezicht … intensiveren",
 * "Eind mei verwacht de ILT het eindrapport op te kunnen leveren") and held-out-21 ("De Inspectie zal bij haar
 * risicobeoordeling …"); the sentences below are other wordings.
 */
describe('an inspectorate or a knowledge institute acting on its own', () => {
  it.each([
    'De NVWA zal in het voorjaar extra controles uitvoeren bij de slachthuizen.',
    'De ILT zal de naleving van de nieuwe eisen in 2026 controleren.',
    'De locaties zullen het komende jaar door de NVWA worden gecontroleerd.',
    'Begin april verwacht de NVWA de resultaten op te kunnen leveren.',
    'De Inspectie van het Onderwijs zal de scholen in 2026 opnieuw bezoeken.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });

  it.each([
    'Ik zal de Inspectie vragen in 2026 een onderzoek naar de naleving te doen.',
    'Ik laat het RIVM de risico’s onderzoeken en stuur u de uitkomsten voor de zomer.',
    'Ik stuur u het rapport van het RIVM voor de zomer.',
    'Rijkswaterstaat zal de dijkversterking in 2026 afronden.',
  ])('promise: %s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(true);
  });
});
