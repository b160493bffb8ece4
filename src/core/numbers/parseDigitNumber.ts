import type { Language } from '../model/entityType';
import { isAsciiDigit } from '../text/characterClass';

const DOT = 46;
const COMMA = 44;
const ZERO = 48;

/**
 * The value of a number written with digits and grouping or decimal marks, or undefined
 * when the string is not one number ("1.2.3", "12/6", "1,,5", ".5").
 *
 * Indonesian groups thousands with "." and marks decimals with ","; English the reverse.
 * - Both marks present: the last one is the decimal mark, used once, whatever the
 *   language ("1.200.000,50", "1,200,000.50"); the other must group thousands.
 * - One mark used more than once can only group thousands: "1.200.000" and "1,200,000"
 *   are 1200000 in either language, and each group after the first has three digits;
 *   or, with commas, South Asian lakh and crore groups ("1,60,000" is 160000). Two
 *   digits after the last mark are decimals written with the grouping mark ("9.050.00"
 *   is 9050).
 * - One mark used once is the ambiguous case. It groups thousands only when it is the
 *   language's grouping mark, one to three digits (not a lone "0") precede it and exactly
 *   three follow: "2.000" is 2000 in Indonesian, "2,600" 2600 in English. Otherwise it is a
 *   decimal mark: "1,5" and "2.5" are 1.5 and 2.5 in both languages, "1.500" is 1.5 in
 *   English and "1,500" 1.5 in Indonesian, as their writers mean.
 */
export function parseDigitNumber(raw: string, language: Language): number | undefined {
  const length = raw.length;
  if (length === 0 || !isAsciiDigit(raw.charCodeAt(0)) || !isAsciiDigit(raw.charCodeAt(length - 1))) return undefined;
  let dots = 0;
  let commas = 0;
  let lastMark = -1;
  for (let i = 0; i < length; i++) {
    const code = raw.charCodeAt(i);
    if (isAsciiDigit(code)) continue;
    if (code !== DOT && code !== COMMA) return undefined;
    if (i === lastMark + 1) return undefined; // two marks in a row
    if (code === DOT) dots++;
    else commas++;
    lastMark = i;
  }
  if (lastMark < 0) return length > 15 ? Number(raw) : integerValue(raw);

  let decimalAt = -1;
  let groupMark = -1;
  if (dots > 0 && commas > 0) {
    const decimalMark = raw.charCodeAt(lastMark);
    if ((decimalMark === DOT ? dots : commas) !== 1) return undefined;
    decimalAt = lastMark;
    groupMark = decimalMark === DOT ? COMMA : DOT;
  } else {
    const mark = dots > 0 ? DOT : COMMA;
    if (dots + commas > 1) {
      groupMark = mark;
      // "Rp 9.050.00": two digits after groups of thousands are the cents its writer meant.
      if (length - lastMark - 1 === 2) decimalAt = lastMark;
    } else {
      const languageGroupMark = language === 'id' ? DOT : COMMA;
      const threeDigitsAfter = length - lastMark - 1 === 3;
      const leadingGroup = lastMark <= 3 && !(lastMark === 1 && raw.charCodeAt(0) === ZERO);
      if (mark === languageGroupMark && threeDigitsAfter && leadingGroup) groupMark = mark;
      else decimalAt = lastMark;
    }
  }

  const wholeEnd = decimalAt < 0 ? length : decimalAt;
  let value = 0;
  let groupDigits = 0;
  let groups = 0;
  let firstGroupDigits = 0;
  let pairGroups = 0;
  for (let i = 0; i < wholeEnd; i++) {
    const code = raw.charCodeAt(i);
    if (code === groupMark) {
      if (groups === 0) {
        if (groupDigits > 3) return undefined;
        firstGroupDigits = groupDigits;
      } else if (groupDigits === 2) pairGroups++;
      else if (groupDigits !== 3) return undefined;
      groups++;
      groupDigits = 0;
      continue;
    }
    value = value * 10 + (code - ZERO);
    groupDigits++;
  }
  if (groups > 0 && groupDigits !== 3) return undefined;
  // South Asian grouping, lakh and crore: "1,60,000", "12,34,56,789": pairs, then three digits.
  if (pairGroups > 0 && (groupMark !== COMMA || pairGroups !== groups - 1 || firstGroupDigits > 2)) return undefined;
  if (decimalAt < 0) return value > Number.MAX_SAFE_INTEGER ? Number(withoutGrouping(raw, groupMark, decimalAt)) : value;
  for (let i = decimalAt + 1; i < length; i++) value = value * 10 + (raw.charCodeAt(i) - ZERO);
  const fractionDigits = length - decimalAt - 1;
  // Past 2^53 (or 10^22) the arithmetic is no longer exact: let the engine round the string.
  if (value > Number.MAX_SAFE_INTEGER || fractionDigits > 22) return Number(withoutGrouping(raw, groupMark, decimalAt));
  // One correctly rounded division: "10.07" is 1007 / 100, the double Number("10.07") gives.
  return value / 10 ** fractionDigits;
}

/** "1.200.000,5" as "1200000.5", for the rare number too long for exact arithmetic. */
function withoutGrouping(raw: string, groupMark: number, decimalAt: number): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === groupMark) continue;
    out += i === decimalAt ? '.' : raw[i];
  }
  return out;
}

function integerValue(raw: string): number {
  let value = 0;
  for (let i = 0; i < raw.length; i++) value = value * 10 + (raw.charCodeAt(i) - ZERO);
  return value;
}
