import { WordFlag } from '../../lexicon/lexicon';
import { isCapitalizedWordWith, isPunct, type RecognitionContext } from '../../pipeline/recognitionContext';
import { TokenFlag, TokenKind } from '../../text/tokenize';

export function isMonth(context: RecognitionContext, index: number): boolean {
  return isCapitalizedWordWith(context, index, WordFlag.Month);
}

/** Whether the dot at `dot` ends a month's abbreviated name: "Dec. 9", "Sept. 12, 2024". */
export function isMonthAbbreviationDot(context: RecognitionContext, dot: number): boolean {
  const { tokens } = context;
  if (!isPunct(tokens, dot, '.') || (tokens.flags[dot]! & TokenFlag.SpaceBefore) !== 0 || !isMonth(context, dot - 1)) return false;
  return context.lexicon.monthAbbreviations.has(tokens.wordIds[dot - 1]!);
}

export function isDayNumber(context: RecognitionContext, index: number): boolean {
  return dayAt(context, index) > 0;
}

/** The day of the month a number token gives (1 to 31), or -1. */
function dayAt(context: RecognitionContext, index: number): number {
  if (context.tokens.kinds[index] !== TokenKind.Number) return -1;
  const day = smallNumberAt(context, index, 2);
  return day >= 1 && day <= 31 ? day : -1;
}

/**
 * The value of a number token of at most `maxDigits` digits only, or -1. Read from the
 * characters: every number of the text is tested, and a slice for each would allocate.
 */
export function smallNumberAt(context: RecognitionContext, index: number, maxDigits: number): number {
  const { tokens, text } = context;
  const start = tokens.starts[index]!;
  const end = tokens.ends[index]!;
  if (end - start > maxDigits) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Whether the number at `index` is the later day of a month-first range ("November 24 to
 * 25", "June 3-5"), part of the date rather than a count of what follows it ("from November
 * 24 to 25 included official talks"); not before a word it counts ("from March 1 to 15 countries").
 */
export function isDayRangeEnd(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon, matches } = context;
  const join = index - 1;
  const firstDay = index - 2;
  if (firstDay < 1 || index >= tokens.count) return false;
  const lastDayValue = dayAt(context, index);
  const firstDayValue = dayAt(context, firstDay);
  if (lastDayValue < 0 || firstDayValue < 0 || lastDayValue <= firstDayValue) return false;
  if (!isMonth(context, firstDay - 1) || !lexicon.hasFlag(tokens.wordIds[join]!, WordFlag.RangeWord)) return false;
  const next = index + 1;
  return matches.findKind(next, 'countNoun') < 0 && matches.findKind(next, 'unit') < 0 && matches.findKind(next, 'currency') < 0;
}
