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
import { NOT_BEFORE_WORD, alternationOrder, codeClass, matchAll, matchAt, vx, type Pattern } from '../../patterns/regex.js';
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

/**
 * The issuer in `của …` / `do …` after a reference, read in code: the lead (`[ ]{0,3} ,? [ ]{0,3} (của|do) [ ]{1,3}`),
 * then a local head (`UBND tỉnh`, then an optional place: `Lào Cai`) or a body's name, each written as listed, with
 * every word capitalized, or with a small first letter; an optional `khóa XI` after. It reads exactly what the
 * pattern `lead (?: (?<local> LOCALS ) NOT_BEFORE_WORD (?: [ ]{1,2} (?<place> …) NOT_BEFORE_WORD )? | (?<name> NAMES )
 * (?![\p{L}\p{N}]) (?!\.[\p{L}\p{N}]) ) khóa?` reads, LOCALS and NAMES being `alternation`s of the spellings (each
 * space a run of 1–3 spaces, tried longest first): the spellings are tried in that order, but only those whose
 * first run of letters is the text's (a lookup, where the engine tried a 27,000-character alternation at each
 * `của`: 2% of all the time, issue 14). test/unit/issuer-after.test.ts checks it against that pattern.
 */
export const ISSUER_LOCAL_SPELLINGS: readonly string[] = alternationOrder(spellings(LOCALS.keys()));
export const ISSUER_NAME_SPELLINGS: readonly string[] = alternationOrder(spellings(NAMES.keys()));

// one letter (`\p{L}`), for the lookup key only: a spelling and the text are cut by the same test, so it need not be exact
const isLetter = codeClass(vx('documents/issuer-letter', String.raw`\p{L}`));

/** The run of letters at `pos` (empty when none): the key of the spellings that can start there. */
function leadingRun(text: string, pos: number): string {
  let end = pos;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  return text.slice(pos, end);
}

/** Spellings by their leading run of letters, each list in the order the alternation tries them. */
function byLeadingRun(spellingsInOrder: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of spellingsInOrder) {
    // one space between words, none at the ends: each space then stands for exactly one run of spaces (literalEnd)
    if (s !== s.trim() || s.includes('  ')) throw new Error(`issuer spelling with stray spaces: ${JSON.stringify(s)}`);
    const key = leadingRun(s, 0);
    const list = out.get(key);
    if (list) list.push(s);
    else out.set(key, [s]);
  }
  return out;
}
const LOCALS_BY_RUN = byLeadingRun(ISSUER_LOCAL_SPELLINGS);
const NAMES_BY_RUN = byLeadingRun(ISSUER_NAME_SPELLINGS);

/** Where `literal` ends when written at `pos`, each of its spaces a run of 1–3 spaces (as `alternation` spells it); -1 if not there. */
function literalEnd(text: string, pos: number, literal: string): number {
  let p = pos;
  for (let i = 0; i < literal.length; i++) {
    const ch = literal.charCodeAt(i);
    if (ch !== 32) {
      if (text.charCodeAt(p) !== ch) return -1;
      p++;
      continue;
    }
    // a greedy [ ]{1,3}: a fourth space could only meet the literal's next character, never a space
    let run = 0;
    while (run < 3 && text.charCodeAt(p) === 32) {
      p++;
      run++;
    }
    if (run === 0) return -1;
  }
  return p;
}

const KHOA = String.raw`(?: [\x20]{0,2} \(? [\x20]{0,2} [Kk]hóa [\x20]{1,2} [IVXLC]{1,7} ${NOT_BEFORE_WORD} [\x20]{0,2} \)? )?`;
// what may follow a local head: its place (`Lào Cai`: capitalized words of up to 8 letters), then a term
const LOCAL_TAIL = vx(
  'documents/issuer-local-tail',
  String.raw`(?: [\x20]{1,2} (?<place> \p{Lu}\p{Ll}{0,7} (?: [\x20] \p{Lu}\p{Ll}{0,7} ){0,3} ) ${NOT_BEFORE_WORD} )? ${KHOA}`,
);
// what may follow a name: a term (`khóa XI`, `(khóa XI)`)
const NAME_TAIL = vx('documents/issuer-name-tail', KHOA);
const LOCAL_END = vx('documents/issuer-local-end', NOT_BEFORE_WORD);
// a name may end the sentence (`… của Bộ Chính trị.`), but not run on into a dotted abbreviation (`Bộ GD.ĐT`)
const NAME_END = vx('documents/issuer-name-end', String.raw`(?! [\p{L}\p{N}] | \. [\p{L}\p{N}] )`);

interface IssuerGroups {
  local?: string | undefined;
  place?: string | undefined;
  name?: string | undefined;
}

/** The first spelling (in the alternation's order) written at `q` whose end passes `endCheck`: its end, or -1. */
function spellingEnd(text: string, q: number, byRun: Map<string, string[]>, endCheck: Pattern): number {
  for (const literal of byRun.get(leadingRun(text, q)) ?? []) {
    const end = literalEnd(text, q, literal);
    if (end >= 0 && matchAt(endCheck, text, end)) return end;
  }
  return -1;
}

/** The `của …` issuer written at `pos` of `text`: where it ends and its parts; null when none is. */
export function issuerAfterAt(text: string, pos: number): { end: number; groups: IssuerGroups } | null {
  let p = pos;
  for (let k = 0; k < 3 && text.charCodeAt(p) === 32; k++) p++;
  if (text.charCodeAt(p) === 44) p++;
  for (let k = 0; k < 3 && text.charCodeAt(p) === 32; k++) p++;
  if (text.startsWith('của', p)) p += 3;
  else if (text.startsWith('do', p)) p += 2;
  else return null;
  let spaces = 0;
  while (spaces < 3 && text.charCodeAt(p) === 32) {
    p++;
    spaces++;
  }
  if (spaces === 0 || text.charCodeAt(p) === 32) return null; // no spelling starts with a space
  const local = spellingEnd(text, p, LOCALS_BY_RUN, LOCAL_END);
  if (local >= 0) {
    const tail = matchAt(LOCAL_TAIL, text, local)!;
    return { end: local + tail.text.length, groups: { local: text.slice(p, local), place: tail.groups.place } };
  }
  const name = spellingEnd(text, p, NAMES_BY_RUN, NAME_END);
  if (name < 0) return null;
  return { end: name + matchAt(NAME_TAIL, text, name)!.text.length, groups: { name: text.slice(p, name) } };
}

function canonicalIssuer(groups: IssuerGroups): string | null {
  if (groups.local) {
    const head = LOCALS_BY_FOLD.get(asciiFold(groups.local));
    if (!head) return null;
    return groups.place ? `${head} ${groups.place}` : head;
  }
  if (groups.name) return NAMES_BY_FOLD.get(asciiFold(groups.name)) ?? null;
  return null;
}

/** The issuer in `của …` right after `pos`; an organizations mention at that place wins when at least as long. */
export function readIssuerAfter(ctx: Context, pos: number): Found<string> | null {
  const m = issuerAfterAt(ctx.view, pos);
  if (!m) return null;
  const name = canonicalIssuer(m.groups);
  if (!name) return null;
  const org = orgAt(ctx, pos, m.end);
  return { value: org ?? name, end: m.end };
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
  // (The `của`/`do` reader is reused with a `do` lead, so one reader reads names.)
  for (let q = 0; q < window.length; q++) {
    if (q > 0 && window[q - 1] !== ' ') continue;
    const m = issuerAfterAt(`do ${window.slice(q)}`, 0);
    if (!m || m.end - 3 !== window.length - q) continue;
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
