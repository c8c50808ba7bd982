import { describe, expect, it } from 'vitest';
import { spellStatus } from '../../../src/write/status-spelling.js';

describe('spellStatus', () => {
  it('follows the commitment\'s own status when it says which language', () => {
    expect(spellStatus('delivered', 'openstaand', ['open', 'ongoing'])).toBe('voldaan');
    expect(spellStatus('partial', 'Openstaand', [])).toBe('deels voldaan');
    expect(spellStatus('delivered', 'closed', ['voldaan'])).toBe('delivered');
  });

  it('follows most of the file when the status is `open` or absent', () => {
    expect(spellStatus('delivered', 'open', ['open', 'voldaan', 'doorlopend', 'ongoing'])).toBe('voldaan');
    expect(spellStatus('delivered', undefined, ['open', 'delivered', 'ongoing', 'doorlopend', 'lapsed'])).toBe('delivered');
    expect(spellStatus('delivered', 'open', ['open', 'open'])).toBe('delivered');
  });
});
