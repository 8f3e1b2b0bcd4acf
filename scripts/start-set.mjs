// Build step (speed, issue 14): where a pattern's match can start, read off the pattern itself.
//
// A rule runs its pattern anchored at every position of a window before each trigger (core/triggers.ts), and most
// of those attempts fail on the first character: a name pattern tried in the middle of a word, a date pattern on a
// space. Each attempt is a call into the regex engine. Here, once per pattern at build time, the pattern is parsed
// (@eslint-community/regexpp, the parser ESLint uses) and its first characters are computed:
//
//   first[c] = 1   a match may start with the code unit c, whatever stands before it
//   first[c] = 2   a match may start with c only where the character before is not in `behind`
//                  (the pattern's leading negative lookbehind, `(?<![\p{L}\p{N}])`)
//   first[c] = 0   no match starts with c
//
// for the code units below TABLE_SIZE (Latin with every Vietnamese letter, combining marks); a position whose code
// unit is beyond the table is always tried. The tables over-approximate and never under-approximate: every
// assertion but a leading lookbehind of one class is read as "may hold", a quantifier as "may repeat or not", a
// back-reference as "anything". A pattern that can match the empty string, or whose first set would be every code,
// gets no filter (null). What one atom (a character, a class, an escape) matches is read from V8 itself, with the
// pattern's flags, on each code unit of the table. test/unit/start-set.test.ts checks that every match of every
// registered pattern, at every position of every fixture text and of random strings, starts where its table says
// it may.
import { RegExpParser } from '@eslint-community/regexpp';

/** The code units a table covers: the same bound as the code tables of src/patterns/regex.ts. */
export const TABLE_SIZE = 0x2000;

const atomTables = new Map();
/** What one atom (its source as written) matches, as a table of code units, with the pattern's flags. */
function atomTable(raw, flags) {
  const key = `${flags}\0${raw}`;
  let table = atomTables.get(key);
  if (table) return table;
  table = new Uint8Array(TABLE_SIZE);
  const re = new RegExp(`^(?:${raw})`, flags.replace(/[gy]/g, ''));
  for (let c = 0; c < TABLE_SIZE; c++) if (re.test(String.fromCharCode(c))) table[c] = 1;
  atomTables.set(key, table);
  return table;
}

const orInto = (into, table) => {
  for (let c = 0; c < TABLE_SIZE; c++) if (table[c]) into[c] = 1;
};

/**
 * The starts of a node, tried where `behind` (a table, or null) is known not to hold the character before:
 * `{ starts: [{ table, behind }], nullable }`. A start is a set of first code units and the lookbehind in force.
 */
function startsOf(node, behind, flags) {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      const starts = [];
      let nullable = false;
      for (const alt of node.alternatives) {
        const r = startsOf(alt, behind, flags);
        starts.push(...r.starts);
        nullable ||= r.nullable;
      }
      return { starts, nullable };
    }
    case 'Alternative': {
      const starts = [];
      let inForce = behind;
      for (const el of node.elements) {
        if (el.type === 'Assertion') {
          // a leading `(?<![…])` of one class: the character before the start is not in it (two of them: in neither)
          const only = el.kind === 'lookbehind' && el.negate && el.alternatives.length === 1 ? el.alternatives[0].elements : null;
          if (only && only.length === 1 && isAtom(only[0])) inForce = union(inForce, atomTable(only[0].raw, flags));
          continue; // any other assertion may hold
        }
        const r = startsOf(el, inForce, flags);
        starts.push(...r.starts);
        if (!r.nullable) return { starts, nullable: false };
        // the element may match nothing: what follows may start here, with the same character before
      }
      return { starts, nullable: true };
    }
    case 'Quantifier': {
      const r = startsOf(node.element, behind, flags);
      return { starts: r.starts, nullable: r.nullable || node.min === 0 };
    }
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return { starts: [{ table: atomTable(node.raw, flags), behind }], nullable: false };
    default:
      // a back-reference (or anything unforeseen): it may start with anything, or match nothing
      return { starts: [{ table: new Uint8Array(TABLE_SIZE).fill(1), behind: null }], nullable: true };
  }
}

/** A pattern's syntax tree, as the engine reads it with `flags` (parsed once per pattern and flags). */
const trees = new Map();
function parse(source, flags) {
  const key = `${flags}\0${source}`;
  let ast = trees.get(key);
  if (!ast) {
    ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
    trees.set(key, ast);
  }
  return ast;
}

const isAtom = (node) => node.type === 'Character' || node.type === 'CharacterClass' || node.type === 'CharacterSet';

function union(a, b) {
  if (!a) return b;
  const out = Uint8Array.from(a);
  orInto(out, b);
  return out;
}

/**
 * The start filter of a pattern: `{ first, behind }` as tables of TABLE_SIZE code units (see above), or null when
 * none can be told (the pattern may match the empty string, or start with any code unit).
 */
export function startFilter(source, flags) {
  const { starts, nullable } = startsOf(parse(source, flags), null, flags);
  if (nullable) return null;
  // one `behind` table for the pattern: a code unit is skipped on it only when every start that needs it agrees,
  // so the starts that need one share what all of theirs hold (their intersection)
  let behind = null;
  for (const s of starts) {
    if (!s.behind) continue;
    if (!behind) behind = Uint8Array.from(s.behind);
    else for (let c = 0; c < TABLE_SIZE; c++) behind[c] &= s.behind[c];
  }
  const first = new Uint8Array(TABLE_SIZE);
  for (const s of starts) {
    for (let c = 0; c < TABLE_SIZE; c++) {
      if (!s.table[c]) continue;
      if (s.behind && behind) {
        if (first[c] === 0) first[c] = 2;
      } else first[c] = 1;
    }
  }
  if (first.every((v) => v === 1)) return null;
  if (!first.includes(2)) behind = null;
  return { first, behind };
}

/** A table as runs: `[value, length, value, length, …]`, the values in order from code unit 0. */
export function runsOf(table) {
  const runs = [];
  for (let c = 0; c < table.length; ) {
    let e = c + 1;
    while (e < table.length && table[e] === table[c]) e++;
    runs.push(table[c], e - c);
    c = e;
  }
  return runs;
}

/**
 * The length of a pattern's leading `(?<![…])` (one class) when the whole pattern is one sequence that starts with it
 * (no `|` at the top), else 0. A scan for the rest of the pattern, the lookbehind then tested at each match found,
 * finds exactly the pattern's matches: V8 skips ahead on the rest's first characters, where a scan that opens with a
 * lookbehind of thousands of ranges tests it at every position (src/patterns/regex.ts `matchAll`).
 */
export function leadLength(source, flags) {
  const ast = parse(source, flags);
  if (ast.alternatives.length !== 1) return 0;
  const [first, next] = ast.alternatives[0].elements;
  const only = first?.type === 'Assertion' && first.kind === 'lookbehind' && first.negate && first.alternatives.length === 1 ? first.alternatives[0].elements : null;
  if (!only || only.length !== 1 || !isAtom(only[0]) || next === undefined) return 0;
  return first.end;
}
