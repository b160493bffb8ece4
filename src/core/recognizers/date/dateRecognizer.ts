import { WordFlag } from '../../lexicon/lexicon';
import { createCandidate, Priority } from '../../pipeline/candidate';
import { isPunct, type RecognitionContext, type Recognizer } from '../../pipeline/recognitionContext';
import { TokenFlag, TokenKind, tokenRangeText } from '../../text/tokenize';
import { isDayNumber, isDayRangeEnd, isMonth, isMonthAbbreviationDot, smallNumberAt } from './dayNumber';

/**
 * Dates as news writes them: weekdays ("Senin", "Monday"), "12 Juni 2025", "June 12, 2025",
 * "Juni 2025", numeric "12/6/2025" and years standing alone ("pada 2023").
 */
export const recognizeDates: Recognizer = (context, out) => {
  const { tokens, lexicon } = context;
  for (let index = 0; index < tokens.count; index++) {
    const kind = tokens.kinds[index];
    if (kind === TokenKind.Punct) continue;
    let end = -1;
    if (kind === TokenKind.Word) {
      const flags = lexicon.wordFlags(tokens.wordIds[index]!);
      if ((tokens.flags[index]! & TokenFlag.Capitalized) === 0) continue;
      if (flags & WordFlag.Weekday) end = index + 1;
      else if (flags & WordFlag.Month) end = monthFirst(context, index);
    } else if (kind === TokenKind.Number) {
      end = dayFirst(context, index);
      if (end < 0) end = numericDate(context, index);
      if (end < 0 && isYear(context, index)) end = index + 1;
    }
    if (end <= index) continue;
    const text = tokenRangeText(tokens, index, end);
    out.push(createCandidate(tokens, 'date', index, end, Priority.date, `date:${text.toLowerCase().replace(/\s+/g, ' ')}`));
    index = end - 1;
  }
};

function isYear(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (tokens.kinds[index] !== TokenKind.Number || tokens.ends[index]! - tokens.starts[index]! !== 4) return false;
  const year = smallNumberAt(context, index, 4);
  if (!(year >= 1900 && year <= 2100)) return false;
  // "2023" hyphenated onto a word ("Visi-2045") belongs to a name.
  return !(isPunct(tokens, index - 1, '-') && (tokens.flags[index]! & TokenFlag.SpaceBefore) === 0);
}

/** "12 Juni 2025", "12 June" */
function dayFirst(context: RecognitionContext, index: number): number {
  if (!isDayNumber(context, index) || !isMonth(context, index + 1)) return -1;
  return isYear(context, index + 2) ? index + 3 : index + 2;
}

/** "June 12, 2025", "Juni 2025", "June 12", "November 24 to 25", "Dec. 9" */
function monthFirst(context: RecognitionContext, index: number): number {
  const { tokens } = context;
  const day = isMonthAbbreviationDot(context, index + 1) ? index + 2 : index + 1;
  if (isDayNumber(context, day)) {
    const dayEnd = isDayRangeEnd(context, day + 2) ? day + 3 : day + 1;
    if (isPunct(tokens, dayEnd, ',') && isYear(context, dayEnd + 1)) return dayEnd + 2;
    return dayEnd;
  }
  if (isYear(context, index + 1)) return index + 2;
  return -1;
}

/** "12/6", "12/6/2025" */
function numericDate(context: RecognitionContext, index: number): number {
  const { tokens } = context;
  if (!isDayNumber(context, index) || !isPunct(tokens, index + 1, '/') || !isDayNumber(context, index + 2)) return -1;
  if (isPunct(tokens, index + 3, '/') && tokens.kinds[index + 4] === TokenKind.Number) return index + 5;
  return index + 3;
}
