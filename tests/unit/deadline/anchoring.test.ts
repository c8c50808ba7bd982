import { describe, expect, it } from 'vitest';
import { resolved, window } from './fixture.js';

describe('a recess or budget event without a year', () => {
  it('voor het zomerreces means the first one starting after the anchor', () => {
    expect(window('voor het zomerreces', '2026-03-10')).toEqual(['2026-03-10', '2026-07-02']);
    expect(window('voor het zomerreces', '2026-09-15')).toEqual(['2026-09-15', '2027-07-08']);
  });

  it('voor het zomerreces written inside that recess means the next one', () => {
    expect(window('voor het zomerreces', '2026-07-20')).toEqual(['2026-07-20', '2027-07-08']);
  });

  it('voor het zomerreces written on its first day means the next one, never an empty window', () => {
    expect(window('voor het zomerreces', '2026-07-03')).toEqual(['2026-07-03', '2027-07-08']);
  });

  it('voor het kerstreces written during the kerstreces means the next one', () => {
    expect(window('voor het kerstreces', '2026-01-05')).toEqual(['2026-01-05', '2026-12-17']);
  });

  it('na het zomerreces written during that recess means its end', () => {
    expect(window('na het zomerreces', '2026-07-20')).toEqual(['2026-09-01', '2026-10-31']);
    expect(window('na de zomer', '2026-09-02')).toEqual(['2027-09-07', '2027-10-31']);
  });

  it('rond Prinsjesdag means the first Prinsjesdag on or after the anchor', () => {
    expect(window('rond Prinsjesdag', '2026-09-15')).toEqual(['2026-09-01', '2026-09-22']);
    expect(window('rond Prinsjesdag', '2026-09-16')).toEqual(['2027-09-07', '2027-09-28']);
  });

  it('voor Prinsjesdag and voor Verantwoordingsdag pass to next year once the day has come', () => {
    expect(window('voor Prinsjesdag', '2026-09-15')).toEqual(['2026-09-15', '2027-09-20']);
    expect(window('voor Verantwoordingsdag', '2026-05-20')).toEqual(['2026-05-20', '2027-05-18']);
  });

  it('bij de Voorjaarsnota means the one not yet due', () => {
    expect(window('bij de Voorjaarsnota', '2026-06-01')).toEqual(['2026-04-01', '2026-06-01']);
    expect(window('bij de Voorjaarsnota', '2026-06-02')).toEqual(['2027-04-01', '2027-06-01']);
  });

  it('voor de begrotingsbehandeling means the one still running, else next year', () => {
    expect(window('voor de begrotingsbehandeling', '2026-03-01')).toEqual(['2026-09-15', '2026-12-17']);
    expect(window('voor de begrotingsbehandeling', '2026-10-01')).toEqual(['2026-09-15', '2026-12-17']);
    expect(window('voor de begrotingsbehandeling', '2026-12-18')).toEqual(['2027-09-21', '2027-12-16']);
  });
});

describe('a season or period without a year', () => {
  it('is the one containing the anchor', () => {
    expect(window('zomer', '2026-07-15')).toEqual(['2026-06-01', '2026-08-31']);
    expect(window('in de zomer', '2026-06-01')).toEqual(['2026-06-01', '2026-08-31']);
    expect(window('winter', '2026-01-15')).toEqual(['2025-12-01', '2026-02-28']);
    expect(window('maart', '2026-03-31')).toEqual(['2026-03-01', '2026-03-31']);
    expect(window('Q3', '2026-08-01')).toEqual(['2026-07-01', '2026-09-30']);
  });

  it('is the next one once it has ended', () => {
    expect(window('zomer', '2026-09-01')).toEqual(['2027-06-01', '2027-08-31']);
    expect(window('maart', '2026-04-01')).toEqual(['2027-03-01', '2027-03-31']);
    expect(window('1 maart', '2026-03-02')).toEqual(['2027-03-01', '2027-03-01']);
    expect(window('eerste helft', '2026-07-01')).toEqual(['2027-01-01', '2027-06-30']);
  });

  it('names the year it chose', () => {
    expect(resolved('zomer', '2026-09-01').rule.args.year).toBe(2027);
  });
});

describe('relative to the anchor', () => {
  it('dit najaar runs from max(A, 1 September)', () => {
    expect(window('dit najaar', '2026-10-10')).toEqual(['2026-10-10', '2026-11-30']);
    expect(window('dit najaar', '2026-05-10')).toEqual(['2026-09-01', '2026-11-30']);
    expect(window('dit najaar', '2026-12-10')).toEqual(['2027-09-01', '2027-11-30']);
  });

  it('deze winter written in January is the winter under way', () => {
    expect(window('deze winter', '2026-01-20')).toEqual(['2026-01-20', '2026-02-28']);
  });

  it('komend voorjaar is the next spring to start', () => {
    expect(window('komend voorjaar', '2026-04-01')).toEqual(['2027-03-01', '2027-05-31']);
    expect(window('volgend voorjaar', '2026-01-10')).toEqual(['2026-03-01', '2026-05-31']);
  });

  it('in de loop van the anchor year starts at the anchor, of a later year on 1 January', () => {
    expect(window('in de loop van 2026', '2026-04-10')).toEqual(['2026-04-10', '2026-12-31']);
    expect(window('in de loop van 2027', '2026-04-10')).toEqual(['2027-01-01', '2027-12-31']);
    expect(window('in de loop van dit jaar', '2026-04-10')).toEqual(['2026-04-10', '2026-12-31']);
    expect(window('in de loop van volgend jaar', '2026-04-10')).toEqual(['2027-01-01', '2027-12-31']);
  });

  it('reads dit jaar and volgend jaar inside other phrases', () => {
    expect(window('eind van dit jaar', '2026-04-10')).toEqual(['2026-11-01', '2026-12-31']);
    expect(window('voor het einde van het jaar', '2026-04-10')).toEqual(['2026-04-10', '2026-12-31']);
    expect(window('begin volgend jaar', '2026-04-10')).toEqual(['2027-01-01', '2027-03-31']);
    expect(window('zomer van volgend jaar', '2026-04-10')).toEqual(['2027-06-01', '2027-08-31']);
    expect(window('voor de zomer van volgend jaar', '2026-04-10')).toEqual(['2026-04-10', '2027-07-08']);
    expect(window('later dit jaar', '2026-04-10')).toEqual(['2026-04-10', '2026-12-31']);
  });

  it('voor eind 2026 means by the end of 2026, not before November', () => {
    expect(window('voor eind 2026', '2026-04-10')).toEqual(['2026-04-10', '2026-12-31']);
    expect(window('voor eind maart 2027', '2026-04-10')).toEqual(['2026-04-10', '2027-03-31']);
    expect(window('uiterlijk eind 2026', '2026-04-10')).toEqual(['2026-04-10', '2026-12-31']);
  });

  it('voor a month or a year ends the day before it starts', () => {
    expect(window('voor maart 2026', '2025-12-15')).toEqual(['2025-12-15', '2026-02-28']);
    expect(window('voor 2027', '2025-12-15')).toEqual(['2025-12-15', '2026-12-31']);
  });

  it('a deadline that had passed when the promise was made keeps its end and shrinks to it', () => {
    expect(window('uiterlijk 1 maart 2026', '2026-04-01')).toEqual(['2026-03-01', '2026-03-01']);
    expect(window('voor het zomerreces 2026', '2026-08-01')).toEqual(['2026-07-02', '2026-07-02']);
    expect(window('in de loop van 2026', '2027-01-05')).toEqual(['2026-12-31', '2026-12-31']);
  });
});

describe('doorlopend', () => {
  it('is a window without ends, rule ongoing', () => {
    const resolution = resolved('doorlopend');
    expect([resolution.from, resolution.to]).toEqual([null, null]);
    expect(resolution.rule).toEqual({ id: 'ongoing', args: {} });
    expect(resolved('Ongoing').rule.id).toBe('ongoing');
  });
});
