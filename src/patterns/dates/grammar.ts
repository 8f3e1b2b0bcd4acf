/**
 * The date patterns, built once from fragments. Each fragment takes a
 * suffix so that two dates in one pattern (a range) get distinct group
 * names. Every quantifier is bounded (ReDoS audit), boundaries use
 * NOT_AFTER_WORD / NOT_BEFORE_WORD, and word lists come from the lexicons.
 */
import {
  AHEAD_RUN_UNITS,
  AHEAD_WORDS,
  DAY_OF_PERIOD_WORDS,
  DAY_TRIGGERS,
  MONTH_COUNT_WORDS,
  MONTH_WORDS,
  RELATIVE_DAYS,
  RELATIVE_WORDS_OF_UNIT,
  RELATIVE_YEAR_WORDS,
  SAME_PERIOD_WORDS,
  TIME_OF_DAY_RELATIVE,
  TIME_OF_DAY_WORDS,
  UTC_NAMES,
  YEAR_RANGE_LEADS,
} from '../../lexicon/dates.js';
import { CAN, CHI, CHI_VARIANTS, LUNAR_MONTH_WORDS } from '../../lexicon/lunar.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, longestAlternative, vx } from '../regex.js';

/** A gap between two words: spaces, or one line break, LF or CRLF (a date split across lines: a copied legal text wraps anywhere, `ngày 19\ntháng 7 năm 2022`). */
const WS = String.raw`(?:[ ]{1,3}|[ ]{0,2}\r?\n[ ]{0,2})`;
/** A number that does not continue another number, code or date (`2.172`, `16/`). */
const NUM_START = String.raw`${NOT_AFTER_WORD}(?<!\p{N}[.,/-])`;
/** d/m/y separators: `/` and `-` (spaced or not: `13 - 3 - 2022`), `.` unspaced. */
const SEP = String.raw`(?:[ ]{0,2}[/-][ ]{0,2}|\.)`;
/** The unspaced separators, for the first end of a range (its dash may be spaced). */
const SEP_TIGHT = String.raw`[/.-]`;
/** After a date: no document code (`/NĐ-CP`, `-NQ`), no further number (`/2.631`, `.5`, `-6`); a spaced dash may lead to a time (` - 09:21`). */
const GUARD = String.raw`(?![ ]{0,2}/[ ]{0,2}\p{N})(?!-\p{N})(?![/-]\p{L})(?![.,]\p{N})`;

const day = (s: string): string => String.raw`(?<d${s}>[0-3]?\d)(?!\p{N})`;
const month = (s: string): string => String.raw`(?<m${s}>[01]?\d)(?!\p{N})`;
const year = (s: string): string => String.raw`(?<y${s}>(?:1[89]|2[01])\d\d)(?!\p{N})`;
/** A year written relatively: "năm nay", "năm ngoái", "năm trước" (after a month, a quarter, a run of months). */
const RELATIVE_YEAR = String.raw`năm [ ]{1,2} (?<ry> ${alternation(Object.keys(RELATIVE_YEAR_WORDS))} ) ${NOT_BEFORE_WORD}`;

/** A Gregorian month written as a word: "Tư", "Mười Một" (Giêng and Chạp are lunar: LUNAR_DAY). */
const MONTH_WORD = String.raw`(?<mw> ${alternation(Object.keys(MONTH_WORDS))} ) ${NOT_BEFORE_WORD}`;

/** A two-digit year after an unspaced `/` or `-` (the same separator twice): 13/01/22, 13-01-22. */
const SHORT_YEAR = String.raw`(?: / (?<mys> [01]?\d ) / (?<yys> \d\d ) | - (?<myd> [01]?\d ) - (?<yyd> \d\d ) ) (?!\p{N})`;

/** 13/01/2022, 30-7-2021, 19.1, 13 - 3 - 2022, 13/01/22 */
const numericDay = (s: string): string =>
  String.raw`${NUM_START} ${day(s)} (?: ${SHORT_YEAR} | ${SEP} ${month(s)} (?: ${SEP} ${year(s)} )? ) ${GUARD}`;

/** 14:30, 08:59:47, 9h30, 9h, 10 giờ 15 (phút) */
const clock = (s: string, start: string = NUM_START): string => String.raw`
  ${start} (?<hh${s}> 2[0-3] | [01]?\d )
  (?: : (?<mi${s}> [0-5]\d ) (?: : (?<ss${s}> [0-5]\d ) )?
    | h (?<mh${s}> [0-5]\d )?
    | [ ]{1,2} giờ (?: [ ]{1,2} (?<mg${s}> [0-5]?\d ) (?: [ ]{1,2} phút )? )? )
  ${NOT_BEFORE_WORD}`;

/** (GMT +7), GMT+07:00, (UTC+7) */
const OFFSET = String.raw`
  (?: [ ]{0,2} \( [ ]{0,2} ${alternation(UTC_NAMES)} [ ]{0,2} (?<tz1> [+-] [ ]{0,1} \d{1,2} (?: :? \d{2} )? ) [ ]{0,2} \)
    | [ ]{1,2} ${alternation(UTC_NAMES)} [ ]{0,2} (?<tz2> [+-] [ ]{0,1} \d{1,2} (?: :? \d{2} )? ) ${NOT_BEFORE_WORD} )`;

const WEEKDAY = String.raw`(?<wd> ${alternation(Object.keys(WEEKDAYS))} ) ${NOT_BEFORE_WORD}`;

/** What may stand before a day: a weekday ("Thứ Năm, "), a clock time ("14:44 | ", "9h30 "), a lead word. */
const DAY_PREFIX = String.raw`
  (?: ${WEEKDAY} [ ]{0,2} [,-]? [ ]{0,2} )?
  (?: ${clock('b')} [ ]{0,2} [|,-]? [ ]{0,2} )?
  (?: (?<lead> ngày | mùng | mồng ) ${WS} )?`;

/** What may follow a day: ", 14:30 (GMT +7)", " 08:59:47", " - 09:21", " | 22:53". */
const DAY_SUFFIX = String.raw`(?: [ ]{0,2} [,|-]? [ ]{0,2} ${clock('a')} (?: ${OFFSET} )? )?`;

// "Thứ năm, 13/01/2022, 14:30 (GMT +7)", "ngày 30/7/2021", "13/01/22 08:15", "Ngày 13/1", "14:44 | 11/09/2018", "mùng 3"
export const DAY_NUMERIC = vx(
  'dates/day-numeric',
  String.raw`${NOT_AFTER_WORD} ${DAY_PREFIX}
    (?: ${numericDay('')} | (?<= (?:mùng|mồng) ${WS} ) (?<dm> [0-3]?\d ) (?![\p{N}/.-]) ${NOT_BEFORE_WORD} )
    ${DAY_SUFFIX}`,
  'i',
);

// "ngày 13 tháng 1 năm 2022", "Thứ Hai, 18 tháng 12, 2017", "Thứ Tư, ngày 24 tháng 2 năm 2021 - 09:21", "ngày 30 tháng Tư năm 1975"
export const DAY_LONG = vx(
  'dates/day-long',
  String.raw`${NOT_AFTER_WORD} ${DAY_PREFIX}
    ${NUM_START} ${day('')} ${WS} tháng ${WS} (?: ${month('')} | ${MONTH_WORD} )
    (?: (?: ${WS} năm ${WS} | [ ]{0,2} [,/-] [ ]{0,2} ) ${year('')} )? ${GUARD}
    ${DAY_SUFFIX}`,
  'i',
);

/**
 * The most characters from the start of a DAY_LONG match to its `tháng`, read off DAY_PREFIX, clock and WS above
 * (change them together): a weekday and its punctuation, a clock time (`23 giờ 59 phút`) and its punctuation, a lead
 * word, the day, the spaces or line break between.
 */
const WS_MAX_LENGTH = 2 + 2 + 2;
const CLOCK_MAX_LENGTH = 2 + 2 + 3 + 2 + 2 + 2 + 4;
export const DAY_LONG_MONTH_WITHIN = longestAlternative(Object.keys(WEEKDAYS)) + 5 + CLOCK_MAX_LENGTH + 5 + 'mồng'.length + WS_MAX_LENGTH + 2 + WS_MAX_LENGTH;

// "Thứ Sáu, Tháng Ba 14, 2025 | 22:53" (English order in some portal headers)
export const DAY_MONTH_WORD = vx(
  'dates/day-month-word',
  String.raw`${NOT_AFTER_WORD} (?: ${WEEKDAY} [ ]{0,2} [,-]? [ ]{0,2} )?
    tháng [ ]{1,2} (?<mw> ${alternation(Object.keys(MONTH_WORDS))} ) [ ]{1,2} ${day('')} [ ]{0,2} , [ ]{0,2} ${year('')}
    ${DAY_SUFFIX}`,
  'i',
);

const DAY_LEAD = String.raw`(?: ngày ${WS} )?`;

/** A clock time before a range end: "7h ngày 29/4", "16h ngày 16/8 đến 19h 19/8" (kept in the span, not a `time`). */
const rangeClock = (s: string): string => String.raw`(?: ${clock(s, NOT_AFTER_WORD)} ${WS} )?`;

// "(01/10/1991-01/10/2021)", "từ ngày 1/3 đến ngày 5/3/2022", "từ 9 đến 13 - 3", "ngày 5-6/3", "20 - 22 tháng 3",
// "ngày 12 đến ngày 15 tháng 10 năm 2020", "từ ngày 1/7/2022 đến hết ngày 31/12/2022", "7h ngày 29/4-7h ngày 02/5"
export const DAY_RANGE = vx(
  'dates/day-range',
  String.raw`${NOT_AFTER_WORD} (?<open> \( [ ]{0,2} )? (?<from> từ ${WS} )? ${rangeClock('r')} (?<lead> ngày ${WS} )?
    ${NUM_START} ${day('1')} (?: ${SEP_TIGHT} ${month('1')} (?: ${SEP_TIGHT} ${year('1')} )? )?
    (?: [ ]{0,2} - [ ]{0,2} | ${WS} (?: đến | tới ) (?: ${WS} hết )? ${WS} ) ${rangeClock('s')} ${DAY_LEAD}
    ${NOT_AFTER_WORD} ${day('2')}
    (?: ${SEP} ${month('2')} (?: ${SEP} ${year('2')} )?
      | (?<long> ${WS} tháng ) ${WS} ${month('l2')} (?: ${WS} năm ${WS} ${year('l2')} )? )
    ${GUARD}
    (?<close> [ ]{0,2} \) )?`,
  'i',
);

/** One element of a list of days: a day, or a day and its month ("10/8"). */
const LIST_ITEM = String.raw`[0-3]?\d (?: [/.-] [01]?\d )? (?!\p{N})`;
const LIST_JOIN = String.raw`(?: [ ]{0,2} , [ ]{0,2} | [ ]{0,2} ,? ${WS} và ${WS} | [ ]{0,2} ; [ ]{0,2} )`;

// "các ngày 22, 23, 24, 27/3", "vào các ngày 10/8, 12/8, 13/8 và 17/8", "Các tối 18, 24, 25-7", "ngày 3, 5 và 7/9",
// "các ngày 3, 4 và 5 tháng 1 năm 2022": one day mention per element, month and year from the last.
export const DAY_LIST = vx(
  'dates/day-list',
  String.raw`${NOT_AFTER_WORD} (?<lw> ngày | mùng | mồng | ${alternation(TIME_OF_DAY_WORDS)} ) [ ]{1,2}
    (?<items> ${NUM_START} ${LIST_ITEM} (?: ${LIST_JOIN} ${LIST_ITEM} ){0,12} ${LIST_JOIN} ${NUM_START} [0-3]?\d )
    (?: [/.-] (?<m> [01]?\d ) (?!\p{N}) (?: [/.-] ${year('')} )?
      | ${WS} tháng ${WS} (?<ml> [01]?\d ) (?!\p{N}) (?: ${WS} năm ${WS} ${year('l')} )? )
    ${GUARD}`,
  'i',
);

// "hôm nay", "hôm qua", "ngày mai"; "sáng nay", "chiều qua", "tối mai" (the relative word alone is the mention)
export const RELATIVE_DAY = vx(
  'dates/relative-day',
  String.raw`${NOT_AFTER_WORD}
    (?: (?<rd> ${alternation(Object.keys(RELATIVE_DAYS))} )
      | (?<= ${NOT_AFTER_WORD} ${alternation(TIME_OF_DAY_WORDS)} [ ]{1,2} ) (?<rt> ${alternation(Object.keys(TIME_OF_DAY_RELATIVE))} ) )
    ${NOT_BEFORE_WORD}`,
  'i',
);

// "tuần trước", "tháng này", "quý tới", "năm nay", "năm ngoái"
export const RELATIVE_PERIOD = vx(
  'dates/relative-period',
  String.raw`${NOT_AFTER_WORD} (?<ru> ${alternation(Object.keys(RELATIVE_WORDS_OF_UNIT))} ) [ ]{1,2}
    (?<rw> ${alternation([...new Set(Object.values(RELATIVE_WORDS_OF_UNIT).flat())])} ) ${NOT_BEFORE_WORD}`,
  'i',
);

// "3 ngày tới", "ba ngày tới", "2 tháng tới", "5 năm tới": the next N units
export const AHEAD_RUN = vx(
  'dates/ahead-run',
  String.raw`${NOT_AFTER_WORD} (?: (?<! \p{N} [.,] ) (?<nd> \d{1,2} ) (?!\p{N}) | (?<nw> ${alternation(Object.keys(MONTH_COUNT_WORDS))} ) ) [ ]{1,2}
    (?<au> ${alternation(Object.keys(AHEAD_RUN_UNITS))} ) [ ]{1,2} ${alternation(AHEAD_WORDS)} ${NOT_BEFORE_WORD}`,
  'i',
);

/** The most characters from the start of an AHEAD_RUN match to its ahead word (`tới`): the count, its unit, the spaces. */
export const AHEAD_WORD_WITHIN = Math.max(2, longestAlternative(Object.keys(MONTH_COUNT_WORDS))) + 2 + longestAlternative(Object.keys(AHEAD_RUN_UNITS)) + 2;

// "cùng kỳ", "cùng kỳ năm trước", "cùng giai đoạn năm 2020", "cùng thời kỳ năm ngoái": the reported period in another year
export const SAME_PERIOD = vx(
  'dates/same-period',
  String.raw`${NOT_AFTER_WORD} ${alternation(SAME_PERIOD_WORDS)} ${NOT_BEFORE_WORD} (?! [ ]{1,2} (?: các | những ) ${NOT_BEFORE_WORD} )
    (?: ${WS} năm ${WS} (?: (?<ry> trước | ngoái ) ${NOT_BEFORE_WORD} | ${year('')} ) )?`,
  'i',
);

// "ngày đầu tiên của tháng 3", "ngày cuối cùng của tháng 2 năm 2024", "ngày đầu tiên của năm 2023"
export const DAY_OF_PERIOD = vx(
  'dates/day-of-period',
  String.raw`${NOT_AFTER_WORD} ngày ${WS} (?<which> ${alternation(Object.keys(DAY_OF_PERIOD_WORDS))} ) (?: ${WS} (?: của | trong ) )? ${WS}
    (?: tháng ${WS} ${month('')} (?: (?: [ ]{0,2} [/-] [ ]{0,2} | ${WS} năm ${WS} ) ${year('')} )? | năm ${WS} ${year('n')} ) ${GUARD}`,
  'i',
);

// "tháng 6/2021", "tháng 6 năm 2021", "tháng 6-2021", "tháng 6", "06/2021", "tháng Tư năm 2021", "tháng Mười/2021", "tháng Năm 2021"
export const MONTH = vx(
  'dates/month',
  String.raw`
    (?: ${NOT_AFTER_WORD} (?<! \p{N} [ ]{1,2} ) (?<lead> tháng ) ${WS} (?: ${month('')} | ${MONTH_WORD} )
        (?: (?: [ ]{0,2} [/-] [ ]{0,2} | \. | ${WS} năm ${WS} | (?<= \p{L} ) [ ]{1,2} ) ${year('')} | [ ]{1,2} ${RELATIVE_YEAR} )?
      | ${NUM_START} (?<mb> [01]?\d ) (?: [ ]{0,2} [/-] [ ]{0,2} | \. ) ${year('b')} )
    ${GUARD}`,
  'i',
);

// "từ tháng 3 đến tháng 5/2022", "tháng 3-5/2022"
export const MONTH_RANGE = vx(
  'dates/month-range',
  String.raw`${NOT_AFTER_WORD} (?<from> từ ${WS} )? tháng ${WS} ${month('1')} (?: [ ]{0,2} [/-] [ ]{0,2} ${year('1')} )?
    (?: [ ]{0,2} - [ ]{0,2} | ${WS} (?: đến | tới ) ${WS} ) (?: tháng ${WS} )?
    ${month('2')} (?: (?: [ ]{0,2} [/-] [ ]{0,2} | \. | ${WS} năm ${WS} ) ${year('2')} )? ${GUARD}`,
  'i',
);

// "quý I/2021", "quý 1 năm 2021", "Quý IV", "quý II-2022"
export const QUARTER = vx(
  'dates/quarter',
  String.raw`${NOT_AFTER_WORD} quý ${WS} (?<q> IV | III | II | I | [1-4] ) ${NOT_BEFORE_WORD}
    (?: (?: [ ]{0,2} [/-] [ ]{0,2} | ${WS} năm ${WS} ) ${year('')} | [ ]{1,2} ${RELATIVE_YEAR} )? ${GUARD}`,
  'i',
);

const MONTH_COUNT = String.raw`(?: (?<! \p{N} [.,] ) 0?(?<nd> 1[0-2] | [1-9] ) (?!\p{N}) | (?<nw> ${alternation(Object.keys(MONTH_COUNT_WORDS))} ) )`;

// "6 tháng đầu năm 2021", "6 tháng cuối năm", "9 tháng đầu năm", "7 tháng năm 2023", "nửa đầu năm 2021"
export const MONTH_RUN = vx(
  'dates/month-run',
  String.raw`${NOT_AFTER_WORD}
    (?: ${MONTH_COUNT} ${WS} tháng | (?<half> nửa ) )
    (?: ${WS} (?<pos> đầu | cuối ) )? ${WS} năm ${NOT_BEFORE_WORD}
    (?: ${WS} ${year('')} | [ ]{1,2} (?<ry> ${alternation(Object.keys(RELATIVE_YEAR_WORDS))} ) ${NOT_BEFORE_WORD} )? ${GUARD}`,
  'i',
);

// "năm 2021", "Năm 2018"
export const YEAR = vx('dates/year', String.raw`${NOT_AFTER_WORD} năm ${WS} ${year('')} ${GUARD}`, 'i');

// "giai đoạn 2021-2025", "nhiệm kỳ 2021- 2026", "từ năm 2016 đến năm 2020", "2021 - 2025", "(1930-2020)"
export const YEAR_RANGE = vx(
  'dates/year-range',
  String.raw`${NOT_AFTER_WORD} (?<open> \( [ ]{0,2} )?
    (?: (?<lead> ${alternation(YEAR_RANGE_LEADS)} ) ${WS} )? (?<from> từ ${WS} (?: năm ${WS} )? )?
    ${NUM_START} ${year('1')} (?: [ ]{0,2} - ${WS}? | ${WS} (?: đến | tới ) ${WS} (?: năm ${WS} )? ) ${year('2')} ${GUARD}
    (?<close> [ ]{0,2} \) )?`,
  'i',
);

// "“năm đẩy mạnh thực hiện quy chế dân chủ cơ sở 2021”", "Năm dân vận chính quyền 2018,"
export const BARE_YEAR = vx(
  'dates/bare-year',
  String.raw`(?<= \p{L} [ ]{1,2} ) ${NUM_START} ${year('')} (?= [ ]{0,2} (?: [”"),;:!?\n…] | \.(?!\p{N}) | $ ) )`,
);

const CAN_CHI = String.raw`(?<cc> ${alternation(CAN)} [ ]{1,2} ${alternation([...CHI, ...Object.keys(CHI_VARIANTS)])} ) ${NOT_BEFORE_WORD}`;

// "Tết Nguyên đán Tân Sửu", "Tết Nguyên đán 2024", "mùng 3 Tết", "Tết Giáp Thìn"
export const TET = vx(
  'dates/lunar-tet',
  String.raw`${NOT_AFTER_WORD} (?: (?<mung> mùng | mồng ) ${WS} (?<n> [1-9] | 10 ) ${WS} )?
    tết (?: [ ]{1,2} (?<kind> nguyên [ ]{1,2} đán | âm [ ]{1,2} lịch | cổ [ ]{1,2} truyền ) )? ${NOT_BEFORE_WORD}
    (?: ${WS} (?: năm ${WS} )? (?: ${CAN_CHI} | ${year('')} ) )?`,
  'i',
);

const LUNAR_MONTH = String.raw`(?<lw> ${alternation(Object.keys(LUNAR_MONTH_WORDS))} ) ${NOT_BEFORE_WORD}`;

// "23 tháng Chạp", "mùng 10 tháng Giêng năm Giáp Thìn", "rằm tháng Giêng 2024", "rằm tháng Bảy", "ngày 15 tháng 8 âm lịch"
export const LUNAR_DAY = vx(
  'dates/lunar-day',
  String.raw`${NOT_AFTER_WORD}
    (?: (?<ram> rằm ) | (?: (?<lead> ngày | mùng | mồng ) ${WS} )? ${NUM_START} (?<ld> [0-3]?\d ) (?!\p{N}) )
    ${WS} tháng ${WS} (?: ${LUNAR_MONTH} | ${MONTH_WORD} | (?<lm> [01]?\d ) (?!\p{N}) )
    (?<al> [ ]{1,2} âm [ ]{1,2} lịch ${NOT_BEFORE_WORD} )?
    (?: ${WS} (?: năm ${WS} )? (?: ${CAN_CHI} | ${year('')} ) )? ${GUARD}`,
  'i',
);

/**
 * The most characters from the start of a LUNAR_DAY match to its `tháng` (a lead word, the spaces, two digits, the
 * spaces; `rằm` is shorter), and from the start of a LUNAR_NUMERIC match to its `năm` (a lead word, the spaces, a
 * day and a month with their slash, the spaces), read off the patterns (change them together).
 */
export const LUNAR_DAY_MONTH_WITHIN = 'mồng'.length + WS_MAX_LENGTH + 2 + WS_MAX_LENGTH;
export const LUNAR_NUMERIC_YEAR_WITHIN = 'mồng'.length + WS_MAX_LENGTH + 2 + 1 + 2 + WS_MAX_LENGTH;

// "ngày 06/3 năm Quý Mão", "(tức ngày 10/3 năm Quý Mão)": a day-month with a can-chi year is a lunar day
export const LUNAR_NUMERIC = vx(
  'dates/lunar-numeric',
  String.raw`${NOT_AFTER_WORD} (?: (?<lead> ngày | mùng | mồng ) ${WS} )? ${NUM_START} (?<ld> [0-3]?\d ) [/-] (?<lm> [01]?\d ) (?!\p{N})
    ${WS} năm ${WS} ${CAN_CHI}`,
  'i',
);

/** Time-of-day and other trigger words that license a bare day-month: "Sáng 12/1", "từ 9/3". */
export const DAY_TRIGGER = vx(
  'dates/day-trigger',
  String.raw`${NOT_AFTER_WORD} ${alternation(DAY_TRIGGERS)} (?: [ ]{0,2} , [ ]{0,2} | [ ]{1,2} \(? [ ]{0,2} | \( [ ]{0,2} ) $`,
  'i',
);
