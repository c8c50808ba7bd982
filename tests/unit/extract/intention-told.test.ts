import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * The writer's intention told as a noun ("mijn voornemen om … te …"), reflexively ("De regering neemt zich voor om …
 * te …"), with its subject after the copula ("ben ik van plan … te …") or announced by the letter itself ("Hierbij deel
 * ik u mede, dat ik voornemens ben … te …", "Middels deze brief informeer ik u over mijn voornemen om …"): the intention
 * with a concrete act is an undertaking (GUIDE §1), whatever the letter does in telling it. The class of held-out-24 and
 * -25 (Aanhangsels and letters of Defensie, EZ, WVC and OCW, 1981–2020); the sentences below are other wordings.
 */
describe('an intention told as a noun, reflexively, or by the letter', () => {
  it.each([
    'De rechtszaak heeft betrekking op mijn voornemen om de subsidie aan de stichting met ingang van volgend jaar te beëindigen.',
    'Met deze brief informeer ik u over mijn voornemen om de regeling in te trekken.',
    'De regering neemt zich voor om de gevolgen van het verdrag nauwkeurig te bezien.',
    'Naast enkele kleine aankopen ben ik van plan een besluit te nemen over de vervanging van de voertuigen.',
    'Hierbij deel ik u mede, dat ik voornemens ben de totstandkoming te bevorderen van een algemene maatregel van bestuur.',
    'Ik deel u mede, voornemens te zijn de bijgevoegde aanwijzingen aan het college te geven.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(true);
  });

  it.each([
    // another's intention, an intention told as said before, one the letter's enclosure describes
    'Wij hebben kennisgenomen van het voornemen van de NAM om de aanvraag in te dienen.',
    'Tijdens het overleg van 7 mei jl. heb ik mededelingen gedaan omtrent mijn voornemen om een nieuw systeem in te voeren.',
    'Met deze brief leg ik u de maatregelen voor die het kabinet voornemens is te nemen.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });
});
