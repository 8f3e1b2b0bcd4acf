/**
 * What stands around a reference: the issue date (`ngày …` right after it),
 * the issuer (`của …` after it, or the subject of `ban hành` before it).
 * Neither is part of `text` (ANNOTATION.md): they are read from the text next
 * to the span.
 */
import type { Context } from '../../core/define-extractor.js';
import { BODY_NAME_FORMS, ISSUER_CODES, ISSUER_NAME_ALIASES, LOCAL_ISSUER_HEADS } from '../../lexicon/issuer-codes.js';
import { asciiFold } from '../../core/normalize.js';
import { startingAt } from '../../core/spans.js';
import { parseDateAt } from '../../patterns/dates/parse-at.js';
import { NOT_BEFORE_WORD, alternation, matchAll, matchAt, vx } from '../../patterns/regex.js';
import { collapseSpaces, wordKey } from '../../patterns/text.js';

// --- issue date ------------------------------------------------------------

// ", ngày 28-4-2022", " (ban hành ngày 16/5/2016", " ngày: 05 tháng 3 năm 2020"
const DATE_LEAD = vx(
  'documents/issued-lead',
  String.raw`(?: [\x20]{0,3} | [\x20]{0,2} \r?\n [\x20]{0,2} ) (?: , [\x20]{0,3} )? (?: \( [\x20]{0,2} )? (?: (?:được [\x20]{1,2})? ban [\x20] hành [\x20]{1,3} )?
    (?<lead> [Nn]gày ) (?: [\x20]{0,2} : )? (?: [\x20]{1,3} | [\x20]{0,2} \r?\n [\x20]{0,2} )`,
);

export interface Found<T> {
  value: T;
  end: number;
}

/** The day written at `pos` (`30/7/2021`, `14 tháng 5 năm 2016`, a copied legal text's `19\ntháng 7 năm 2022`), read by the date grammar; its year must be written. */
const dayAt = (view: string, pos: number): Found<string> | null => {
  const day = parseDateAt(view, pos, null);
  return day ? { value: day.value.from, end: day.end } : null;
};

/**
 * The date in `ngày …` right after `pos`. A day mention of the dates
 * extractor that starts at `ngày` (or right after it) wins; else the date is
 * read here, so the documents extractor also works alone.
 */
export function readIssued(ctx: Context, pos: number): Found<string> | null {
  const lead = matchAt(DATE_LEAD, ctx.view, pos);
  if (!lead) return null;
  const leadStart = lead.index + lead.text.lastIndexOf(lead.groups.lead!, lead.text.length);
  const bodyStart = lead.index + lead.text.length;
  const dates = ctx.found.dates ?? [];
  // the first day mention (in list order) at the lead or right after it
  let first = -1;
  for (const i of [...startingAt(dates, leadStart), ...startingAt(dates, bodyStart)]) {
    const d = dates[i]!;
    if ((first < 0 || i < first) && d.grain === 'day' && !d.range && !(d.inferred && /* a year was written but not read: `năm 2` cut off */ ctx.view.startsWith(' năm', d.end))) first = i;
  }
  if (first >= 0) return { value: dates[first]!.from, end: dates[first]!.end };
  return dayAt(ctx.view, bodyStart);
}

// --- issuer ------------------------------------------------------------------

const capitalizeWords = (s: string): string => s.split(' ').map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
const lowerFirst = (s: string): string => (s ? s[0]!.toLowerCase() + s.slice(1) : s);

/** Written name → canonical name: every unshared code's full name, the stored bodies' forms, the aliases. */
const NAMES = new Map<string, string>();
for (const entry of ISSUER_CODES) if (!entry.shared) NAMES.set(entry.name, entry.name);
for (const [written, name] of Object.entries(BODY_NAME_FORMS)) NAMES.set(written, name);
for (const [written, name] of Object.entries(ISSUER_NAME_ALIASES)) NAMES.set(written, name);
const LOCALS = new Map<string, string>(Object.entries(LOCAL_ISSUER_HEADS));

/** Spellings a writer uses for a name: as listed, every word capitalized, first letter small. */
function spellings(names: Iterable<string>): string[] {
  return [...names].flatMap((n) => [n, capitalizeWords(n), lowerFirst(n)]);
}
const byFold = (map: Map<string, string>): Map<string, string> => new Map([...map].map(([k, v]) => [asciiFold(k), v]));
const NAMES_BY_FOLD = byFold(NAMES);
const LOCALS_BY_FOLD = byFold(LOCALS);

const LOCAL_SPELLINGS = spellings(LOCALS.keys());
const NAME_SPELLINGS = spellings(NAMES.keys());
const ISSUER_PARTS = String.raw`
  (?: (?<local> ${alternation(LOCAL_SPELLINGS)} ) ${NOT_BEFORE_WORD}
      (?: [\x20]{1,2} (?<place> \p{Lu}\p{Ll}{0,7} (?: [\x20] \p{Lu}\p{Ll}{0,7} ){0,3} ) ${NOT_BEFORE_WORD} )?
    | (?<name> ${alternation(NAME_SPELLINGS)} ) (?![\p{L}\p{N}]) (?! \. [\p{L}\p{N}] ) )`;

/**
 * How the issuer's name can begin, read from the same spellings as the pattern's two alternations (which match them
 * literally, case and all): the first two code units of every spelling (as `first * 0x10000 + second`), and the
 * first unit alone of those whose second is a space (any run of spaces in the text) or missing. "của" and "do" are
 * common words: most are followed by no issuer, and this test turns them away before the long alternation.
 */
const ISSUER_PAIRS = new Set<number>();
const ISSUER_FIRSTS = new Set<number>();
for (const spelling of [...LOCAL_SPELLINGS, ...NAME_SPELLINGS]) {
  if (spelling.length < 2 || spelling[1] === ' ') ISSUER_FIRSTS.add(spelling.charCodeAt(0));
  else ISSUER_PAIRS.add(spelling.charCodeAt(0) * 0x10000 + spelling.charCodeAt(1));
}
/** A spelling that is empty or starts with a space could start anywhere: then the test lets every position through. */
const ANY_START = [...LOCAL_SPELLINGS, ...NAME_SPELLINGS].some((spelling) => spelling === '' || spelling[0] === ' ');
/** Whether an issuer's name can start at `q` (a necessary test: the pattern decides). */
const issuerStartAt = (view: string, q: number): boolean =>
  ANY_START ||
  ISSUER_FIRSTS.has(view.charCodeAt(q)) || ISSUER_PAIRS.has(view.charCodeAt(q) * 0x10000 + view.charCodeAt(q + 1));

// "của Thủ tướng Chính phủ", "của BCH Trung ương Đảng khóa XI", "của Ban Bí thư (khóa XI)", "của Tỉnh ủy Lào Cai";
// a name may end the sentence ("… của Bộ Chính trị."), but not run on into a dotted abbreviation ("Bộ GD.ĐT")
const ISSUER_AFTER = vx(
  'documents/issuer-after',
  String.raw`[\x20]{0,3} ,? [\x20]{0,3} (?: của | do ) [\x20]{1,3} ${ISSUER_PARTS}
    (?: [\x20]{0,2} \(? [\x20]{0,2} [Kk]hóa [\x20]{1,2} [IVXLC]{1,7} ${NOT_BEFORE_WORD} [\x20]{0,2} \)? )?`,
);

function canonicalIssuer(groups: Record<string, string | undefined>): string | null {
  if (groups.local) {
    const head = LOCALS_BY_FOLD.get(asciiFold(groups.local));
    if (!head) return null;
    return groups.place ? `${head} ${groups.place}` : head;
  }
  if (groups.name) return NAMES_BY_FOLD.get(asciiFold(groups.name)) ?? null;
  return null;
}

/**
 * Whether `view` at `pos` holds the lead ISSUER_AFTER needs (`[ ]{0,3} ,? [ ]{0,3} (của|do) [ ]{1,3}`) and a name
 * that can start an issuer after it: a necessary check, in plain code (a spelling that starts with a space lets
 * every position through, so the name starts after the whole run of spaces).
 */
function issuerLeadAt(view: string, pos: number): boolean {
  let p = pos;
  for (let k = 0; k < 3 && view[p] === ' '; k++) p++;
  if (view[p] === ',') p++;
  for (let k = 0; k < 3 && view[p] === ' '; k++) p++;
  if (view.startsWith('của ', p)) p += 3;
  else if (view.startsWith('do ', p)) p += 2;
  else return false;
  let spaces = 0;
  while (spaces < 4 && view[p + spaces] === ' ') spaces++;
  return spaces <= 3 && issuerStartAt(view, p + spaces);
}

/** The issuer in `của …` right after `pos`; an organizations mention at that place wins when at least as long. */
export function readIssuerAfter(ctx: Context, pos: number): Found<string> | null {
  if (!issuerLeadAt(ctx.view, pos)) return null; // the pattern's long alternation is costly even where it fails at once
  const m = matchAt(ISSUER_AFTER, ctx.view, pos);
  if (!m) return null;
  const name = canonicalIssuer(m.groups);
  if (!name) return null;
  const end = m.index + m.text.length;
  const org = orgAt(ctx, m.index, end);
  return { value: org ?? name, end };
}

/** An organizations mention that starts inside the `của …` gap and reaches at least as far as the lexicon's reading. */
function orgAt(ctx: Context, gapStart: number, end: number): string | null {
  const orgs = ctx.found.organizations ?? [];
  const gap = ctx.view.slice(gapStart, end);
  const cua = gap.indexOf('của') >= 0 ? gap.indexOf('của') + 3 : gap.indexOf('do') + 2;
  let q = gapStart + cua;
  while (ctx.view[q] === ' ') q++;
  const org = startingAt(orgs, q).map((i) => orgs[i]!).find((o) => o.end >= q + 2);
  return org && org.end <= end + 40 ? org.name : null;
}

const BAN_HANH = 'ban hành';
const BEFORE_BAN_HANH = ['đã', 'vừa', 'cũng đã'];

/** The subject of `… ban hành` right before `start` (`Ban Thường vụ Tỉnh ủy đã ban hành Quyết định …`). */
export function readIssuerBefore(ctx: Context, start: number): string | null {
  const from = Math.max(0, start - 120);
  let window = ctx.view.slice(from, start).trimEnd();
  if (!window.endsWith(BAN_HANH)) return null;
  window = window.slice(0, -BAN_HANH.length).trimEnd();
  for (const w of BEFORE_BAN_HANH) {
    if (window.endsWith(` ${w}`)) {
      window = window.slice(0, -w.length).trimEnd();
      break;
    }
  }
  // Try each word start, longest name first; the name must end where `ban hành` begins.
  // (The `của`/`do` pattern is reused with a `do` lead, so one audited pattern reads names.)
  for (let q = 0; q < window.length; q++) {
    if (q > 0 && window[q - 1] !== ' ') continue;
    const m = matchAt(ISSUER_AFTER, `do ${window.slice(q)}`, 0);
    if (!m || m.text.length - 3 !== window.length - q) continue;
    const orgs = ctx.found.organizations ?? [];
    const at = startingAt(orgs, from + q);
    const org = at.length > 0 ? orgs[at[0]!] : undefined;
    return org?.name ?? canonicalIssuer(m.groups);
  }
  return null;
}

// --- the header of a legal document's copy ----------------------------------

const CAN_CU = vx('documents/header-preamble', String.raw`[Cc]ăn [\x20] cứ ${NOT_BEFORE_WORD}`);

/** Words on a header line that are not the issuing body (the national motto block beside it). */
const HEADER_NOISE = ['cộng hòa xã hội chủ nghĩa việt nam', 'đảng cộng sản việt nam', 'độc lập - tự do - hạnh phúc'];
/** `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập - Tự do - Hạnh phúc`: nothing left once the motto is taken out. */
function isMottoLine(line: string): boolean {
  let lower = wordKey(line);
  if (lower.length >= 4 && HEADER_NOISE.some((n) => n.includes(lower))) return true; // a motto wrapped over lines: `CHỦ NGHĨA VIỆT NAM`
  for (const noise of HEADER_NOISE) lower = lower.split(noise).join(' ');
  return lower.trim() === '' || lower.trim() === '-';
}
const isUpperLine = (s: string): boolean => s.toUpperCase() === s && s.toLowerCase() !== s;

/** A body written in capitals (`ỦY BAN NHÂN DÂN TỈNH CAO BẰNG`, `BỘ TÀI CHÍNH`) → its name. */
export function issuerFromCapitals(line: string): string | null {
  let lower = wordKey(line);
  for (const noise of HEADER_NOISE) lower = collapseSpaces(lower.split(noise).join(' '));
  if (!lower) return null;
  const folded = asciiFold(lower);
  const whole = NAMES_BY_FOLD.get(folded);
  if (whole) return whole;
  let best: { head: string; len: number } | null = null;
  for (const [key, head] of LOCALS_BY_FOLD) {
    if ((folded === key || folded.startsWith(`${key} `)) && (!best || key.length > best.len)) best = { head, len: key.length };
  }
  if (!best) return null;
  const words = lower.split(' ');
  const place = words.slice(best.head.split(' ').length).join(' ');
  return place ? `${best.head} ${capitalizeWords(place)}` : best.head;
}

/**
 * `Số: 06/2024/QĐ-UBND` at the start of a line is the number of the document
 * the text is a copy of: its issuer is the capitalized body on the lines
 * above, its date the `…, ngày 05 tháng 3 năm 2024` line below (ANNOTATION.md).
 */
export function readHeader(ctx: Context, soStart: number, end: number): { issued: string | null; issuer: string | null } | null {
  if (ctx.view.slice(soStart, soStart + 2).toLowerCase() !== 'số') return null;
  const lineStart = ctx.view.lastIndexOf('\n', soStart - 1) + 1;
  if (ctx.view.slice(lineStart, soStart).trim() !== '') return null;
  // the body: the capitalized lines right above, skipping rules (`-------`) and blank lines
  const above = ctx.view.slice(Math.max(0, lineStart - 300), lineStart).split('\n').reverse();
  const body: string[] = [];
  for (const raw of above) {
    const line = (raw.split('\t')[0]!.split('|')[0] ?? '').trim(); // a two-column header: the body is the left cell
    if ([...line].every((c) => c === '-' || c === '_' || c === '*' || c === ' ' || c === '|')) {
      if (line === '' && body.length > 0) break;
      continue; // a rule under the body or the motto
    }
    if (isMottoLine(line)) {
      if (body.length > 0) break;
      continue; // the motto block, laid out before the number when the columns were read one after the other
    }
    if (!isUpperLine(line) || body.length >= 3) break;
    body.unshift(line);
  }
  // the date line below: `…, ngày d tháng m năm y` within a few lines
  let issued: string | null = null;
  let window = ctx.view.slice(end, end + 300);
  for (const basis of matchAll(CAN_CU, window)) {
    window = window.slice(0, basis.index); // the preamble starts: the date line is above it
    break;
  }
  for (let i = window.indexOf('ngày'); i >= 0 && issued === null; i = window.indexOf('ngày', i + 4)) {
    let at = end + i + 4;
    while (ctx.view[at] === ' ' || ctx.view[at] === '\n') at++;
    issued = dayAt(ctx.view, at)?.value ?? null;
  }
  return { issued, issuer: body.length ? issuerFromCapitals(body.join(' ')) : null };
}
