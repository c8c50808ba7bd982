/**
 * `read` answered once for each key and remembered for as long as the key lives: what a pass over a letter asks of
 * every pair of its promises, or of every sentence, would otherwise cost the square of its length.
 */
export function onceEach<K extends object, V>(read: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = read(key);
    known.set(key, value);
    return value;
  };
}
