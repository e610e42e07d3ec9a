// English ordinal words of UN session titles ("Thirty-fourth session") as numbers. Pure.

const UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };
const TENTHS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60 };

/** `Thirty-fourth` → 34, `seventh` → 7, `20th` → 20; null when not an ordinal. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase().replace(/[\s\u2010-\u2014]+/g, '-').trim();
  const digits = /^(\d{1,3})\s*-?(st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  if (w in UNITS) return UNITS[w]!;
  if (w in TENTHS) return TENTHS[w]!;
  const [tens, unit] = w.split('-');
  if (tens && unit && tens in TENS && unit in UNITS && UNITS[unit]! < 10) return TENS[tens]! + UNITS[unit]!;
  return null;
}

/** The ordinal-word pattern for use inside larger regular expressions. */
export const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty)[\s\u2010-\u2014-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|\d{1,3}\s?(?:st|nd|rd|th)`;
