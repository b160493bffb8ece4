import { createCandidate, Priority } from '../../pipeline/candidate';
import { amountKey } from '../../pipeline/entityKey';
import { isAttachedToPrevious, isJoiningDash, isPunct, isWordIn, isWordSpelled, type RecognitionContext, type Recognizer } from '../../pipeline/recognitionContext';
import { isAsciiDigit } from '../../text/characterClass';
import { TokenFlag, TokenKind, type TokenStream } from '../../text/tokenize';
import { readNumber, type NumberReading } from './readNumber';

/** "21-0-1": for, against and abstaining. */
const MAX_TALLY_NUMBERS = 3;
/** Larger numbers joined by hyphens are years or codes, not a chamber's votes. */
const MAX_TALLY_VOTES = 1000;

/** Farthest back in its paragraph a word of voting may stand before a tally in brackets, in tokens. */
const MAX_VOTE_WORD_DISTANCE = 80;

/**
 * A vote's tally, numbers joined by hyphens next to a word of voting: "The House voted 285-3",
 * "Voting 21-0-1, senators approved", "by a vote of 5-4", "a 5-4 vote", "a 60 to 40 vote",
 * after a verb of a chamber's decision ("approved 40-3", "adopted, 216-210"), or in brackets after
 * each name when the paragraph speaks of a vote ("the vote's results: Transport Minister
 * Saksayam Chidchob (262-205-5), ..."). Each number counts votes. Tallies with the counted
 * noun after them ("285-3 votes") are the amount recogniser's.
 */
export const recognizeVoteTallies: Recognizer = (context, out) => {
  const { tokens, lexicon } = context;
  const unit = context.language === 'id' ? 'suara' : 'votes';
  for (let index = 0; index < tokens.count; index++) {
    if (!isPlainInteger(context, index) || isJoiningDash(tokens, index - 1)) continue;
    let end = index + 1;
    const bracketed = isPunct(tokens, index - 1, '(');
    while (end - index < 2 * MAX_TALLY_NUMBERS - 1 && joinsTally(tokens, end, bracketed) && isPlainInteger(context, end + 1)) end += 2;
    // "by a 60 to 40 vote": two numbers joined by "to" before the word.
    if (end === index + 1 && isWordSpelled(tokens, end, 'to') && isPlainInteger(context, end + 1) && isWordSpelled(tokens, end + 2, 'vote')) end += 2;
    if (end === index + 1 || isJoiningDash(tokens, end)) continue;
    const voteBefore =
      isWordIn(tokens, index - 1, lexicon.voteTallyWords) ||
      (isWordSpelled(tokens, index - 1, 'of') && isWordIn(tokens, index - 2, lexicon.voteTallyWords)) ||
      isWordIn(tokens, isPunct(tokens, index - 1, ',') ? index - 2 : index - 1, lexicon.tallyVerbs);
    const inBrackets = bracketed && isPunct(tokens, end, ')') && isVoteWordEarlierInParagraph(context, index - 1);
    if (!voteBefore && !inBrackets && !isWordSpelled(tokens, end, 'vote')) continue;
    for (let at = index; at < end; at += 2) {
      const value = Number(context.text.slice(tokens.starts[at]!, tokens.ends[at]!));
      const candidate = createCandidate(tokens, 'amount', at, at + 1, Priority.amount, amountKey(unit, value));
      candidate.value = value;
      candidate.unit = unit;
      out.push(candidate);
    }
    index = end - 1;
  }
  if (context.language === 'en') recognizeVoteSides(context, out);
};

/** Number words a side's count may have before "in favor": "two hundred and forty-eight". */
const MAX_SIDE_NUMBER_TOKENS = 6;

/**
 * "with 248 in favor, eight against and six abstentions": the number before "in favor" (or
 * "in favour") counts votes, and so does one before "against" right after it.
 */
function recognizeVoteSides(context: RecognitionContext, out: Parameters<Recognizer>[1]): void {
  const { tokens } = context;
  for (let index = 1; index + 1 < tokens.count; index++) {
    // "passed by 73 votes to 29": the losing side's count after "to".
    if (isWordSpelled(tokens, index, 'votes') && isWordSpelled(tokens, index + 1, 'to') && numberEndingAt(context, index)) {
      const losing = readNumber(context, index + 2);
      if (losing && Number.isInteger(losing.value) && losing.written !== 'fused' && !isWordAfter(context, losing.tokenEnd)) pushVotes(context, out, losing);
      continue;
    }
    if (!isWordSpelled(tokens, index, 'in') || !(isWordSpelled(tokens, index + 1, 'favor') || isWordSpelled(tokens, index + 1, 'favour'))) continue;
    const inFavor = numberEndingAt(context, index);
    if (!inFavor) continue;
    pushVotes(context, out, inFavor);
    const next = isPunct(tokens, index + 2, ',') ? index + 3 : index + 2;
    const against = readNumber(context, next);
    if (against && isWordSpelled(tokens, against.tokenEnd, 'against') && Number.isInteger(against.value)) pushVotes(context, out, against);
  }
}

/** The longest whole number, in digits or words, that ends right before `end`. */
function numberEndingAt(context: RecognitionContext, end: number): NumberReading | undefined {
  for (let start = Math.max(0, end - MAX_SIDE_NUMBER_TOKENS); start < end; start++) {
    const reading = readNumber(context, start);
    if (reading?.tokenEnd === end && Number.isInteger(reading.value) && reading.written !== 'fused') return reading;
  }
  return undefined;
}

function pushVotes(context: RecognitionContext, out: Parameters<Recognizer>[1], reading: NumberReading): void {
  const candidate = createCandidate(context.tokens, 'amount', reading.tokenStart, reading.tokenEnd, Priority.amount, amountKey('votes', reading.value));
  candidate.value = reading.value;
  candidate.unit = 'votes';
  out.push(candidate);
}

/** A dash joining a tally's numbers; inside brackets a stray space may follow the hyphen ("(249- 204-18)"). */
function joinsTally(tokens: TokenStream, at: number, bracketed: boolean): boolean {
  return isJoiningDash(tokens, at) || (bracketed && isPunct(tokens, at, '-') && isAttachedToPrevious(tokens, at));
}

function isVoteWordEarlierInParagraph(context: RecognitionContext, before: number): boolean {
  const { tokens, lexicon } = context;
  const stop = Math.max(0, before - MAX_VOTE_WORD_DISTANCE);
  for (let at = before - 1; at >= stop; at--) {
    if (isWordIn(tokens, at, lexicon.voteTallyWords)) return true;
    if ((tokens.flags[at]! & TokenFlag.ParagraphStart) !== 0) return false;
  }
  return false;
}

/** A number of digits alone, below MAX_TALLY_VOTES: no decimals, no groups. */
function isPlainInteger(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  if (index < 0 || index >= tokens.count || tokens.kinds[index] !== TokenKind.Number) return false;
  const start = tokens.starts[index]!;
  const end = tokens.ends[index]!;
  for (let at = start; at < end; at++) if (!isAsciiDigit(text.charCodeAt(at))) return false;
  return Number(text.slice(start, end)) < MAX_TALLY_VOTES;
}

/** A lower-case word right after `index` other than "against" or a preposition: a noun the number would count instead. */
function isWordAfter(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  return index < tokens.count && tokens.kinds[index] === TokenKind.Word && (tokens.flags[index]! & TokenFlag.Capitalized) === 0 && !isWordSpelled(tokens, index, 'against') && !isWordSpelled(tokens, index, 'in') && !isWordSpelled(tokens, index, 'with') && !isWordSpelled(tokens, index, 'on');
}
