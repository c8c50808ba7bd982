import { joinedTexts, type Chunks } from './chunks.js';

/** A list of a JSON document whose items are made (by `each`) and rendered one at a time, as the document is written. */
export class JsonList<T = unknown> {
  constructor(
    readonly items: Iterable<T>,
    readonly each: (item: T) => unknown = (item) => item,
  ) {}
}

/**
 * A value's JSON text, made already as `JSON.stringify` makes it on one line:
 * printed as it is on one line, indented as `JSON.stringify` would indent it.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

/**
 * An object as `jsonText` prints it (`JSON.stringify`, indented by two for a
 * person at a terminal, one line for a program, and a newline), byte for
 * byte, made in chunks: the items of a `JsonList` value are made as the
 * chunks are asked for, a piece of about `BATCH_CHARS` at a time (`joinedTexts`). Like
 * `JSON.stringify`, keys whose value is undefined are left out.
 */
export function* jsonChunks(object: Readonly<Record<string, unknown>>, human: boolean): Chunks {
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  const [open, between, close] = human ? ['{\n  ', ',\n  ', '\n}\n'] : ['{', ',', '}\n'];
  let first = true;
  for (const [key, value] of entries) {
    yield `${first ? open : between}${JSON.stringify(key)}:${human ? ' ' : ''}`;
    first = false;
    if (value instanceof JsonList) yield* listChunks(value, human);
    else yield nested(value, human, '\n  ');
  }
  yield close;
}

/** A value two levels down (an item of a list that is a key's value) or one (a key's value), re-indented to its depth. */
function nested(value: unknown, human: boolean, newline: string): string {
  if (value instanceof JsonText) return human ? JSON.stringify(JSON.parse(value.text), null, 2).replaceAll('\n', newline) : value.text;
  return human ? JSON.stringify(value, null, 2).replaceAll('\n', newline) : JSON.stringify(value);
}

function* listChunks<T>(list: JsonList<T>, human: boolean): Chunks {
  // JSON strings hold no raw line breaks, so every one in an item's text is indentation, and moving it inward is exact.
  const [open, between, close] = human ? ['[\n    ', ',\n    ', '\n  ]'] : ['[', ',', ']'];
  let first = true;
  yield* joinedTexts(list.items, (item) => {
    const text = `${first ? open : between}${nested(list.each(item), human, '\n    ')}`;
    first = false;
    return text;
  });
  yield first ? '[]' : close;
}
