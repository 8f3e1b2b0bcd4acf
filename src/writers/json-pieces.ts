/**
 * A record's JSON in pieces: the same text as `JSON.stringify(record, null, space)`, made member by member and, in
 * an array member, element by element, each piece by `JSON.stringify` itself. The output of a whole gazette (a
 * 64 MB document: ~470,000 mentions, ~85 MB of JSON) is then never one string: before, that string, the engine's
 * pieces of it while it was built, and its UTF-8 bytes stood beside the record at the end of the run (peak RSS
 * 1.26 GB; in pieces 1.03 GB: issue 14).
 *
 * Not @discoveryjs/json-ext's `stringifyChunked`, which makes the same text but walks every value in JavaScript: on
 * the record of a 16 MB document (118,000 mentions), once in a fresh process as the CLI runs it, 142–168 ms against
 * JSON.stringify's 83, and 93–105 here, where the engine still writes every mention. What is not a plain object or
 * array is left to JSON.stringify whole, so the text is its text (test/unit/writer-pieces.test.ts), with one
 * difference no record has: a member's or element's `toJSON` is called with the key '' instead of its name or index.
 */

/** Whether a value is written member by member here: a plain object or array (no `toJSON`, no other prototype). */
function plain(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) ? proto === Array.prototype : proto === Object.prototype || proto === null;
}

/** What JSON.stringify leaves out of an object, and writes as `null` in an array. */
const unwritten = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * `JSON.stringify(value, null, space)` with every line after the first `indent` further in (JSON never breaks a
 * line inside a string: a line break there is escaped): one replace, not a split into lines and a join (a record's
 * lines are as many as its mentions' fields).
 */
export function whole(value: unknown, space: number, indent: string): string {
  const text = JSON.stringify(value, null, space);
  return indent === '' || space === 0 ? text : text.replaceAll('\n', `\n${indent}`);
}

/**
 * The pieces of `JSON.stringify(record, null, space)` (`space` 0 or a number of spaces), every line after the first
 * `indent` further in, as `whole` would write it. A member that is not a plain array is one piece; an array is
 * written an element at a time.
 */
export function* jsonPieces(record: object, space: number, indent = ''): Generator<string> {
  if (!plain(record) || Array.isArray(record)) {
    yield whole(record, space, indent);
    return;
  }
  const step = ' '.repeat(space);
  const inner = indent + step;
  const colon = space > 0 ? ': ' : ':';
  let first = true;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (unwritten(value)) continue;
    yield `${first ? '{' : ','}${space > 0 ? `\n${inner}` : ''}${JSON.stringify(key)}${colon}`;
    first = false;
    if (Array.isArray(value) && plain(value)) yield* arrayPieces(value, space, inner);
    else yield whole(value, space, inner);
  }
  yield first ? '{}' : space > 0 ? `\n${indent}}` : '}';
}

/** The pieces of an array member, its elements one by one. */
function* arrayPieces(array: readonly unknown[], space: number, indent: string): Generator<string> {
  if (array.length === 0) {
    yield '[]';
    return;
  }
  const inner = indent + ' '.repeat(space);
  for (let i = 0; i < array.length; i++) {
    const value = array[i];
    const lead = `${i === 0 ? '[' : ','}${space > 0 ? `\n${inner}` : ''}`;
    yield lead + (unwritten(value) ? 'null' : whole(value, space, inner));
  }
  yield space > 0 ? `\n${indent}]` : ']';
}
