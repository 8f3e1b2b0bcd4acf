/**
 * The lunar calendar as data: can-chi year names and the Gregorian date of
 * Tết Nguyên đán (mùng 1 tháng Giêng) for 1950–2050.
 *
 * The Tết dates were computed once with Hồ Ngọc Đức's lunar-calendar
 * algorithm (new moons and solar terms at UTC+7, the Vietnamese rule) and are
 * stored here as a table; test/unit/dates-lunar.test.ts checks them against
 * DOMAIN.md §4 (2020–2027, 2021 and 2022 cross-checked there) and against the
 * invariant that Tết falls between 21/1 and 20/2.
 */

/** Heavenly stems, index (year + 6) mod 10. */
export const CAN: readonly string[] = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];

/** Earthly branches, index (year + 8) mod 12. `Tị` and `Mẹo` are spelling variants. */
export const CHI: readonly string[] = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** Spelling variants of branch names, mapped to the form in `CHI`. */
export const CHI_VARIANTS: Readonly<Record<string, string>> = { Tị: 'Tỵ', Mẹo: 'Mão', Tí: 'Tý' };

/** Vietnam's time zone (hours east of UTC), at which lunar months and solar terms are computed. */
export const VIETNAM_UTC_HOURS = 7;

/** Month names that are always lunar: tháng Giêng (month 1) and tháng Chạp (month 12). */
export const LUNAR_MONTH_WORDS: Readonly<Record<string, number>> = { Giêng: 1, Chạp: 12 };

/** Words that make a day lunar: "rằm" is the 15th of a lunar month ("rằm tháng Giêng", "rằm tháng Bảy"). */
export const LUNAR_FULL_MOON_DAY = 15;

/** Names of the lunar new year festival, written before its year. */
export const TET_WORDS: readonly string[] = ['Tết Nguyên đán', 'Tết Nguyên Đán', 'Tết âm lịch', 'Tết Âm lịch', 'Tết cổ truyền', 'Tết Cổ truyền'];

/** Gregorian month-day of mùng 1 Tết, by Gregorian year. */
export const TET_DATES: Readonly<Record<number, string>> = {
  1950: '02-17',
  1951: '02-06',
  1952: '01-27',
  1953: '02-14',
  1954: '02-03',
  1955: '01-24',
  1956: '02-12',
  1957: '01-31',
  1958: '02-18',
  1959: '02-08',
  1960: '01-28',
  1961: '02-15',
  1962: '02-05',
  1963: '01-25',
  1964: '02-13',
  1965: '02-01',
  1966: '01-21',
  1967: '02-09',
  1968: '01-29',
  1969: '02-16',
  1970: '02-06',
  1971: '01-27',
  1972: '02-15',
  1973: '02-03',
  1974: '01-23',
  1975: '02-11',
  1976: '01-31',
  1977: '02-18',
  1978: '02-07',
  1979: '01-28',
  1980: '02-16',
  1981: '02-05',
  1982: '01-25',
  1983: '02-13',
  1984: '02-02',
  1985: '01-21',
  1986: '02-09',
  1987: '01-29',
  1988: '02-17',
  1989: '02-06',
  1990: '01-27',
  1991: '02-15',
  1992: '02-04',
  1993: '01-23',
  1994: '02-10',
  1995: '01-31',
  1996: '02-19',
  1997: '02-07',
  1998: '01-28',
  1999: '02-16',
  2000: '02-05',
  2001: '01-24',
  2002: '02-12',
  2003: '02-01',
  2004: '01-22',
  2005: '02-09',
  2006: '01-29',
  2007: '02-17',
  2008: '02-07',
  2009: '01-26',
  2010: '02-14',
  2011: '02-03',
  2012: '01-23',
  2013: '02-10',
  2014: '01-31',
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-02',
  2031: '01-23',
  2032: '02-11',
  2033: '01-31',
  2034: '02-19',
  2035: '02-08',
  2036: '01-28',
  2037: '02-15',
  2038: '02-04',
  2039: '01-24',
  2040: '02-12',
  2041: '02-01',
  2042: '01-22',
  2043: '02-10',
  2044: '01-30',
  2045: '02-17',
  2046: '02-06',
  2047: '01-26',
  2048: '02-14',
  2049: '02-02',
  2050: '01-23',
};
