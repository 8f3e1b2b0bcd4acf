/**
 * Names written in capitals, as legal documents and headlines write them
 * (`ỦY BAN NHÂN DÂN TỈNH CAO BẰNG`, `TM. ỦY BAN NHÂN DÂN`, `BỘ TÀI CHÍNH`).
 *
 * A run of words in capitals is folded, letter for letter (same length), into
 * the case the lexicon patterns read: words lowered, abbreviations kept
 * (`UBND`, `GD&ĐT`, `TP.`), the few words the patterns read capitalized kept
 * capitalized (`Ban`, `Trung ương`, `Việt Nam`), and the words after a level
 * word capitalized as a place (`xã Tân Phú`). The body names are then read in
 * the folded view by the same chain as mixed-case text; mentions quote the
 * text as written.
 *
 * A line break inside a run joins its lines: a legal document's header writes
 * one issuing body over two lines (`ỦY BAN NHÂN DÂN` / `TỈNH CAO BẰNG`), which
 * is one mention whose text keeps the line break. Only a single line break
 * joins (a blank line ends the run), and the chain grammar decides whether the
 * second line continues the name (a level phrase, a place, the body after its
 * organs) or starts another one.
 */
import { FIELD_ABBREVIATIONS, LEVEL_ABBREVIATIONS, ORG_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { CAP_LEVELS, CAPS_SYLLABLES, CAPS_TITLE_WORDS, LEVEL_WORDS } from '../../lexicon/org-levels.js';
import { BASES, FIELDS, ORGANS } from '../../lexicon/org-names.js';
import { stateKey, type Context } from '../../core/define-extractor.js';
import { ruleMatches } from '../../core/run-rules.js';
import type { Trigger } from '../../core/triggers.js';
import { vx } from '../../patterns/regex.js';
import { joinedFlat } from '../../patterns/text.js';
import { isAbbreviation } from './patterns.js';

// "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "TM. ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
const TOKEN = String.raw`\p{Lu} (?: [\p{Lu}\p{N}.&] | [-'](?=\p{Lu}) ){0,15} (?![\p{L}\p{N}])`;
export const CAPS_RUN_RE = vx(
  'organizations/capitals-run',
  String.raw`(?<![\p{L}\p{N}]) ${TOKEN} (?: (?: ,?[ ]{1,3} | [ ]{1,2}-[ ]{1,2} | [ ]{0,3}\n[ ]{0,3} ) ${TOKEN} ){1,30}`,
);
/**
 * Where a run of capitals can start: a word in capitals (its first token is one: a capital, then capitals, digits,
 * `.`, `&`, `-`, `'` or the token's end, never a small letter), so not at the many words written `Nam`.
 */
export const CAPS_RUN_TRIGGER: Trigger = { upper: true };

const SYLLABLES = new Set(CAPS_SYLLABLES);
/** Words kept as written: abbreviations of the lexicons (`UBND`, `BTV`, `GD&ĐT`, `TP.`). */
const KEPT = new Set(
  [
    ...Object.keys(ORG_ABBREVIATIONS),
    ...Object.keys(FIELD_ABBREVIATIONS),
    ...Object.keys(LEVEL_ABBREVIATIONS),
    ...[...BASES, ...ORGANS, ...FIELDS].flatMap((e) => [e.name, ...(e.forms ?? [])]).flatMap((f) => f.split(' ')),
  ].filter((w) => isAbbreviation(w) && w === w.toUpperCase() && !SYLLABLES.has(w)),
);
const LEVEL_ABBR = new Set(Object.keys(LEVEL_ABBREVIATIONS));
/** First words of level phrases (`tỉnh`, `thị` of `thị xã`, `cấp` of `cấp huyện`): lowered, and a place may follow. */
const LEVEL_STARTS = new Set([...Object.keys(LEVEL_WORDS), ...Object.keys(CAP_LEVELS)].map((w) => w.split(' ')[0]!));
const TITLE = new Set(CAPS_TITLE_WORDS.map((w) => w.toLowerCase()));
/** How many words after a level word are read as a place (`thị Trấn Phố Lu`: the rest of the level phrase counts). */
const PLACE_WORDS = 4;

const titleCase = (lower: string): string => lower.charAt(0).toUpperCase() + lower.slice(1);

/** One token folded, and whether it starts a level phrase (a place may follow it). */
function foldToken(token: string, placePosition: boolean): { folded: string; levelStart: boolean } {
  const head = token.includes('.') ? token.slice(0, token.indexOf('.') + 1) : token;
  if (KEPT.has(token)) return { folded: token, levelStart: LEVEL_ABBR.has(token) };
  if (LEVEL_ABBR.has(head)) return { folded: token, levelStart: true };
  const lower = token.toLowerCase();
  // a letter whose lower case has another length: keep the token (offsets must not move)
  if (lower.length !== token.length) return { folded: token, levelStart: false };
  if (LEVEL_STARTS.has(lower)) return { folded: lower, levelStart: true };
  if (placePosition || TITLE.has(lower)) return { folded: titleCase(lower), levelStart: false };
  return { folded: lower, levelStart: false };
}

/** A run of capitals folded (same length); null when it holds nothing but abbreviations. */
export function foldRun(run: string): string | null {
  let out = '';
  let changed = false;
  let place = 0;
  let i = 0;
  while (i < run.length) {
    const ch = run[i]!;
    if (ch === ' ' || ch === ',' || ch === '\n') {
      if (ch === '\n') place = 0;
      out += ch === '\n' ? ' ' : ch;
      i++;
      continue;
    }
    let j = i;
    while (j < run.length && run[j] !== ' ' && run[j] !== ',' && run[j] !== '\n') j++;
    const token = run.slice(i, j);
    if (token === '-') {
      out += token;
    } else {
      const { folded, levelStart } = foldToken(token, place > 0);
      if (folded !== token) changed = true;
      place = levelStart ? PLACE_WORDS : Math.max(0, place - 1);
      out += folded;
    }
    i = j;
  }
  return changed ? out : null;
}

/** The folded view of this document, once computed (per-document state). */
const FOLDED = stateKey<{ folded: string | null }>('organizations/capitals-view', () => ({ folded: null }));

/** The match view with every run of capitals folded (computed once per document, kept in `ctx.state`). */
export function capitalsView(ctx: Context): string {
  const slot = ctx.state.get(FOLDED);
  slot.folded ??= foldCapitals(ctx);
  return slot.folded;
}

/**
 * The runs are found at the trigger pass's capitals, as the rule that reads them finds them (core/run-rules.ts),
 * not by a scan of the whole view: the same matches, for a fraction of the time (most positions hold no capital).
 */
function foldCapitals(ctx: Context): string {
  const view = ctx.view;
  const parts: string[] = [];
  let last = 0;
  for (const m of ruleMatches({ pattern: CAPS_RUN_RE, trigger: CAPS_RUN_TRIGGER }, ctx)) {
    const folded = foldRun(m.text);
    if (folded === null) continue;
    parts.push(view.slice(last, m.index), folded);
    last = m.index + m.text.length;
  }
  return last === 0 ? view : joinedFlat(parts, view.slice(last));
}
