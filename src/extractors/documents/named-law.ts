/**
 * Laws, codes, ordinances and constitutions cited by name (ANNOTATION.md
 * §documents): the type word, then its subject in any case, up to the end of
 * the subject. A small word reader rather than a list of names: the subject
 * ends before `ngày`, `năm YYYY` (read as `year`), `của` plus a body, `và`, `,`
 * or `;` followed by another type word, or a clause that goes on (`quy định`,
 * `được`, `đã`). Amending laws (`Luật sửa đổi, bổ sung một số điều của Luật
 * Đất đai và Luật Nhà ở`) are one name that runs through what they amend.
 *
 * The list of law names (lexicon/law-names.ts) is kept for names whose words
 * the grammar would cut (`Luật Cán bộ, công chức`, `Luật Bảo vệ và phát triển
 * rừng`) and for the canonical spelling.
 */
import { LAW_NAME_STOP_WORDS, LINE_OPENING_WORDS, NAMED_LAW_TYPES, NOT_LAW_AFTER, SUBJECT_CLAUSE_VERBS } from '../../lexicon/doc-types.js';
import { CODE_ABBREVIATIONS, CODE_NAMES, LAW_NAMES, LAW_NAME_COMMA_HEADS, LAW_SUBJECT_ABBREVIATIONS, ORDINANCE_NAMES } from '../../lexicon/law-names.js';

export interface NamedLaw {
  /** End of the name, year included when written (`năm 2002`, `2024`). */
  end: number;
  /** The year written after the name, else null. */
  year: number | null;
  /** Canonical name: type word plus subject, first letter capitalized, abbreviations expanded. */
  name: string;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && c.toLowerCase() !== c.toUpperCase();
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isUpper = (c: string | undefined): boolean => c !== undefined && isLetter(c) && c === c.toUpperCase();

const STOP = new Set(LAW_NAME_STOP_WORDS);
/** `và Điều 16 …`, `và khoản 2 …`: a part of another reference, never a word of the subject. */
const PART_WORDS = new Set(['điều', 'khoản', 'điểm', 'chương', 'mục', 'phụ']);
const NOT_AFTER = new Set(NOT_LAW_AFTER);
const LINE_OPENERS = new Set(LINE_OPENING_WORDS);
const CLAUSE_VERBS = SUBJECT_CLAUSE_VERBS.map((v) => v.split(' ') as [string, string]);
const TYPE_FIRST_WORDS = new Set(['luật', 'bộ', 'pháp', 'hiến', 'sắc', 'nghị', 'thông', 'quyết', 'chỉ', 'kết', 'kế', 'công']);
/** Type words that may start a following reference (`và Nghị định …`): lower-cased pairs. */
const NEXT_TYPE_PAIRS = new Set(['bộ luật', 'pháp lệnh', 'hiến pháp', 'sắc lệnh', 'nghị định', 'nghị quyết', 'thông tư', 'quyết định', 'chỉ thị', 'kết luận', 'kế hoạch', 'công văn']);

interface Word {
  text: string;
  start: number;
  end: number;
  /** The separator before it: a space, a line break or a comma. */
  sep: ' ' | '\n' | ',';
}

/** The word starting at `i` (letters, digits inside, `&`), or null. */
function wordAt(s: string, i: number): { text: string; end: number } | null {
  let j = i;
  while (j - i < 20 && (isLetter(s[j]) || isDigit(s[j]))) j++;
  return j > i && !isLetter(s[j]) && !isDigit(s[j]) ? { text: s.slice(i, j), end: j } : null;
}

/** The next word after `pos`: one or two spaces, one line break (with spaces), or a comma and a space. */
function nextWord(s: string, pos: number): Word | null {
  let i = pos;
  let sep: Word['sep'] = ' ';
  if (s[i] === ',') {
    sep = ',';
    i++;
  }
  const from = i;
  while (i - from < 3 && (s[i] === ' ' || s[i] === '\t')) i++;
  if (s[i] === '\r') i++;
  if (s[i] === '\n') {
    if (sep === ' ') sep = '\n';
    i++;
    const lf = i;
    while (i - lf < 3 && (s[i] === ' ' || s[i] === '\t')) i++;
  }
  if (i === pos || (sep === ',' && i === from)) return null;
  const w = wordAt(s, i);
  return w ? { text: w.text, start: i, end: w.end, sep } : null;
}

const lowerNames = (names: readonly string[]): string[] => [...new Set(names)].sort((a, b) => b.length - a.length);
const LISTED: Record<string, string[]> = { 'Luật': lowerNames(LAW_NAMES), 'Bộ luật': lowerNames(CODE_NAMES), 'Pháp lệnh': lowerNames(ORDINANCE_NAMES) };

/**
 * The longest listed name starting at `pos`, any case, one or two spaces
 * between words (a line break too), up to two around a comma: its end and
 * the listed spelling, or null.
 */
function listedName(s: string, pos: number, names: readonly string[]): { end: number; name: string } | null {
  const first = s[pos]?.toLowerCase();
  for (const name of names) {
    if (name[0]!.toLowerCase() !== first) continue;
    let i = pos;
    let ok = true;
    for (let k = 0; k < name.length && ok; k++) {
      const c = name[k]!;
      if (c === ' ') {
        const from = i;
        while (i - from < 3 && (s[i] === ' ' || s[i] === '\n')) i++;
        ok = i > from || name[k - 1] === ',';
      } else if (c === ',') {
        while (s[i] === ' ') i++;
        ok = s[i] === ',';
        i++;
      } else {
        ok = s[i] !== undefined && s[i]!.toLowerCase() === c.toLowerCase();
        i++;
      }
    }
    if (ok && !isLetter(s[i]) && !isDigit(s[i])) return { end: i, name };
  }
  return null;
}

const isYear = (w: string): boolean => w.length === 4 && (w.startsWith('19') || w.startsWith('20')) && [...w].every(isDigit);

/** Whether a word opens another reference (`Nghị định`, `Luật`, `Thông tư` …): the word and the one after it. */
function opensReference(s: string, w: Word): boolean {
  const lower = w.text.toLowerCase();
  if (lower === 'luật' && isUpper(w.text[0])) return true;
  if (!TYPE_FIRST_WORDS.has(lower)) return false;
  const next = nextWord(s, w.end);
  return next !== null && next.sep === ' ' && NEXT_TYPE_PAIRS.has(`${lower} ${next.text.toLowerCase()}`);
}

/**
 * Read a named document whose type word (as written) ends at `typeEnd`.
 * `type` is its canonical type (`Luật`, `Pháp lệnh` …). Null when no subject
 * (and no year) follows, or the type word is a common noun there (`Luật sư`).
 */
export function readNamedLaw(s: string, typeEnd: number, type: string, lowerType: boolean): NamedLaw | null {
  if (!NAMED_LAW_TYPES.includes(type)) return null;
  const first = nextWord(s, typeEnd);
  if (first && first.sep === ',') return null;
  const listed = first && first.sep === ' ' && LISTED[type] ? listedName(s, first.start, LISTED[type]!) : null;
  if (lowerType && !listed) return null; // `luật đất đai` only as a listed name; `luật pháp`, `luật định` are no documents
  if (first && NOT_AFTER.has(first.text.toLowerCase()) && !listed) return null;
  if (type === 'Lệnh' && !(first && isUpper(first.text[0]))) return null; // `Lệnh cấm`, `lệnh bắt`: orders, not documents

  const subject: Word[] = [];
  let end = typeEnd;
  let year: number | null = null;
  let amending = false;
  let canonical: string | null = null;

  if (listed) {
    end = listed.end;
    canonical = listed.name;
  }
  for (let w = listed ? nextWord(s, listed.end) : first; w && subject.length < 40; w = nextWord(s, w.end)) {
    const lower = w.text.toLowerCase();
    // a year closes the name: `năm 2002`, `2024`
    if (w.sep !== ',' && (lower === 'năm' || isYear(w.text))) {
      const y = lower === 'năm' ? nextWord(s, w.end) : w;
      if (y && y.sep !== ',' && isYear(y.text)) {
        year = Number(y.text);
        end = y.end;
      }
      break;
    }
    if (listed) break; // a listed name ends where the list says (only its year follows)
    if (w.sep === '\n' && (LINE_OPENERS.has(w.text) || (isUpper(w.text[0]) && isUpper(w.text[1])))) break;
    // an amending law runs through the laws it names: `của Luật …`, `và Luật …`, `, Luật …`
    if (subject.length > 0 && opensReference(s, w) && !(amending && (isAmendedStart(subject) || w.sep === ','))) break;
    if (w.sep === ',') {
      // a comma runs on in `sửa đổi, bổ sung`, in `Phòng, chống …` and between the laws an amending law names
      const prev = subject[subject.length - 1]?.text.toLowerCase() ?? '';
      const head = `${prev}, ${lower}`;
      const runsOn = (prev === 'đổi' && lower === 'bổ') || LAW_NAME_COMMA_HEADS.some((h) => h.toLowerCase().endsWith(head)) || (amending && (lower === 'luật' || lower === 'bộ' || lower === 'pháp'));
      if (!runsOn) break;
    }
    if (subject.length === 0 && lower === 'về') {
      subject.push(w);
      end = w.end;
      continue;
    }
    if (subject.length === 0 && lower === 'sửa') amending = true;
    if (lower === 'của' || lower === 'và') {
      const next = nextWord(s, w.end);
      if (!next || next.sep === ',') break;
      const nl = next.text.toLowerCase();
      const amended = amending && (nl === 'luật' || nl === 'bộ' || nl === 'pháp' || nl === 'các' || isDigit(next.text[0]) || (lower === 'của' && nl === 'nghị') || next.text in CODE_ABBREVIATIONS);
      const capitalRunsOn = lower === 'và' && isUpper(next.text[0]) && !opensReference(s, next) && !PART_WORDS.has(nl) && (subject.length > 0 || listed !== null);
      // `Pháp lệnh Phí và lệ phí`: a short subject joined to a noun (not to a function word or a clause)
      const nounRunsOn = lower === 'và' && subject.length > 0 && subject.length <= 2 && !isUpper(next.text[0]) && !STOP.has(nl) && !isDigit(next.text[0]);
      if (!amended && !capitalRunsOn && !nounRunsOn) break;
      subject.push(w);
      continue; // the name must not end on `của` / `và`
    }
    const some = subject.length > 0 || listed !== null;
    const afterType = subject[subject.length - 1]?.text === 'Luật'; // the first word of a law an amending law names
    if (lower === 'số' && isDigit(nextWord(s, w.end)?.text[0])) break; // `Luật Đất đai số 45/2013/QH13`; not `Tần số`, `một số`
    if (some && !amending && lower !== 'số' && STOP.has(lower)) break;
    if (amending && STOP.has(lower) && !['một', 'số', 'điều', 'có', 'liên', 'quan', 'đến', 'các', 'luật', 'của'].includes(lower)) break;
    if (!afterType && CLAUSE_VERBS.some(([a, b]) => lower === a && nextWord(s, w.end)?.text.toLowerCase() === b)) {
      if (!some) return null; // `Luật quy định …`, `Luật ban hành …`: no subject
      break;
    }
    if (isDigit(w.text[0]) && !(amending && some)) break;
    if (!some && STOP.has(lower) && lower !== 'về') return null; // `Luật này`, `Luật số …`: no subject
    subject.push(w);
    end = w.end;
  }
  // the name may not end on a function word it borrowed (`Luật Đất đai và`)
  while (subject.length > 0 && ['của', 'và', 'về'].includes(subject[subject.length - 1]!.text.toLowerCase())) subject.pop();
  if (subject.length > 0 && !canonical) end = Math.max(end, subject[subject.length - 1]!.end);
  if (!canonical && subject.length === 0 && year === null && type !== 'Hiến pháp') return null;
  const written = s.slice(typeEnd, listed ? listed.end : subject.length > 0 ? subject[subject.length - 1]!.end : typeEnd);
  const tail = listed && subject.length > 0 ? s.slice(listed.end, subject[subject.length - 1]!.end) : '';
  const subjectText = canonical ? `${canonical}${tail}` : written;
  return { end, year, name: canonicalName(type, subjectText) };
}

/** Whether the subject so far ends in `của` or `và` (an amending law naming the laws it amends). */
function isAmendedStart(subject: readonly Word[]): boolean {
  const last = subject[subject.length - 1]?.text.toLowerCase();
  return last === 'của' || last === 'và' || subject[subject.length - 1]?.sep === ',';
}

/** Whitespace runs (spaces, line breaks) → one space. */
function squeeze(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of s) {
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

const capitalize = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/**
 * `Luật` + ` thuế GTGT` → `Luật Thuế giá trị gia tăng`: spaces and line
 * breaks become one space, abbreviations are expanded, a leading `về` is
 * dropped (`Luật về phòng, chống …` is `Luật Phòng, chống …`), and the first
 * word of the subject and of each law it names starts with a capital.
 */
export function canonicalName(type: string, subject: string): string {
  const words = squeeze(subject);
  if (words[0]?.toLowerCase() === 'về' && words.length > 1) words.shift();
  const expanded = words.map((w) => {
    const bare = w.endsWith(',') ? w.slice(0, -1) : w;
    const full = LAW_SUBJECT_ABBREVIATIONS[bare];
    return full ? `${full}${w.endsWith(',') ? ',' : ''}` : w;
  });
  for (let k = 0; k < expanded.length; k++) {
    const prev = k > 0 ? words[k - 1]! : null;
    const before = (k > 1 ? words[k - 2]! : '').toLowerCase();
    // a law named inside the subject (`… của Luật đất đai`, `và Bộ luật …`)
    const afterType = (prev === 'Luật' && ['của', 'và', 'bổ', 'sung,'].includes(before)) || (prev?.toLowerCase() === 'luật' && before === 'bộ') || (prev?.toLowerCase() === 'lệnh' && before === 'pháp');
    if (k === 0 || (afterType && expanded[k]!.toLowerCase() !== 'số')) expanded[k] = capitalize(expanded[k]!);
  }
  return expanded.length > 0 ? `${type} ${expanded.join(' ')}` : type;
}
