/**
 * Patterns compiled ahead of time. In the source tree this table is empty and
 * every pattern is compiled by XRegExp when its module loads; `npm run build`
 * replaces dist/patterns/ahead.js with the table of every registered pattern
 * (scripts/compile-patterns.mjs), so the installed command starts without
 * loading XRegExp. An entry is used only when its key (a hash of the pattern
 * as written, its flags and parts) still matches: a stale table is ignored.
 */
export interface AheadEntry {
  /** sha1 of the pattern as written, its flags, and its parts (see `keyOf` in regex.ts). */
  key: string;
  /** The native source XRegExp produced. */
  source: string;
  /** Native flags, without `g`. */
  flags: string;
  /** Group names by group number - 1 (null for an unnamed group). */
  names: (string | null)[];
  /**
   * Where a match can start, read off the pattern by the build (scripts/start-set.mjs), as runs
   * `[value, length, …]` over the code units below 0x2000; absent when the build could not tell.
   */
  starts?: StartRuns;
  /**
   * The length of the source's leading `(?<![…])` when the pattern is one sequence that starts with it (the build's
   * `leadLength`, scripts/start-set.mjs): a scan looks for the rest and tests the lookbehind where the rest matches.
   */
  lead?: number;
}

/** A start filter as the build writes it: the first code units' table, and the leading lookbehind's (or null). */
export interface StartRuns {
  /** 0: no match starts with the code unit; 1: one may; 2: one may where the unit before is not in `behind`. */
  first: readonly number[];
  behind: readonly number[] | null;
}

export const AHEAD: Readonly<Record<string, AheadEntry>> = {};
