/**
 * Page furniture recognized by its shape (issue 16): which lines of a page
 * are counters, widgets, menus, navigation links, doubled alt texts,
 * repeated labels, or the short prompts after the article's last paragraph.
 * Nothing here knows a label's words: renaming a widget leaves its shape.
 * The thresholds are data (lexicon/boilerplate.ts FURNITURE_SHAPE).
 */
import { FURNITURE_SHAPE, LINE_BULLETS, LINK_ARROWS, MENU_SEPARATORS, SENTENCE_ENDS } from '../lexicon/boilerplate.js';
import { matchAt, vx } from '../patterns/regex.js';
import { trimmedLines } from '../patterns/text.js';
import type { Span } from './define-extractor.js';

interface Line extends Span {
  text: string;
  /** The line's words (cut at single spaces), read only for lines that are not body paragraphs. */
  readonly words: string[];
}

const S = FURNITURE_SHAPE;
const BULLETS = new Set(LINE_BULLETS);
const ARROWS = new Set(LINK_ARROWS);
const ENDS = new Set(SENTENCE_ENDS);

// "Đang online: 10", "• Hôm nay: 994", "Lượt xem: 231", "Bình luận (0)", "Trong tuần: 1,963": a short label and a count, nothing else.
const COUNTER = vx(
  'boilerplate/counter-line',
  String.raw`^ [^\p{L}\p{N}\n]{0,4}
    \p{L}{1,20} (?: [ ] \p{L}{1,20} ){0,4}
    (?: [ ]{0,2} [:：] [ ]{0,2} (?<n1> \p{N}{1,3} (?: [.,] \p{N}{3} ){0,4} ) | [ ]{0,2} \( [ ]{0,2} (?<n2> \p{N}{0,9} ) [ ]{0,2} \) ) $`,
);

/** Any letter (a character with two cases) or digit; ASCII is read from its code, other characters by their cases (every line's words pass here). */
function hasLetterOrDigit(w: string): boolean {
  for (const c of w) {
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      const folded = code | 0x20;
      if ((code >= 0x30 && code <= 0x39) || (folded >= 0x61 && folded <= 0x7a)) return true;
    } else if (c.toLowerCase() !== c.toUpperCase()) return true;
  }
  return false;
}
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}
const isLowerWord = (w: string): boolean => w === w.toLowerCase();
const isCapitalized = (w: string): boolean => w[0] !== undefined && w[0] !== w[0].toLowerCase();

/**
 * A line that cuts its words when first asked (body paragraphs never are). A class, not an object spread with a
 * getter after it (`{ ...line, get words() {…} }`): V8 adds such a getter at run time, and each line's getter, a new
 * function, gave the line a shape of its own, so each read of a line's text or offsets went through the engine's
 * slowest lookup (issue 14: `--log-ic` counted ~1,700 shape changes at the paragraph test over 100 reports).
 */
class LazyLine implements Line {
  private cut: string[] | null = null;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get words(): string[] {
    return (this.cut ??= this.text.split(' ').filter(Boolean));
  }
}

/** The non-blank lines of the view, trimmed. */
const splitLines = (view: string): Line[] => trimmedLines(view).map((l) => new LazyLine(l.text, l.start, l.end));

/** A body paragraph: long, or a sentence of some length. Words are read one by one, up to the count that decides. */
function isParagraph(l: Line): boolean {
  const t = l.text;
  let words = 0;
  for (let from = 0; from < t.length; ) {
    let to = t.indexOf(' ', from);
    if (to < 0) to = t.length;
    if (to > from && hasLetterOrDigit(t.slice(from, to)) && ++words >= S.paragraphWords) return true;
    from = to + 1;
  }
  return words >= S.minSentenceWords && ENDS.has(t[t.length - 1]!);
}

const isLabel = (l: Line): boolean => l.words.length <= S.labelWords && l.text.length <= S.labelChars;

/** "Print + | - Font Size: A", "A- | A | A+": mostly symbols and one-capital-letter tokens, no numbers. */
function isWidget(l: Line): boolean {
  if ((!isLabel(l) && l.words.length > 2 * S.labelWords) || hasDigit(l.text)) return false;
  const symbols = l.words.filter((w) => !hasLetterOrDigit(w) || (w.length <= 2 && isCapitalized(w) && !hasLetterOrDigit(w.slice(1)))).length;
  return symbols >= S.symbolTokens && symbols / l.words.length >= S.symbolShare;
}

/** "Trang chủ » Tin tức » Thời sự", "Giới thiệu | Tin tức | Liên hệ": short segments between separators, no numbers. */
function isMenu(l: Line): boolean {
  if (hasDigit(l.text)) return false;
  for (const sep of MENU_SEPARATORS) {
    const parts = l.text.split(sep).map((p) => p.trim());
    if (parts.length >= S.menuSegments && parts.every((p) => p !== '' && p.split(' ').length <= S.labelWords)) return true;
  }
  return false;
}

/** "< Trở về trang trước", "Xem tiếp »": a short link led or closed by an arrow. */
const isArrowLink = (l: Line): boolean =>
  isLabel(l) && l.words.length >= 2 && (ARROWS.has(l.words[0]!) || ARROWS.has(l.words[l.words.length - 1]!));

/** "Ý kiến bạn đọc ( )": a label with an empty count. */
const isEmptyCount = (l: Line): boolean => isLabel(l) && (l.text.includes('( )') || l.text.includes('()'));

/** "Logo of X Logo of X": an image's alt text written twice. */
function isDoubled(l: Line): boolean {
  const t = l.text;
  if (t.length % 2 === 0) return false;
  const half = (t.length - 1) / 2;
  return half >= 3 && t[half] === ' ' && t.slice(0, half) === t.slice(half + 1);
}

const isCounter = (l: Line): boolean => {
  const m = matchAt(COUNTER, l.text, 0);
  return m !== null && m.text.length === l.text.length;
};

/**
 * "Gửi cho bạn bè", "Bình luận bài viết", "security": a short prompt in
 * sentence or lower case (every word after the first in lower case, a single
 * word all in lower case), without numbers. A byline is a name ("Hằng Nga",
 * "DŨNG CHINH", "N.H"), a signature block is in capitals: neither has this shape.
 */
function isLowerLabel(l: Line): boolean {
  const words = l.words.filter((w) => hasLetterOrDigit(w) && !BULLETS.has(w));
  if (words.length === 0 || !isLabel(l) || hasDigit(l.text) || l.text.endsWith('.')) return false;
  if (words.length === 1) return isLowerWord(words[0]!);
  return words.slice(1).every(isLowerWord) && !words.slice(1).some(isCapitalized);
}

/** Furniture lines of a page, as spans, in order. */
export function furnitureLines(view: string): Span[] {
  const lines = splitLines(view);
  const paragraphs = lines.map(isParagraph);
  const firstBody = paragraphs.indexOf(true);
  const lastBody = paragraphs.lastIndexOf(true);
  const outside = (i: number): boolean => firstBody < 0 || i < firstBody || i > lastBody;
  const out: Span[] = [];
  // whether each line is a counter, read once (a line is asked about as itself and as both neighbours)
  const counters = new Map<number, boolean>();
  const counterAt = (i: number): boolean => {
    let c = counters.get(i);
    if (c === undefined) counters.set(i, (c = isCounter(lines[i]!)));
    return c;
  };
  lines.forEach((l, i) => {
    if (paragraphs[i]) return;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const repeated = isLabel(l) && !hasDigit(l.text) && (prev?.text === l.text || next?.text === l.text);
    const counter = counterAt(i) && (outside(i) || (prev !== undefined && counterAt(i - 1)) || (next !== undefined && counterAt(i + 1)));
    const tailLabel = lastBody >= 0 && i > lastBody && isLowerLabel(l);
    if (repeated || counter || tailLabel || isWidget(l) || isMenu(l) || isArrowLink(l) || isEmptyCount(l) || isDoubled(l)) {
      out.push({ start: l.start, end: l.end });
    }
  });
  return out;
}
