const WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, both: 2, couple: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, hundred: 100,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, last: Number.NaN, final: Number.NaN,
};

/** Source for a number written as digits or as an English word ("two", "seventh"). */
export const NUMBER = "(\\d{1,3}|an?|one|single|two|both|couple|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|thirteen|fourteen|fifteen|twenty|hundred|first|second|third|fourth|fifth|sixth|seventh)";

/** The value of a number word or digits, or null. */
export function parseNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number.parseInt(lower, 10);
  const value = WORDS[lower];
  return value === undefined || Number.isNaN(value) ? null : value;
}
