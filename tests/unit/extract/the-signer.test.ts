import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * The writer named in the third person as the signer, as answers to Kamervragen and memories did until about 1980
 * ("De ondergetekende is bereid …", "Ondergeteekende zal …", "is de tweede ondergetekende bereid …"): the signer is
 * the government, so the undertaking is the writer's, in any spelling. The class of held-out-26 (Aanhangsels of
 * Justitie, Verkeer en Waterstaat, Landbouw, Sociale Zaken, 1920–1974); the sentences below are other wordings.
 */
describe('the writer named as the signer', () => {
  it.each([
    'De ondergetekende is bereid te onderzoeken of de regeling kan worden verbeterd.',
    'Ondergeteekende zal nagaan, of er aanleiding bestaat de bepaling te wijzigen.',
    'Ook de ondergetekende is gaarne bereid, de gemeente bij de uitvoering van het plan te steunen.',
    'Mocht het onderzoek daartoe aanleiding geven, dan is de tweede ondergetekende bereid een wetsontwerp in te dienen.',
    'De ondergetekenden zullen zich hierover nader beraden.',
    'Ondergetekende wil eerst nog nagaan welke mogelijkheden de huidige wet biedt.',
    // the signer as the one who acts in the present with a term ahead, and as the one who asks
    'De ondergetekenden stellen op korte termijn een onderzoek in naar de vraag of de bepaling nog zin heeft.',
    'De eerste ondergetekende is voornemens de Raad te verzoeken een advies uit te brengen.',
    // "te worden" in a question the undertaking names is not the infinitive of "bereid"
    'De ondergetekende is bereid omtrent de vraag of nadere voorzieningen dienen te worden getroffen het advies van de Raad in te winnen.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(true);
  });

  it.each([
    // the signer pointing out, and the signer's earlier promise told in the past, which the letter answers
    'De ondergetekende wil erop wijzen, dat de bestaande wetgeving hierin reeds voorziet.',
    'Bij de beantwoording van vraag 12 hebben de ondergetekenden toegezegd nader te zullen bezien of de uitkering kan worden verhoogd.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });
});
