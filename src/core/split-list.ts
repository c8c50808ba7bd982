/** Splits repeatable, comma-separated values: `--tag a,b --tag c`, or an answer `a, b`. */
export function splitList(values: readonly string[] | string | undefined): string[] {
  const list = values === undefined ? [] : typeof values === 'string' ? [values] : values;
  return list.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}
