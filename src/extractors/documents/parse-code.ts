/**
 * Reading a document number and symbol ("số, ký hiệu") from the text, and
 * turning it into the canonical id (ANNOTATION.md §documents, DOMAIN.md §1).
 *
 * The scanner is a small hand-written reader rather than one regex: texts
 * write the same symbol with stray spaces (`23- QĐ/TW`, `56/ 2015/ NĐ - CP`),
 * the wrong separator (`71/KL/TW`), no hyphen (`84 QĐ/TWĐTN`) or an old dot
 * (`01/1999/QĐ.UB`), and the reader must stop at the last group that is a
 * code, not at the next capitalized word (`16/CT-TTg. Ngày …`).
 */
import { isJointType, isKnownCode, issuerOf, typeCodeOf, typeOfCode } from './codes.js';

export interface ScannedCode {
  /** The number as written: digits and any letter suffix (`01`, `30a`, `522B`). */
  number: string;
  /** The year group (`30/2020/NĐ-CP`), else null. */
  year: number | null;
  /** The symbol's groups as written, in order (`['NĐ', 'CP']`). */
  groups: string[];
  /** How the writer punctuated it: `party` for `16-CT/…`, `84 QĐ/…`, `71/KL/TW`; else `state`. */
  written: 'party' | 'state';
  /** Offset just after the last group (or the number/year when there are no groups). */
  end: number;
  /** A parenthesized unit after the last group, as written (`C13` in `04/1999/TT-BCA(C13)`). */
  unit?: string;
  /** What had to be added or dropped to read it (`89/2014TT-BTC`, `185/2007//NĐ-CP`, `NĐCP`), else absent. */
  irregular?: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && c.toLowerCase() !== c.toUpperCase();
const isUpper = (c: string): boolean => c !== c.toLowerCase();
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

function skipSpaces(s: string, i: number, max: number): number {
  let j = i;
  while (j - i < max && isSpace(s[j])) j++;
  return j;
}

/** A group: letters (and `&`, as in `BGD&ĐT`), then at most two digits (`QH13`, `UBTVQH15`). */
function readGroup(s: string, i: number): number {
  let j = i;
  while (j - i < 12 && (isLetter(s[j]) || (s[j] === '&' && j > i && isLetter(s[j + 1])))) j++;
  if (j === i) return i;
  const lettersEnd = j;
  while (j - lettersEnd < 2 && isDigit(s[j])) j++;
  if (isLetter(s[j]) || isDigit(s[j])) return i; // longer than any code, or a word with digits inside
  return j;
}

/**
 * A group that can stand in a symbol: a code we know (any case: `nđ`, `cp`),
 * or one shaped like a code: starts with a capital and has at most one small
 * letter (`HVTC`, `THQH`, `TTg`, `ThU`). `Ngày`, `Covid`, `Trong` are not.
 */
export function isCodeGroup(g: string): boolean {
  if (typeCodeOf(g) !== null || issuerOf(g).known) return true;
  if (!isUpper(g[0]!)) return false;
  let small = 0;
  for (const c of g) if (isLetter(c) && !isUpper(c)) small++;
  return small <= 1 && g.length >= 2;
}

/**
 * Read a number and its symbol starting at `pos` (the first digit).
 * Returns null when there is no number there; a result with no groups when
 * the number has no symbol (`Chỉ thị 16`, `NĐ 30/2020`).
 */
export function scanCode(s: string, pos: number): ScannedCode | null {
  let i = pos;
  while (i - pos < 5 && isDigit(s[i])) i++;
  if (i === pos || isDigit(s[i])) return null;
  if (isLetter(s[i])) {
    // a letter suffix is part of the number (`30a/2008/NĐ-CP`, `522B/NQ-UBTVQH13`): one or two letters, then the symbol
    let j = i;
    while (j - i < 2 && isLetter(s[j])) j++;
    if (isLetter(s[j]) || (s[j] !== '/' && s[j] !== '-')) return null;
    i = j;
  }
  const number = s.slice(pos, i);
  const bare: ScannedCode = { number, year: null, groups: [], written: 'state', end: i };

  let written: 'party' | 'state';
  let spaced = false;
  let irregular: string | undefined;
  let p = skipSpaces(s, i, 2);
  let year: number | null = null;
  let afterNumber = i;
  if (s[p] === '/') {
    const q = skipSpaces(s, p + 1, 2);
    if (isDigit(s[q])) {
      const y = s.slice(q, q + 4);
      if (!(y.length === 4 && [...y].every(isDigit) && (y.startsWith('19') || y.startsWith('20')) && !isDigit(s[q + 4]))) return bare;
      year = Number(y);
      afterNumber = q + 4;
      bare.year = year;
      bare.end = afterNumber;
      p = skipSpaces(s, afterNumber, 2);
      if (p === afterNumber && isUpper(s[p] ?? 'a') && isLetter(s[p]) && typeCodeOf(s.slice(p, readGroup(s, p))) !== null) {
        irregular = 'a separator is missing after the year';
      } else {
        if (s[p] !== '/' && s[p] !== '-') return bare;
        p = skipSpaces(s, p + 1, 2);
        if (s[p] === '/') {
          irregular = 'a separator is doubled';
          p = skipSpaces(s, p + 1, 2);
        }
      }
      written = 'state';
    } else if (s[q] === '/') {
      irregular = 'a separator is doubled';
      p = skipSpaces(s, q + 1, 2);
      written = 'state';
    } else {
      p = q;
      written = 'state';
    }
  } else if (s[p] === '-') {
    p = skipSpaces(s, p + 1, 2);
    written = 'party';
  } else if (p > i && isLetter(s[p])) {
    written = 'party'; // `84 QĐ/TWĐTN`: only with a slash after the type group (checked below)
    spaced = true;
  } else {
    return bare;
  }

  const groups: string[] = [];
  const seps: string[] = [];
  let unit: string | undefined;
  let end = afterNumber;
  let at = p;
  while (groups.length < 10) {
    const gEnd = readGroup(s, at);
    if (gEnd === at) break;
    const g = s.slice(at, gEnd);
    if (!isCodeGroup(g)) break;
    const glued = groups.length === 0 ? splitGlued(g) : null;
    if (glued) {
      groups.push(...glued);
      irregular = 'a hyphen is missing between type and issuer';
    } else {
      groups.push(g);
    }
    end = gEnd;
    if (s[gEnd] === '(') {
      // `04/1999/TT-BCA(C13)`: a unit of the issuer in parentheses ends the symbol
      const uEnd = readGroup(s, gEnd + 1);
      if (uEnd > gEnd + 1 && s[uEnd] === ')' && isCodeGroup(s.slice(gEnd + 1, uEnd))) {
        unit = s.slice(gEnd + 1, uEnd);
        end = uEnd + 1;
        break;
      }
    }
    const q = skipSpaces(s, gEnd, 2);
    const sep = s[q];
    if (sep !== '-' && sep !== '/' && sep !== '.') break;
    if (sep === '.' && q !== gEnd) break; // an old dot separator is never spaced: `QĐ.UB`
    let r = sep === '.' ? q + 1 : skipSpaces(s, q + 1, 2);
    if (sep === '-' && s[r] === '\n') r = skipSpaces(s, r + 1, 2); // `473/TTr -\nNN&PTNT`: wrapped after the hyphen
    if (!isLetter(s[r])) break;
    seps.push(sep);
    at = r;
  }
  if (groups.length === 0) return bare;
  // A space between number and symbol reads only as `84 QĐ/TWĐTN`.
  if (spaced && (seps[0] !== '/' || typeCodeOf(groups[0]!) === null)) return bare;
  // `71/KL/TW`: a slash between type and issuer is the Party punctuation.
  if (written === 'state' && year === null && seps[0] === '/' && groups.length >= 2 && typeCodeOf(groups[0]!) !== null) written = 'party';
  return { number, year, groups, written, end, ...(unit ? { unit } : {}), ...(irregular ? { irregular } : {}) };
}

/**
 * A type code glued to a known issuer (`NĐCP`, `QĐUBND`, `TTVPCP`), when the
 * whole group is no code we know: the two codes; else null.
 */
function splitGlued(g: string): string[] | null {
  if (isKnownCode(g)) return null;
  for (let k = 1; k < g.length - 1; k++) {
    const type = g.slice(0, k);
    const issuer = g.slice(k);
    if (typeCodeOf(type) !== null && issuerOf(issuer).known && typeCodeOf(issuer) === null) return [type, issuer];
  }
  return null;
}

export interface CodeFields {
  year: number | null;
  typeCode: string | null;
  issuerCode: string | null;
  system: 'party' | 'state' | null;
  id: string | null;
  /** The type the code stands for (used when no type word is written). */
  typeFromCode: string | null;
  /** The issuer's full name when the code names one body (`TTg`, `QH13`), else null. */
  issuerFromCode: string | null;
}

/** The fields a scanned symbol gives: type and issuer codes, system, canonical id. */
export function interpretCode(code: ScannedCode): CodeFields {
  const { number, year } = code;
  if (code.groups.length === 0) {
    return { year, typeCode: null, issuerCode: null, system: null, id: null, typeFromCode: null, issuerFromCode: null };
  }
  const first = typeCodeOf(code.groups[0]!);
  // The first group is a type code when an issuer follows it, or when it is no issuer (`123/QĐ`).
  const typeCode = first !== null && (code.groups.length >= 2 || !issuerOf(code.groups[0]!).known) ? first : null;
  const issuerGroups = (typeCode ? code.groups.slice(1) : code.groups).map((g) => issuerOf(g));
  const main = issuerGroups[0] ?? null;
  const joint = isJointType(typeCode);
  const unit = code.unit ? `(${code.unit})` : '';
  const issuerCode = issuerGroups.length === 0 ? null : `${joint ? issuerGroups.map((g) => g.code).join('-') : main!.code}${unit}`;
  const system = main ? main.system : null;
  // an issuer we do not know keeps the writer's punctuation (`09-QĐ/BCĐ`)
  const style = main ? (main.known ? main.style : code.written) : null;
  const tail = issuerGroups.map((g) => g.code);
  let id: string;
  if (style === 'party' && typeCode) id = `${number}-${typeCode}/${tail.join('-')}${unit}`;
  else id = `${number}${year !== null ? `/${year}` : ''}/${[...(typeCode ? [typeCode] : []), ...tail].join('-')}${unit}`;
  let issuerFromCode: string | null = null;
  if (joint) {
    const names = issuerGroups.map((g) => g.name);
    issuerFromCode = names.length > 0 && names.every((n) => n !== null) ? names.join(', ') : null;
  } else if (main) {
    issuerFromCode = main.name;
  }
  return { year, typeCode, issuerCode, system, id, typeFromCode: typeCode ? typeOfCode(typeCode, system) : null, issuerFromCode };
}
