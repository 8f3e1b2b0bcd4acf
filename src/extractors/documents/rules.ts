/**
 * Documents rules (ANNOTATION.md §documents): numbered references with or
 * without a symbol, bare symbols, and named documents (congress and plenum
 * resolutions, a type word with a quoted title, laws cited by name).
 *
 * The patterns only find where a reference starts and where its number is;
 * the symbol after the number is read by `scanCode` (parse-code.ts), which
 * copes with the stray spaces and separators real texts use.
 */
import type { Context, Resolved, Rule, RuleMatch } from '../../core/define-extractor.js';
import { ABBREVIATED_TYPE_WORDS } from '../../lexicon/doc-types.js';
import { readNamedLaw } from './named-law.js';
import { CODE_ABBREVIATIONS } from '../../lexicon/law-names.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, matchAt, test, vx } from '../../patterns/regex.js';
import type { DocumentMention } from '../../types.js';
import { TYPE_WORDS, isKnownCode, typeCodeOf, typeOfCode, typeOfWord } from './codes.js';
import { interpretCode, scanCode } from './parse-code.js';
import { readHeader, readIssued, readIssuerAfter, readIssuerBefore } from './resolve.js';

type Doc = Resolved<DocumentMention>;

// Between a type word, `số` and the number: spaces, or one line break (`Nghị định số\n34/2016/NĐ-CP`).
const GAP = String.raw`[\x20\t]{0,3} (?: \r?\n [\x20\t]{0,3} )?`;
const TYPE_ALT = alternation(TYPE_WORDS);

/**
 * How a symbol goes on after its number's slash or hyphen (parse-code.ts `scanCode`): a year (then a separator, or a
 * type code glued to it), a doubled slash, or a letter; after a hyphen, a letter (`[^\s\d]`: anything `scanCode` reads
 * as a letter, a Roman numeral too). A date (`12/3/2024`, `12-3`) does not.
 */
const SYMBOL_ON = String.raw`(?: / [\x20\t]{0,2} (?: (?:19|20)\d\d (?!\p{N}) (?: [\x20\t]{0,2} [/\-] | [^\s\d] ) | [^\s\d] ) | - [\x20\t]{0,2} [^\s\d] )`;

// A number without a type word or `số` is a reference only with a symbol (parse-code.ts `scanCode`, refused in
// `resolveReference` otherwise), so it is matched only where one can follow: a slash or hyphen, after a letter
// suffix or spaces (`30a/2008/NĐ-CP`, `16 /CT-TTg`), or a spaced group and its slash (`84 QĐ/TWĐTN`). Every
// number of a text stood here before, to be refused in code.
// "Chỉ thị số 16-CT/TTg", "quyết định số 23- QĐ/TW", "Nghị định số\n34/2016/NĐ-CP", "số31-QĐ/TW", "theo 16/CT-TTg"
/** A document's number: at most this many digits. */
const NUMBER_DIGITS = 5;
/** A number without a type word goes on to its symbol with up to this many characters glued to it (`30a/`), and spaces. */
const GLUED = 2;
const SPACES = 2;
/** A spaced group before the slash (`84 QĐ/TWĐTN`): at most this many characters. */
const SPACED_GROUP = 14;
/**
 * How far after a bare number the slash or hyphen of its symbol starts at the latest: the digits, then the glued
 * characters and spaces before `SYMBOL_ON`, or the spaces, the spaced group and the spaces before its slash.
 */
export const SYMBOL_WITHIN = NUMBER_DIGITS + Math.max(GLUED + SPACES, SPACES + SPACED_GROUP + SPACES);
const REFERENCE = vx(
  'documents/reference',
  String.raw`
    (?:
        ${NOT_AFTER_WORD} (?<type> ${TYPE_ALT} ) ${NOT_BEFORE_WORD}
        (?: ${GAP} (?<so> số ) )? [\x20]{0,2} (?: : [\x20]{0,2} )? ${GAP}
      | ${NOT_AFTER_WORD} (?<so2> số ) [\x20]{0,2} (?: : [\x20]{0,2} ${GAP} )?
      | (?<![\p{L}\p{N}/.@_&\-]) (?= \d{1,${NUMBER_DIGITS}} (?: [^\s\d]{0,${GLUED}} [\x20\t]{0,${SPACES}} ${SYMBOL_ON} | [\x20\t]{1,${SPACES}} [^\s/]{1,${SPACED_GROUP}} [\x20\t]{0,${SPACES}} / ) )
    )
    (?<num> \d{1,${NUMBER_DIGITS}} ) (?!\p{N})`,
  'i',
);

// "NĐ 30/2020", "TT36/2017", "QĐ1401", "NĐ 30/2020/NĐ-CP"
const ABBREVIATED = vx(
  'documents/abbreviated-type',
  String.raw`${NOT_AFTER_WORD} (?<abbr> ${alternation(ABBREVIATED_TYPE_WORDS)} ) [\x20]{0,2} (?: (?<so> số ) [\x20]{1,2} )? (?<num> \d{1,${NUMBER_DIGITS}} ) (?!\p{N})`,
);

// What may follow a number that has no symbol (`Chỉ thị 16 của …`, `Nghị quyết 25,`): not `5 năm`, `3 tháng`, `30/7`.
const AFTER_BARE_NUMBER = vx(
  'documents/after-bare-number',
  String.raw`(?: [\x20]{0,2} (?: [,;:)\]] | \. (?!\p{N}) | \r?\n | $ )
    | [\x20]{1,3} (?: của | về | ngày | và | do | đã | được | thì | này | nêu | trên | ban[\x20]hành | quy[\x20]định | hướng[\x20]dẫn | sửa[\x20]đổi | có[\x20]hiệu ) ${NOT_BEFORE_WORD} )`,
);

/** Whether the reference sits inside a URL, a path or an e-mail address. */
function insideAddress(s: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/* whitespace */ [' ', '\n', '\t', '\r'].includes(s[a - 1]!)) a--;
  let b = end;
  while (b < s.length && ![' ', '\n', '\t', '\r'].includes(s[b]!)) b++;
  const token = s.slice(a, b).toLowerCase();
  if (token.includes('://') || token.includes('www.') || token.includes('@')) return true;
  const next = s[end];
  return (next === '.' || next === '/' || next === '_') && s[end + 1] !== undefined && s[end + 1]!.toLowerCase() !== s[end + 1]!.toUpperCase();
}

const isYearLike = (n: string): boolean => n.length === 4 && (n.startsWith('19') || n.startsWith('20'));

/** Issued date and issuer around a reference span. */
function surroundings(ctx: Context, start: number, end: number, issuerFromCode: string | null, withBefore: boolean) {
  let pos = end;
  let issued: string | null = null;
  let issuer: string | null = null;
  const date = readIssued(ctx, pos);
  if (date) {
    issued = date.value;
    pos = date.end;
  }
  const after = readIssuerAfter(ctx, pos);
  if (after) {
    issuer = after.value;
    pos = after.end;
    if (!issued) {
      const late = readIssued(ctx, pos);
      if (late) {
        issued = late.value;
        pos = late.end;
      }
    }
  }
  if (!issuer && withBefore) issuer = readIssuerBefore(ctx, start);
  return { issued, issuer: issuer ?? issuerFromCode };
}

/**
 * A reference from its number on: `typeWord` is the type as written (null for
 * a bare symbol), `hasSo` whether `số` was written, `numStart` where the
 * number starts, `start` where the mention starts.
 */
export function resolveReference(ctx: Context, start: number, numStart: number, typeWord: string | null, hasSo: boolean): Doc | null {
  const code = scanCode(ctx.view, numStart);
  if (!code) return null;
  // the cheap refusals first (most candidates are bare numbers): a number without a symbol needs its type word,
  // a bare `1490/ABC-XYZ` without a type word, `số` or a known code is not a reference
  if (code.groups.length === 0 ? !typeWord : !typeWord && !hasSo && code.year === null && !code.groups.some(isKnownCode)) return null;
  const fields = interpretCode(code);
  const type = typeWord ? typeOfWord(typeWord) : fields.typeFromCode;
  const from = typeWord ? start : numStart;
  if (insideAddress(ctx.view, from, code.end)) return null;
  if (code.groups.length === 0) {
    if (!type) return null;
    // `… pháp luật\n1. Bộ trưởng …`: a list item's number on the next line is no reference; a law is never cited by a bare number
    if (!hasSo && (ctx.view.slice(start, numStart).includes('\n') || type === 'Luật' || type === 'Bộ luật')) return null;
    if (code.year === null && isYearLike(code.number) && !hasSo) return null;
    const follows = matchAt(AFTER_BARE_NUMBER, ctx.view, code.end);
    if (!follows && !(hasSo && !/* a number goes on */ ['/', '-', ',', '.'].includes(ctx.view[code.end] ?? ''))) return null;
  }
  const around = surroundings(ctx, from, code.end, fields.issuerFromCode, typeWord !== null);
  // `Số: 06/2024/QĐ-UBND` opening a line: the copied document's own number, dated and signed in its header
  const header = !typeWord && hasSo && code.groups.length > 0 ? readHeader(ctx, start, code.end) : null;
  if (header) {
    around.issued ??= header.issued;
    if (header.issuer) around.issuer = header.issuer;
  }
  if (code.irregular) {
    const text = ctx.text.slice(numStart, code.end);
    ctx.warn({ code: 'irregular-document-number', text, start: numStart, end: code.end, message: `${code.irregular}: read as ${fields.id ?? text}` });
  }
  return {
    start: from,
    end: code.end,
    type,
    number: code.number,
    year: code.year,
    typeCode: fields.typeCode,
    issuerCode: fields.issuerCode,
    system: fields.system,
    id: fields.id,
    issued: around.issued,
    issuer: around.issuer,
    scope: null,
    parts: [],
  };
}

function numberStart(m: RuleMatch): number {
  return m.end - m.groups.num!.length;
}

// --- named documents --------------------------------------------------------

const ROMAN = String.raw`[IVXLC]{1,7}`;
const PLACE = String.raw`\p{Lu}\p{Ll}{0,7} (?: [\x20] \p{Lu}\p{Ll}{0,7} ){0,3}`;
const LEVEL = String.raw`(?: toàn [\x20] quốc | tỉnh | thành [\x20] phố | huyện | quận | thị [\x20] xã | xã | phường )`;

// "BLHS năm 2015", "BLDS 2015": a code by its abbreviation (lexicon/law-names.ts CODE_ABBREVIATIONS)
const CODE_ABBREVIATION = vx(
  'documents/code-abbreviation',
  String.raw`${NOT_AFTER_WORD} (?<abbr> ${alternation(Object.keys(CODE_ABBREVIATIONS))} ) ${NOT_BEFORE_WORD}
    (?<year> [\x20] (?: năm [\x20] )? (?<y> (?: 19 | 20 ) \d{2} ) ${NOT_BEFORE_WORD} )?`,
);

// "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", "Nghị quyết đại hội XIII của Đảng"
const CONGRESS = vx(
  'documents/congress-resolution',
  String.raw`${NOT_AFTER_WORD} (?<type> [Nn]ghị [\x20] quyết ) [\x20] [Đđ]ại [\x20] hội
    (?: [\x20] đại [\x20] biểu )?
    (?<party> [\x20] Đảng (?: [\x20] bộ )? (?: [\x20] ${LEVEL} ${NOT_BEFORE_WORD} )? (?: [\x20] ${PLACE} ${NOT_BEFORE_WORD} )? )?
    (?: [\x20] toàn [\x20] quốc )?
    (?<nth> [\x20] lần [\x20] thứ [\x20] (?: ${ROMAN} | \d{1,2} ) ${NOT_BEFORE_WORD} )?
    (?<roman> [\x20] ${ROMAN} ${NOT_BEFORE_WORD} )?
    (?<of> [\x20] của [\x20] Đảng (?: [\x20] bộ [\x20] ${LEVEL} (?: [\x20] ${PLACE} )? )? ${NOT_BEFORE_WORD} )?`,
);

// "Nghị quyết Trung ương 6 khóa XIII", "nghị quyết trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XII"
const PLENUM = vx(
  'documents/plenum-resolution',
  String.raw`${NOT_AFTER_WORD} (?<type> [Nn]ghị [\x20] quyết ) [\x20]
    (?: [Hh]ội [\x20] nghị [\x20] (?: (?<nth1> [Ll]ần [\x20] thứ [\x20] \d{1,2} ) [\x20] )? )?
    (?: (?: [Bb]an [\x20] [Cc]hấp [\x20] hành | BCH ) [\x20] )?
    (?: [Tt]rung [\x20] ương | TW | T\.Ư ) (?: [\x20] [Đđ]ảng )?
    (?: [\x20] (?: [Ll]ần [\x20] thứ [\x20] )? (?<nth2> \d{1,2} ) ${NOT_BEFORE_WORD} )?
    (?: [\x20] \(? (?<term> [Kk]hóa [\x20] ${ROMAN} ) ${NOT_BEFORE_WORD} \)? )?`,
);

// "các nghị quyết Trung ương khóa XII": plural, not one document
const PLURAL_BEFORE = vx('documents/plural-before', String.raw`(?: ^ | [^\p{L}] ) (?: các | những ) [\x20]{1,2} $`, 'i');

// "các Luật", "những bản Hiến pháp": plural, not one document
const LAW_PLURAL_BEFORE = vx('documents/law-plural-before', String.raw`(?: ^ | [^\p{L}] ) (?: các | những ) [\x20]{1,2} (?: bản [\x20]{1,2} )? $`, 'i');

const CAPITAL_TYPE_ALT = alternation(TYPE_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)));

// "Đề án “Nâng cao chất lượng …”", "Chỉ thị về “…”", "Quy định về việc “…”"
const QUOTED = vx(
  'documents/quoted-title',
  String.raw`${NOT_AFTER_WORD} (?<type> ${CAPITAL_TYPE_ALT} ) (?: [\x20]{1,2} về (?: [\x20]{1,2} việc )? )? [\x20]{0,2}
    (?: “ [^”\n]{3,300} ” | " [^"\n]{3,300} " )`,
);

// “Đề án nâng cao vai trò … giai đoạn 2010-2020” — a quoted title that is itself a document's name
const QUOTED_INNER = vx(
  'documents/quoted-document-name',
  String.raw`[“"] (?<type> ${CAPITAL_TYPE_ALT} ) [\x20] (?! (?: dân [\x20] chủ | này | quy [\x20] định | được | đã ) ${NOT_BEFORE_WORD} )`,
);

// "Luật Đất đai", "Bộ luật Hình sự", "Pháp lệnh xử lý vi phạm hành chính", "Hiến pháp năm 2013", "căn cứ luật đất đai"
// (the subject is read by readNamedLaw; lower-case `luật` only before a listed name, never in `pháp luật`, `bộ luật`)
const LAW_TYPE = vx(
  'documents/law-name',
  String.raw`(?<!\p{L}) (?<! (?: [Pp]háp | [Bb]ộ | dự [\x20] án | dự [\x20] thảo ) [\x20] )
    (?<type> Bộ [\x20] luật | Luật | LUẬT | Pháp [\x20] lệnh | Hiến [\x20] pháp | Sắc [\x20] lệnh | Lệnh | luật ) ${NOT_BEFORE_WORD}`,
);

const named = (type: string | null): Omit<Doc, 'start' | 'end'> => ({
  type,
  number: null,
  year: null,
  typeCode: null,
  issuerCode: null,
  system: null,
  id: null,
  issued: null,
  issuer: null,
  scope: null,
  parts: [],
  named: true,
});

const AFTER_CONGRESS_GENERIC = vx('documents/after-congress-generic', String.raw`[\x20] (?: các | cấp ) ${NOT_BEFORE_WORD}`);

export const DOCUMENTS_RULES: readonly Rule<DocumentMention>[] = [
  {
    name: 'documents/reference',
    // at a number, only the symbol's form can match: its slash or hyphen follows within SYMBOL_WITHIN
    trigger: { words: [...TYPE_WORDS, 'số'], digit: true, near: { words: ['/', '-'], within: SYMBOL_WITHIN, digitsOnly: true } },
    pattern: REFERENCE,
    resolve: (m, ctx) => resolveReference(ctx, m.start, numberStart(m), m.groups.type ?? null, Boolean(m.groups.so ?? m.groups.so2)),
  },
  {
    name: 'documents/abbreviated-type',
    trigger: { words: ABBREVIATED_TYPE_WORDS },
    pattern: ABBREVIATED,
    resolve: (m, ctx) => {
      const doc = resolveReference(ctx, m.start, numberStart(m), null, Boolean(m.groups.so));
      const type = typeOfAbbreviation(m.groups.abbr!);
      if (doc) return { ...doc, start: m.start, type: doc.type ?? type };
      // `NĐ 30/2020`, `QĐ1401`: a number without symbol, typed by its abbreviation
      const code = scanCode(ctx.view, numberStart(m));
      if (!code || code.groups.length > 0) return null;
      if (code.year === null && !matchAt(AFTER_BARE_NUMBER, ctx.view, code.end)) return null;
      if (code.year === null && isYearLike(code.number) && !m.groups.so) return null; // `KH 2021`: the plan for a year
      if (insideAddress(ctx.view, m.start, code.end)) return null;
      const around = surroundings(ctx, m.start, code.end, null, false);
      return {
        end: code.end, type, number: code.number, year: code.year, typeCode: null, issuerCode: null, system: null, id: null,
        issued: around.issued, issuer: around.issuer, scope: null, parts: [],
      };
    },
  },
  {
    name: 'documents/congress-resolution',
    trigger: { words: ['nghị quyết'] },
    pattern: CONGRESS,
    resolve: (m, ctx) => {
      const g = m.groups;
      if (!g.party && !g.nth && !g.roman) return null; // `Nghị quyết đại hội` alone is anaphoric
      if (matchAt(AFTER_CONGRESS_GENERIC, ctx.view, m.end) && !g.nth && !g.roman) return null; // `đại hội Đảng các cấp`
      return named('Nghị quyết');
    },
  },
  {
    name: 'documents/plenum-resolution',
    trigger: { words: ['nghị quyết'] },
    pattern: PLENUM,
    resolve: (m, ctx) => {
      const g = m.groups;
      if (!g.nth1 && !g.nth2 && !g.term) return null;
      if (!g.nth1 && !g.nth2 && test(PLURAL_BEFORE, ctx.view.slice(Math.max(0, m.start - 8), m.start))) return null;
      return named('Nghị quyết');
    },
  },
  {
    name: 'documents/quoted-title',
    trigger: { words: TYPE_WORDS },
    pattern: QUOTED,
    resolve: (m) => named(typeOfWord(m.groups.type!)),
  },
  {
    name: 'documents/quoted-document-name',
    trigger: { words: ['“', '"'] },
    pattern: QUOTED_INNER,
    resolve: (m, ctx) => {
      // the name runs to the closing quote, on the same line, within 300 characters
      let close = m.end;
      while (close < ctx.view.length && close - m.end < 300 && !'”"\n“'.includes(ctx.view[close]!)) close++;
      if (!'”"'.includes(ctx.view[close] ?? '\n') || close - m.end < 3) return null;
      return { ...named(typeOfWord(m.groups.type!)), start: m.start + 1, end: close };
    },
  },
  {
    name: 'documents/code-abbreviation',
    trigger: { words: Object.keys(CODE_ABBREVIATIONS) },
    pattern: CODE_ABBREVIATION,
    resolve: (m) => ({ ...named('Bộ luật'), year: m.groups.y ? Number(m.groups.y) : null, name: `Bộ luật ${CODE_ABBREVIATIONS[m.groups.abbr!]}` }),
  },
  {
    name: 'documents/law-name',
    trigger: { words: ['Bộ luật', 'Luật', 'Pháp lệnh', 'Hiến pháp', 'Sắc lệnh', 'Lệnh'] },
    pattern: LAW_TYPE,
    resolve: (m, ctx) => {
      const written = m.groups.type!;
      const type = typeOfWord(written);
      if (!type) return null;
      const law = readNamedLaw(ctx.view, m.end, type, written === 'luật');
      if (!law) return null;
      if (test(LAW_PLURAL_BEFORE, ctx.view.slice(Math.max(0, m.start - 14), m.start))) return null; // `các Luật …`, `các bản Hiến pháp`
      // `Luật Đất đai số 45/2013/QH13`: the numbered reference, from the type word
      const numbered = matchAt(NUMBER_AFTER_NAME, ctx.view, law.end);
      if (numbered) {
        const doc = resolveReference(ctx, m.start, numbered.index + numbered.text.length - numbered.groups.num!.length, written, true);
        if (doc && doc.id) return doc;
      }
      const issued = readIssued(ctx, law.end);
      return { ...named(type), end: law.end, year: law.year, issued: issued?.value ?? null, name: law.name };
    },
  },
];

// " số 45/2013/QH13" after a law's name
const NUMBER_AFTER_NAME = vx('documents/number-after-law-name', String.raw`[\x20]{1,2} số [\x20]{0,2} (?: : [\x20]{0,2} )? (?<num> \d{1,${NUMBER_DIGITS}} ) (?!\p{N})`);

function typeOfAbbreviation(abbr: string): string | null {
  const code = typeCodeOf(abbr);
  return code ? typeOfCode(code, 'state') : null;
}
