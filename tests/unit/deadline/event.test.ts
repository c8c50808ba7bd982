import { describe, expect, it } from 'vitest';
import type { EventResolution } from '../../../src/core/model.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar, resolved } from './fixture.js';

function event(phrase: string, anchor = '2025-12-15'): EventResolution {
  const found = resolved(phrase, anchor);
  if (found.kind !== 'event') throw new Error(`"${phrase}" resolved to a ${found.kind}, not an event`);
  return found;
}

/** The reference's second table, "an event without a date": no window, the event named. */
describe('an event without a date has no window', () => {
  const cases: [phrase: string, event: string, relation: string][] = [
    ['voor het debat', 'het debat', 'before'],
    ['voor het commissiedebat Mensenhandel en prostitutie', 'het commissiedebat Mensenhandel en prostitutie', 'before'],
    ['vóór het eerstvolgende commissiedebat', 'het eerstvolgende commissiedebat', 'before'],
    ['zodra de evaluatie gereed is', 'de evaluatie', 'after'],
    ['nadat het onderzoek is afgerond', 'het onderzoek', 'after'],
    ['zodra het rapport beschikbaar is', 'het rapport', 'after'],
    // A clause with its own subject and a meeting held, a decision taken, advice given.
    ['Zodra ik het gesprek met Keyrail en ProRail heb gevoerd', 'ik het gesprek met Keyrail en ProRail', 'after'],
    ['nadat het besluit is genomen', 'het besluit', 'after'],
    ['wanneer dit advies is uitgebracht', 'dit advies', 'after'],
    ['na afronding van het onderzoek', 'afronding van het onderzoek', 'after'],
    ['in afwachting van het advies van de Raad van State', 'het advies van de Raad van State', 'after'],
    ['bij de volgende evaluatie van de wet', 'de volgende evaluatie van de wet', 'at'],
    ['voorafgaande aan de desbetreffende Raad', 'de desbetreffende Raad', 'before'],
    ['voorafgaand aan de Europese Raad', 'de Europese Raad', 'before'],
    ['bij de Raming', 'de Raming', 'at'],
    ['ten behoeve van het tweeminutendebat', 'het tweeminutendebat', 'before'],
    ['ter voorbereiding op de Transportraad', 'de Transportraad', 'before'],
    ['na het notaoverleg over de Defensienota', 'het notaoverleg over de Defensienota', 'after'],
    ['before the debate', 'the debate', 'before'],
    ['once the evaluation is completed', 'the evaluation', 'after'],
  ];
  it.each(cases)('%s → %s (%s)', (phrase, name, relation) => {
    const found = event(phrase);
    expect(found).toMatchObject({ event: name, relation, date: null, from: null, to: null, rule: { id: 'event' } });
  });

  it('"zodra" is as soon as possible after the event: three weeks once it is dated', () => {
    expect(event('zodra de evaluatie gereed is').within).toEqual({ unit: 'week', count: 3 });
    expect(event('na het debat').within).toBeUndefined();
  });
});

/** The reference's second table, "an event with its date": A … that date − 1. */
describe('an event with its date', () => {
  it.each([
    ['voorafgaand aan het Wetgevingsoverleg Omgevingswet op 20 juni', '2025-12-15', 'het Wetgevingsoverleg Omgevingswet', '2026-06-20', '2025-12-15', '2026-06-19'],
    ['ten behoeve van het commissiedebat Gevangeniswezen op 16 april aanstaande', '2026-03-02', 'het commissiedebat Gevangeniswezen', '2026-04-16', '2026-03-02', '2026-04-15'],
    ['voor het commissiedebat op dinsdag 7 oktober a.s.', '2025-09-20', 'het commissiedebat', '2025-10-07', '2025-09-20', '2025-10-06'],
    ['voor het notaoverleg op 3 maart 2026', '2025-12-15', 'het notaoverleg', '2026-03-03', '2025-12-15', '2026-03-02'],
    ['bij het debat op 3 maart 2026', '2025-12-15', 'het debat', '2026-03-03', '2025-12-15', '2026-03-03'],
  ])('%s (A = %s)', (phrase, anchor, name, date, from, to) => {
    expect(event(phrase, anchor)).toMatchObject({ event: name, date, from, to, rule: { id: 'event-dated' } });
  });

  it('a day and month without a year is the next such day', () => {
    expect(event('voor het debat op 10 januari', '2025-12-15').date).toBe('2026-01-10');
    expect(event('voor het debat op 20 december', '2025-12-15').date).toBe('2025-12-20');
  });

  it('after a dated event: from its date, three weeks on for "zodra"', () => {
    expect(event('na het debat op 3 maart 2026')).toMatchObject({ from: '2026-03-03', to: null });
  });
});

describe('what is not an event', () => {
  it.each(['voor de zomer', 'na twee jaar', 'voor 1 april 2026', 'bij de Voorjaarsnota', 'voor het zomerreces'])(
    '%s stays a window',
    (phrase) => {
      expect(resolved(phrase).kind).toBe('window');
    },
  );

  it.each(['voor het huis', 'na de lunch van de minister', 'zodra de minister het wil', 'voor de laptop', 'bij de voorraad'])(
    '%s names no event and does not resolve',
    (phrase) => {
      expect(resolvePhrase(phrase, '2025-12-15', calendar).ok).toBe(false);
    },
  );
});

describe('a noun phrase opens with its head or a determiner', () => {
  it.each(['voor 1 februari een brief', 'na 3 weken het debat', 'voor 2026 het onderzoek'])('%s is no event', (phrase) => {
    expect(resolvePhrase(phrase, '2025-12-15', calendar).ok).toBe(false);
  });
});

describe('the event is one noun phrase', () => {
  it('a determiner after the head opens another phrase, not part of the event', () => {
    expect(resolvePhrase('voor het debat een officiële brief', '2017-03-01', calendar).ok).toBe(false);
    expect(resolved('voor het debat', '2017-03-01')).toMatchObject({ kind: 'event', event: 'het debat' });
  });
});

describe('a lead before an event: "10 dagen voor het Algemeen Overleg"', () => {
  it('waits on the event, and once dated falls due that long before it', () => {
    const undated = resolved('10 dagen voor het Algemeen Overleg', '1998-03-20') as EventResolution;
    expect(undated).toMatchObject({ kind: 'event', relation: 'before', date: null, from: null, to: null, within: { unit: 'day', count: 10 } });
    expect(resolved('10 dagen voor het Algemeen Overleg op 6 april', '1998-03-20')).toMatchObject({ from: '1998-03-20', to: '1998-03-27' });
    expect(resolved('twee weken voor het commissiedebat op 20 mei 2026', '2026-04-01')).toMatchObject({ to: '2026-05-06' });
    expect(resolved('voor het commissiedebat op 20 mei 2026', '2026-04-01')).toMatchObject({ to: '2026-05-19' });
  });
});

describe('a span after an event: "binnen twee maanden na de verkiezingsronde"', () => {
  it('waits on the event, and once dated runs from it for that span', () => {
    expect(resolved('binnen twee maanden na de laatste verkiezingsronde', '2010-07-09')).toMatchObject({
      kind: 'event',
      relation: 'after',
      within: { unit: 'month', count: 2 },
      to: null,
    });
    expect(resolved('binnen drie weken na het commissiedebat op 12 mei 2026', '2026-04-01')).toMatchObject({ from: '2026-05-12', to: '2026-06-02' });
  });
});


describe('a clause of time whatever its predicate ("zodra", "nadat")', () => {
  it.each([
    ['Zodra het onderzoek daartoe aanleiding geeft', 'het onderzoek daartoe aanleiding geeft'],
    ['zodra ik de onderzoeksresultaten ontvangen heb', 'ik de onderzoeksresultaten ontvangen heb'],
    ['nadat de Kamer over het voorstel heeft gestemd', 'de Kamer over het voorstel heeft gestemd'],
    // The participle closing the clause after its auxiliary, whether or not it opens with "ge-".
    ['zodra het plan is goedgekeurd', 'het plan is goedgekeurd'],
    ['zodra het convenant is ondertekend', 'het convenant is ondertekend'],
    ['zodra het voorstel is ingediend', 'het voorstel is ingediend'],
    ['zodra het kabinet heeft besloten', 'het kabinet heeft besloten'],
    // The extract corpus (Kamerstuk 29 984, nr. 568; Kamerstuk 31 371, nr. 337).
    ['nadat het ontwerpbesluit aan uw Kamer is overgelegd', 'het ontwerpbesluit aan uw Kamer is overgelegd'],
    ['nadat de reacties van de betrokkenen zijn ontvangen', 'de reacties van de betrokkenen zijn ontvangen'],
  ])('"%s" names the event "%s", without a window', (phrase, named) => {
    expect(event(phrase)).toMatchObject({ event: named, relation: 'after', from: null, to: null });
  });

  it('"wanneer" needs an event noun: "wanneer deze op andere wetten zijn gebaseerd" is a condition', () => {
    expect(resolvePhrase('wanneer deze op andere wetten zijn gebaseerd', '2025-12-15', calendar).ok).toBe(false);
  });

  it.each([
    // The writer's own verb closes the clause in any form: the first person's stem, the plural.
    ['zodra ik het advies aan uw Kamer stuur', 'ik het advies aan uw Kamer stuur'],
    ['nadat wij de gegevens ontvangen', 'wij de gegevens ontvangen'],
    // "wanneer" with the writer as its subject is the writer's own step, a time.
    ['wanneer we nieuwe afspraken maken', 'we nieuwe afspraken maken'],
    ['Wanneer ik de reacties heb verwerkt', 'ik de reacties heb verwerkt'],
    // A prepositional object put after the verb ends the clause as well.
    ['zodra er overeenstemming is over het akkoord', 'er overeenstemming is over het akkoord'],
    ['nadat het kabinet heeft besloten over de financiering', 'het kabinet heeft besloten over de financiering'],
    // "op het moment dat" opens a clause of time as "zodra" does ("zodra het rapport beschikbaar is": the report).
    ['op het moment dat het rapport beschikbaar is', 'het rapport'],
    ['Op het moment dat de gemeenten hun plannen hebben ingediend', 'de gemeenten hun plannen hebben ingediend'],
  ])('"%s" names the event "%s", without a window', (phrase, named) => {
    expect(event(phrase)).toMatchObject({ event: named, relation: 'after', from: null, to: null });
  });

  it.each(['zodra ik dat wil', 'wanneer wij dat kunnen', 'wanneer de minister dat wenst'])('"%s" is a wish or a possibility, no event', (phrase) => {
    expect(resolvePhrase(phrase, '2025-12-15', calendar).ok && resolvePhrase(phrase, '2025-12-15', calendar)).toBeFalsy();
  });
});
