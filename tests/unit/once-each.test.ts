import { describe, expect, it } from 'vitest';
import { onceEach } from '../../src/core/once-each.js';

describe('onceEach', () => {
  it('reads each key once and remembers what it read, a false answer too', () => {
    const asked: string[] = [];
    const isLong = onceEach((key: { name: string }) => {
      asked.push(key.name);
      return key.name.length > 3;
    });
    const short = { name: 'ab' };
    const long = { name: 'abcd' };
    expect([isLong(short), isLong(long), isLong(short), isLong(long)]).toEqual([false, true, false, true]);
    expect(asked).toEqual(['ab', 'abcd']);
  });

  it('reads two keys with the same contents apart', () => {
    let reads = 0;
    const read = onceEach((_: { n: number }) => ++reads);
    expect([read({ n: 1 }), read({ n: 1 })]).toEqual([1, 2]);
  });
});
