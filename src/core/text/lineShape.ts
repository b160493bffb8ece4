import { WordFlag, type Lexicon } from '../lexicon/lexicon';
import { isAttachedToPrevious, isJoiningHyphen, isPossessiveAt, isPunct } from '../pipeline/recognitionContext';
import { isSpacedWithinLine, TokenFlag, TokenKind, type TokenStream } from './tokenize';

/**
 * Whether the line holding a token is written in title case, as headlines are ("Pemimpin
 * Asia-Pasifik Sepakat Dorong Perdagangan"): every content word capitalised, three to
 * twenty of them, and no full stop ending a sentence in it or at its end. Capitals there
 * say nothing about names.
 */
export function isTitleCaseLine(tokens: TokenStream, index: number, lexicon: Lexicon): boolean {
  const start = firstTokenOf(tokens, index, TokenFlag.LineStart);
  if (isListItemNumber(tokens, start)) return false;
  let capitalised = 0;
  let i = start;
  for (; i < tokens.count && (i === start || (tokens.flags[i]! & TokenFlag.LineStart) === 0); i++) {
    // "... at the Secretariat on Thursday. | Photo Credit": a sentence ends inside the line.
    if (isFullStopAfterWord(tokens, i) && isSpacedWithinLine(tokens, i + 1)) return false;
    if (tokens.kinds[i] !== TokenKind.Word) continue;
    const flags = tokens.flags[i]!;
    if (flags & TokenFlag.Capitalized) capitalised++;
    // A lower-case name particle belongs to a capitalised name ("Mohammed bin Salman").
    else if (
      (lexicon.wordFlags(tokens.wordIds[i]!) & (WordFlag.StopwordId | WordFlag.StopwordEn | WordFlag.NameParticle)) === 0 &&
      !lexicon.patronymics.has(tokens.wordIds[i]!) &&
      !isPossessiveS(tokens, i) &&
      // "3-day", "Long-term": the lower-case part of a hyphenated word, which title case leaves alone.
      !isJoiningHyphen(tokens, i - 1) &&
      // "$200m", "5bn": a scale or unit written against its number.
      !(tokens.kinds[i - 1] === TokenKind.Number && isAttachedToPrevious(tokens, i))
    )
      return false;
  }
  // A sentence full of names ends with a full stop, and a salutation ("Her Excellency Prime
  // Minister Dr. Harini Amarasooriya,") or a hard-wrapped line with a comma; a headline with neither.
  const last = i - 1;
  const lastMark = tokens.kinds[last] === TokenKind.Punct ? tokens.text.charCodeAt(tokens.starts[last]!) : 0;
  return capitalised >= 3 && capitalised <= 20 && lastMark !== FULL_STOP && lastMark !== COMMA;
}

const FULL_STOP = 0x2e;
const COMMA = 0x2c;

/**
 * "2. Menkeu China Lan Foan": a line opening with an item's number and a dot or bracket is a
 * list's entry, capitalised as a name list is, not a headline.
 */
function isListItemNumber(tokens: TokenStream, start: number): boolean {
  if (tokens.kinds[start] !== TokenKind.Number || tokens.ends[start]! - tokens.starts[start]! > 2) return false;
  return (isPunct(tokens, start + 1, '.') || isPunct(tokens, start + 1, ')')) && isAttachedToPrevious(tokens, start + 1);
}

/** The "s" of a possessive ("Benin's"), a token of its own written against the apostrophe. */
function isPossessiveS(tokens: TokenStream, index: number): boolean {
  return isPossessiveAt(tokens, index - 1) && isAttachedToPrevious(tokens, index);
}

/** A full stop after a word longer than an abbreviation ("Thursday.", not "Dr." or "Jl."). */
function isFullStopAfterWord(tokens: TokenStream, index: number): boolean {
  if (index === 0 || index + 1 >= tokens.count || tokens.kinds[index] !== TokenKind.Punct || tokens.text.charCodeAt(tokens.starts[index]!) !== FULL_STOP) return false;
  const word = index - 1;
  return tokens.kinds[word] === TokenKind.Word && tokens.ends[word]! === tokens.starts[index]! && tokens.ends[word]! - tokens.starts[word]! > 3;
}

/** The first token of the line (LineStart) or paragraph (ParagraphStart) that holds a token. */
export function firstTokenOf(tokens: TokenStream, index: number, boundary: TokenFlag.LineStart | TokenFlag.ParagraphStart): number {
  let start = index;
  while (start > 0 && (tokens.flags[start]! & boundary) === 0) start--;
  return start;
}
