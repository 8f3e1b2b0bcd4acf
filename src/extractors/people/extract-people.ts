/**
 * People written with their titles, as Vietnamese news writes them:
 *
 *   `Đồng chí Võ Văn Thưởng - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư`   (name - titles)
 *   `Ông Lữ Quang Ngời- Ủy viên Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh`
 *   `Phó Chủ tịch UBND tỉnh- Lữ Quang Ngời`                                  (title body - name)
 *   `Thủ tướng Phạm Minh Chính`                                              (office title name)
 *   `Đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy`       (name, titles: the press form)
 *   `ông Nguyễn Văn An (Giám đốc Sở Y tế)`                                   (name (titles))
 *
 * The comma form needs an honorific or a list position (after `:` or `;`)
 * before the name: a bare `Tây Ninh, Chủ tịch …` is a place, not a person.
 * A pure function of the normalized text, its match view and the
 * organization mentions already found: each title's body is one of them.
 */
import { HONORIFICS, NOT_NAME_WORDS, OFFICE_TITLES, TITLES_BEFORE_BODY } from '../../lexicon/org-titles.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, matchAll, matchAllNear, matchAt, vx, type Pattern } from '../../patterns/regex.js';
import type { OrganizationMention, Person, PersonTitle } from '../../types.js';
import { collapseSpaces } from '../../patterns/text.js';
import { OverlapSet, firstAtLeast } from '../../core/spans.js';

// "Võ Văn Thưởng", "Nguyễn Thị Thanh Huyền": 2–5 capitalized words, not a title's or a body's first word
const NAME = String.raw`(?!${alternation(NOT_NAME_WORDS)}${NOT_BEFORE_WORD}) \p{Lu}\p{Ll}{0,7} (?: [ ] \p{Lu}\p{Ll}{0,7} ){1,4} ${NOT_BEFORE_WORD}`;
const TITLE = alternation([...TITLES_BEFORE_BODY, ...OFFICE_TITLES]);

// "Đồng chí Võ Văn Thưởng - ", "Ông Lữ Quang Ngời- ", "; Lê Minh Khái - " — a name, a dash, then a title
const NAME_DASH = vx(
  'people/name-dash-title',
  String.raw`(?<![\p{L}\p{N}]) (?: (?<honorific> ${alternation(HONORIFICS)} ) [ ]{1,3} )? (?<name> ${NAME} ) [ ]{0,3} - [ ]{0,3} (?= ${TITLE} ${NOT_BEFORE_WORD} )`,
);
// "Đồng chí Thái Thanh Quý, Ủy viên …", "ông Nguyễn Văn An, Chủ tịch …", ": Lê Minh Khái, Phó Thủ tướng …" — a name, a comma, a title
const NAME_COMMA = vx(
  'people/name-comma-title',
  String.raw`(?: (?<![\p{L}\p{N}]) (?<honorific> ${alternation(HONORIFICS)} ) [ ]{1,3} | (?<lead> [:;] [ ]{1,3} ) )
    (?<name> ${NAME} ) [ ]{0,2} , [ ]{1,3} (?= ${TITLE} ${NOT_BEFORE_WORD} )`,
);
// "Ông Nguyễn Văn An (Chủ tịch UBND tỉnh)", "Trần Thị Bình (Giám đốc Sở Y tế)" — a name, then its titles in parentheses
const NAME_PAREN = vx(
  'people/name-paren-title',
  String.raw`(?<![\p{L}\p{N}]) (?: (?<honorific> ${alternation(HONORIFICS)} ) [ ]{1,3} )? (?<name> ${NAME} ) [ ]{0,2} \( [ ]{0,2} (?= ${TITLE} ${NOT_BEFORE_WORD} )`,
);
const CLOSE_PAREN = vx('people/close-paren', String.raw`[ ]{0,2} \)`);
// "Phó Chủ tịch" — a title at one position
const TITLE_AT = vx('people/title', String.raw`${NOT_AFTER_WORD} (?<title> ${TITLE} ) ${NOT_BEFORE_WORD}`);
// "- Lữ Quang Ngời", " Phạm Minh Chính" — a name right after a title's body
const NAME_AFTER = vx('people/name-after', String.raw`[ ]{0,3} (?: - [ ]{0,3} )? (?<name> ${NAME} )`);
// ", " or " kiêm " between two titles of one person
const TITLE_SEPARATOR = vx('people/title-separator', String.raw`(?: [ ]{0,2} , | [ ]{1,3} kiêm ) [ ]{1,3}`);
// "Thủ tướng Phạm Minh Chính", "Tổng Bí thư Tô Lâm"
const OFFICE_NAME = vx(
  'people/office-name',
  String.raw`${NOT_AFTER_WORD} (?<title> ${alternation(OFFICE_TITLES)} ) [ ]{1,3} (?<name> ${NAME} )`,
);

// after the dash, the comma or the parenthesis of those three forms: a title (what makes the mark an anchor)
const TITLE_AFTER_DASH = vx('people/title-after-dash', String.raw`[ ]{0,3} (?= ${TITLE} ${NOT_BEFORE_WORD} )`);
const TITLE_AFTER_COMMA = vx('people/title-after-comma', String.raw`[ ]{1,3} (?= ${TITLE} ${NOT_BEFORE_WORD} )`);
const TITLE_AFTER_PAREN = vx('people/title-after-paren', String.raw`[ ]{0,2} (?= ${TITLE} ${NOT_BEFORE_WORD} )`);

/**
 * How far before its mark (`-`, `,`, `(`) one of those three forms can start, in UTF-16 units: the longest honorific
 * (a space in it is a run of up to 3) and its spaces, or `:`/`;` and its spaces; a NAME of five words of up to 8
 * letters, each letter up to 2 units (astral), single spaces between; the spaces before the mark.
 */
const HONORIFIC_UNITS = Math.max(...HONORIFICS.map((h) => h.length + 2 * h.split(' ').length - 2));
const NAME_UNITS = 5 * 8 * 2 + 4;
const BEFORE_MARK = Math.max(HONORIFIC_UNITS, 1) + 3 + NAME_UNITS + 3;

/** Where `mark` stands in the view with a title after it: every match of a form with that mark has its mark here. */
function marksBeforeTitle(view: string, mark: string, after: Pattern): number[] {
  const out: number[] = [];
  for (let p = view.indexOf(mark); p >= 0; p = view.indexOf(mark, p + 1)) if (matchAt(after, view, p + 1)) out.push(p);
  return out;
}

/** The first body (by start, of mentions sorted by start) that starts after `at` and by `q`, and ends after `minEnd`. */
function bodyFrom(orgs: readonly OrganizationMention[], at: number, q: number, minEnd: number): OrganizationMention | null {
  let lo = 0;
  let hi = orgs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orgs[mid]!.start > at) hi = mid;
    else lo = mid + 1;
  }
  for (let k = lo; k < orgs.length && orgs[k]!.start <= q; k++) if (orgs[k]!.end > minEnd) return orgs[k]!;
  return null;
}
/** The first body (of mentions sorted by start) that lies within [from, to), as a scan of them all finds it. */
function firstBodyWithin(orgs: readonly OrganizationMention[], from: number, to: number): OrganizationMention | null {
  // those before `firstAtLeast` start before `from`; a body starting after `to` cannot end by it
  for (let k = firstAtLeast(orgs, from, (o) => o.start); k < orgs.length && orgs[k]!.start <= to; k++) if (orgs[k]!.end <= to) return orgs[k]!;
  return null;
}
const sortedByStart = (orgs: readonly OrganizationMention[]): boolean => orgs.every((o, k) => k === 0 || orgs[k - 1]!.start <= o.start);

/** The title at `at` and the body it belongs to; null when no title stands there or a body-less title has no office meaning. */
function readTitle(text: string, view: string, at: number, orgs: readonly OrganizationMention[]): PersonTitle | null {
  const m = matchAt(TITLE_AT, view, at);
  if (!m) return null;
  const titleEnd = at + m.text.length;
  let q = titleEnd;
  while (view[q] === ' ') q++;
  // the body starts right after the title, or inside it (`Trưởng ban Tuyên giáo Tỉnh ủy`: the body starts at `ban`)
  const org = bodyFrom(orgs, at, q, titleEnd - 1);
  if (org) {
    return { text: text.slice(at, org.end), start: at, end: org.end, title: collapseSpaces(text.slice(at, titleEnd)), organization: org };
  }
  if (OFFICE_TITLES.includes(collapseSpaces(m.text))) {
    return { text: text.slice(at, titleEnd), start: at, end: titleEnd, title: collapseSpaces(text.slice(at, titleEnd)), organization: null };
  }
  return null;
}

/** Titles from `at`, separated by commas or `kiêm`. */
function readTitles(text: string, view: string, at: number, orgs: readonly OrganizationMention[]): PersonTitle[] {
  const titles: PersonTitle[] = [];
  let p = at;
  for (;;) {
    const t = readTitle(text, view, p, orgs);
    if (!t) break;
    titles.push(t);
    const sep = matchAt(TITLE_SEPARATOR, view, t.end);
    if (!sep || !matchAt(TITLE_AT, view, t.end + sep.text.length)) break;
    p = t.end + sep.text.length;
  }
  return titles;
}

/** The people of a document, sorted by start. */
export function extractPeople(text: string, view: string, found: readonly OrganizationMention[]): Person[] {
  // bodies are looked up by start (a binary search, not a scan per title)
  const orgs = sortedByStart(found) ? found : [...found].sort((a, b) => a.start - b.start);
  const people: Person[] = [];
  // the spans of the people found so far (a look-up near the span, not a scan of them all: a gazette holds thousands)
  const taken = new OverlapSet();
  const free = (s: number, e: number): boolean => !taken.overlapsAny(s, e);
  /** A person from `start` to `end`, the name at `name`. */
  const add = (start: number, end: number, name: { start: number; end: number }, honorific: string | null, titles: PersonTitle[]): void => {
    people.push({ text: text.slice(start, end), start, end, name: collapseSpaces(text.slice(name.start, name.end)), honorific, titles });
    taken.add({ start, end });
  };

  // name - titles
  for (const m of matchAllNear(NAME_DASH, view, marksBeforeTitle(view, '-', TITLE_AFTER_DASH), BEFORE_MARK)) {
    const titles = readTitles(text, view, m.index + m.text.length, orgs);
    if (titles.length === 0) continue;
    const end = titles[titles.length - 1]!.end;
    const nameStart = m.index + (m.groups.honorific ? m.text.indexOf(m.groups.name!, m.groups.honorific.length) : 0);
    const honorific = m.groups.honorific ? collapseSpaces(text.slice(m.index, m.index + m.groups.honorific.length)) : null;
    add(m.index, end, { start: nameStart, end: nameStart + m.groups.name!.length }, honorific, titles);
  }

  // name, titles (the press form)
  for (const m of matchAllNear(NAME_COMMA, view, marksBeforeTitle(view, ',', TITLE_AFTER_COMMA), BEFORE_MARK)) {
    const titles = readTitles(text, view, m.index + m.text.length, orgs);
    if (titles.length === 0) continue;
    const lead = m.groups.lead?.length ?? 0;
    const start = m.index + lead;
    const end = titles[titles.length - 1]!.end;
    if (!free(start, end)) continue;
    const nameStart = start + (m.groups.honorific ? m.text.indexOf(m.groups.name!, m.groups.honorific.length) : 0);
    const honorific = m.groups.honorific ? collapseSpaces(text.slice(m.index, m.index + m.groups.honorific.length)) : null;
    add(start, end, { start: nameStart, end: nameStart + m.groups.name!.length }, honorific, titles);
  }

  // name (titles): the person ends with the closing parenthesis
  for (const m of matchAllNear(NAME_PAREN, view, marksBeforeTitle(view, '(', TITLE_AFTER_PAREN), BEFORE_MARK)) {
    const titles = readTitles(text, view, m.index + m.text.length, orgs);
    if (titles.length === 0) continue;
    const close = matchAt(CLOSE_PAREN, view, titles[titles.length - 1]!.end);
    if (!close) continue;
    const end = close.index + close.text.length;
    if (!free(m.index, end)) continue;
    const nameStart = m.index + (m.groups.honorific ? m.text.indexOf(m.groups.name!, m.groups.honorific.length) : 0);
    const honorific = m.groups.honorific ? collapseSpaces(text.slice(m.index, m.index + m.groups.honorific.length)) : null;
    add(m.index, end, { start: nameStart, end: nameStart + m.groups.name!.length }, honorific, titles);
  }

  // title body - name
  for (const org of orgs) {
    if (!free(org.start, org.end)) continue;
    const after = matchAt(NAME_AFTER, view, org.end);
    if (!after) continue;
    const before = view.slice(Math.max(0, org.start - 40), org.start);
    let title: PersonTitle | null = null;
    // the longest title that ends right before the body: scan from the farthest start
    for (let back = before.length; back >= 1 && !title; back--) {
      const at = org.start - back;
      if (at > 0 && /* a title starts a word */ isLetter(view[at - 1])) continue;
      const t = readTitle(text, view, at, [org]);
      if (t && t.organization === org) title = t;
    }
    if (!title) continue;
    const end = org.end + after.text.length;
    const nameStart = end - after.groups.name!.length;
    add(title.start, end, { start: nameStart, end }, null, [title]);
  }

  // office title name
  for (const m of matchAll(OFFICE_NAME, view)) {
    const end = m.index + m.text.length;
    if (!free(m.index, end)) continue;
    const titleEnd = m.index + m.groups.title!.length;
    const org = firstBodyWithin(orgs, m.index, titleEnd);
    const nameStart = end - m.groups.name!.length;
    const title = { text: text.slice(m.index, titleEnd), start: m.index, end: titleEnd, title: collapseSpaces(text.slice(m.index, titleEnd)), organization: org };
    add(m.index, end, { start: nameStart, end }, null, [title]);
  }

  return people.sort((a, b) => a.start - b.start || b.end - a.end);
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
