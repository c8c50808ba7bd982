import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const DATE = '2025-12-15';
/** One sentence in a letter dated 15 December 2025: the promise drafted from it, or why it was skipped. */
function judge(sentence: string) {
  const draft = draftFromText(`Den Haag, 15 december 2025\n\nGeachte voorzitter,\n\n${sentence}\n`, { calendar, fallbackDate: DATE });
  const commitment = draft.commitments[0];
  return commitment ? { promise: true, due: commitment.due?.kind === 'phrase' ? commitment.due.phrase : commitment.due } : { promise: false, why: draft.skipped[0]?.why };
}

describe('a future only inside a relative clause that describes a thing', () => {
  it('tells what another will do or what will become of it, not a promise', () => {
    // sgd-ah-tk-19871988-27, sgd-ah-tk-19931994-665 and sgd-0000116865 (held-out-24).
    expect(judge('Het telerail-systeem dat bij NS zal worden toegepast is, gezien de specifieke eisen, moeilijk vergelijkbaar met dat in het buitenland.')).toMatchObject({ promise: false, why: 'statement' });
    expect(judge('Daarnaast hebben wij u bericht een commissie van deskundigen in te stellen die de noodzakelijke ondersteuning zal gaan leveren bij de implementatie van het beleid.')).toMatchObject({ promise: false, why: 'statement' });
    expect(judge('Het openbaar ministerie, de KNVB en ik hebben inmiddels overeenstemming bereikt over de lijnen waarlangs de informatieverstrekking zal plaatsvinden.')).toMatchObject({ promise: false, why: 'statement' });
  });

  it('but the writer\'s own act in the clause, a future of the main clause and a delivery stay promises', () => {
    expect(judge('Ik stuur u voor de zomer een brief die ik zal opstellen met de gemeenten.')).toMatchObject({ promise: true, due: 'voor de zomer' });
    // The relative clause ends at its own verb: the future is the main clause's (sgd-kst-19637-47, held-out-24).
    expect(judge('De achterstand die is ontstaan zal door deze maatregelen binnen twee jaar worden weggewerkt.')).toMatchObject({ promise: true, due: 'binnen twee jaar' });
    // "die" after a subject is a demonstrative (ah-tk-20162017-908, held-out-23).
    expect(judge('Ik heb daaraan toegevoegd dat ik die verplichting zal opleggen als de omgeving daartoe aanleiding geeft.')).toMatchObject({ promise: true });
    // "waarbij" goes on with the act (kst-31322-506, held-out-9).
    expect(judge('In het Coalitieakkoord is daarom afgesproken om de kinderopvangtoeslag af te schaffen en te werken aan een nieuw financieringsstelsel voor de kinderopvang, waarbij er voor werkende ouders een hoge inkomensonafhankelijke overheidsvergoeding rechtstreeks zal worden uitgekeerd aan de kinderopvangorganisaties.')).toMatchObject({ promise: true });
  });
});
