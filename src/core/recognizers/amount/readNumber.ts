import { MoreWordFlag, WordFlag } from '../../lexicon/lexicon';
import { parseDigitNumber } from '../../numbers/parseDigitNumber';
import { parseNumberWords } from '../../numbers/parseNumberWords';
import { isAttachedToPrevious, isJoiningHyphen, isPunct, isWord, isWordIn, isWordSpelled, isWordWith, matchOfKind, tokenLower, type RecognitionContext } from '../../pipeline/recognitionContext';
import { isAsciiDigit } from '../../text/characterClass';
import { isSentenceStart } from '../leader/personName';
import { isTitleCaseLine } from '../../text/lineShape';
import { TokenFlag, TokenKind, tokenText } from '../../text/tokenize';
import type { Language } from '../../model/entityType';

export interface NumberReading {
  readonly value: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly written: 'digits' | 'words' | 'fused';
  /** For "se-" words that carry their own unit: "sehari" is 1 day. */
  readonly fusedUnit?: string;
}

const MAX_NUMBER_WORDS = 8;
const NUMBER_WORD_FLAGS = WordFlag.NumberWord | WordFlag.Multiplier | WordFlag.Connector;

/**
 * A number written in digits or words starting at token `index`, with its value; a
 * restatement in brackets the other way ("dua (2) perusahaan", "5 (lima) unit", as
 * Indonesian official writing has it) belongs to it.
 */
export function readNumber(context: RecognitionContext, index: number): NumberReading | undefined {
  const written = withApproximateSuffix(context, readNumberAsWritten(context, index));
  const reading = written && written.fusedUnit === undefined ? withSpokenDecimals(context, withFractionAfter(context, written)) : written;
  if (!reading || reading.fusedUnit !== undefined || !isPunct(context.tokens, reading.tokenEnd, '(')) return reading;
  const restated = readNumberAsWritten(context, reading.tokenEnd + 1);
  if (!restated || restated.value !== reading.value || restated.written === reading.written || !isPunct(context.tokens, restated.tokenEnd, ')')) return reading;
  return { ...reading, tokenEnd: restated.tokenEnd + 1 };
}

/** "Rp 300-an triliun", "500-an orang": Indonesian "-an" after digits makes the number approximate, not another word. */
function withApproximateSuffix(context: RecognitionContext, reading: NumberReading | undefined): NumberReading | undefined {
  if (reading?.written !== 'digits' || !isJoiningHyphen(context.tokens, reading.tokenEnd) || !isWordSpelled(context.tokens, reading.tokenEnd + 1, 'an')) return reading;
  return { ...reading, tokenEnd: reading.tokenEnd + 2 };
}

/**
 * "31-point-eight trillion won", "two-point-five percent", "dua koma lima persen": decimals said
 * digit by digit after the word for the decimal point. Spaced out, only one digit, and only
 * before a scale or a percentage ("at one point five of them left" has none).
 */
function withSpokenDecimals(context: RecognitionContext, reading: NumberReading): NumberReading {
  const { tokens, lexicon } = context;
  if (!Number.isInteger(reading.value)) return reading;
  const hyphenated = isJoiningHyphen(tokens, reading.tokenEnd);
  const point = hyphenated ? reading.tokenEnd + 1 : reading.tokenEnd;
  if (!isWordIn(tokens, point, lexicon.decimalPointWords)) return reading;
  let digits = '';
  let end = point + 1;
  for (;;) {
    const at = hyphenated ? (isJoiningHyphen(tokens, end) ? end + 1 : -1) : end;
    const digit = at < 0 ? undefined : spokenDigit(context, at);
    if (digit === undefined) break;
    digits += digit;
    end = at + 1;
    if (!hyphenated) break;
  }
  if (digits === '') return reading;
  if (!hyphenated && !isWordWith(context, end, WordFlag.Scale) && matchOfKind(context, end, 'unit')?.payload.unitKind !== 'percent') return reading;
  return { ...reading, value: reading.value + Number(`0.${digits}`), tokenEnd: end };
}

/** A single digit said as a word ("eight", "lima") or written as one. */
function spokenDigit(context: RecognitionContext, index: number): number | undefined {
  const { tokens } = context;
  if (tokens.kinds[index] === TokenKind.Number) return tokens.ends[index]! - tokens.starts[index]! === 1 ? Number(tokenText(tokens, index)) : undefined;
  if (!isWord(tokens, index)) return undefined;
  const parsed = parseInDocumentLanguageFirst(context, [tokenLower(tokens, index)], false);
  return parsed && parsed.length === 1 && Number.isInteger(parsed.value) && parsed.value >= 0 && parsed.value <= 9 ? parsed.value : undefined;
}

/** "two and a half", "two-and-a-half": a fraction of one added after "and a". */
function withFractionAfter(context: RecognitionContext, reading: NumberReading): NumberReading {
  const { tokens, lexicon } = context;
  const hyphenated = isJoiningHyphen(tokens, reading.tokenEnd);
  // The next word: after a joining hyphen when the number is hyphenated, else the next token.
  const next = (at: number) => (!hyphenated ? at : isJoiningHyphen(tokens, at) ? at + 1 : -1);
  const and = next(reading.tokenEnd);
  if (and < 0 || !isWordSpelled(tokens, and, 'and')) return reading;
  const article = next(and + 1);
  if (article < 0 || !isWord(tokens, article) || !lexicon.hasMoreFlag(tokens.wordIds[article]!, MoreWordFlag.Indefinite)) return reading;
  const fractionAt = next(article + 1);
  const fraction = fractionAt < 0 ? undefined : fractionOfOne(context, fractionAt);
  return fraction === undefined ? reading : { ...reading, value: reading.value + fraction, tokenEnd: fractionAt + 1 };
}

function readNumberAsWritten(context: RecognitionContext, index: number): NumberReading | undefined {
  const { tokens, lexicon } = context;
  if (tokens.kinds[index] === TokenKind.Number) {
    if (isSplitGroupAt(context, index - 2) || isSpaceGroupAt(context, index - 1)) return undefined;
    const raw = tokenText(tokens, index);
    if (isSpaceGroupAt(context, index)) return readSpaceGroups(context, index, raw);
    if (isSplitGroupAt(context, index)) {
      // The mark before a group of three is the grouping mark, whatever the language's is.
      const mark = context.text.charCodeAt(tokens.starts[index + 1]!);
      const joined = raw + String.fromCharCode(mark) + tokenText(tokens, index + 2);
      const value = parseDigitNumber(joined, mark === 44 ? 'en' : 'id');
      if (value !== undefined) return { value, tokenStart: index, tokenEnd: index + 3, written: 'digits' };
    }
    const value = parseDigitNumber(raw, context.language);
    if (value === undefined) return undefined;
    return { value, tokenStart: index, tokenEnd: index + 1, written: 'digits' };
  }
  if (!isWord(tokens, index)) return undefined;
  const wordId = tokens.wordIds[index]!;
  if (lexicon.hasMoreFlag(wordId, MoreWordFlag.Indefinite)) return readAfterIndefinite(context, index);
  const fraction = lexicon.hasMoreFlag(tokens.wordIds[index + 1] ?? -1, MoreWordFlag.Indefinite) ? fractionOfOne(context, index) : undefined;
  if (fraction !== undefined) {
    const one = readAfterIndefinite(context, index + 1);
    return one && { ...one, value: one.value * fraction, tokenStart: index };
  }
  const flags = lexicon.wordFlags(wordId);
  // "sehari-hari" (everyday) is one word built from "sehari" (one day): no number in it.
  const compound = isJoiningHyphen(tokens, index + 1);
  if (flags & WordFlag.Fused && !compound) {
    for (const language of languagesFirst(context.language)) {
      const fused = lexicon.numberWords[language].get(wordId)?.find((v) => v.flag === WordFlag.Fused);
      if (fused?.fusedUnit) {
        return { value: fused.value, tokenStart: index, tokenEnd: index + 1, written: 'fused', fusedUnit: fused.fusedUnit };
      }
    }
  }
  if ((flags & (WordFlag.NumberWord | WordFlag.Multiplier)) === 0) return undefined;
  const { words, wordEnds } = numberWordRun(context, index);
  // "residents of the Lima region": a word capitalised within a sentence reads as a number only in
  // the document's language; a title-case headline ("Diperpanjang Dua Bulan") capitalises every word.
  const capitalizedInSentence =
    (tokens.flags[index]! & TokenFlag.Capitalized) !== 0 && !isSentenceStart(context, index) && !isTitleCaseLine(tokens, index, lexicon);
  const parsed = parseInDocumentLanguageFirst(context, words, capitalizedInSentence);
  if (parsed) return { value: parsed.value, tokenStart: index, tokenEnd: wordEnds[parsed.length - 1]!, written: 'words' };
  // "satu-dua minggu", "one-two weeks": hyphenated words that make no compound number are a range.
  const firstOfPair = wordEnds[0]! > index + 1 ? parseInDocumentLanguageFirst(context, [tokenLower(tokens, index)], capitalizedInSentence) : undefined;
  return firstOfPair && { value: firstOfPair.value, tokenStart: index, tokenEnd: index + 1, written: 'words' };
}

/** Number words read by the document's language's rules, else (unless `documentLanguageOnly`) the other's. */
function parseInDocumentLanguageFirst(context: RecognitionContext, words: readonly string[], documentLanguageOnly: boolean): { value: number; length: number } | undefined {
  for (const language of documentLanguageOnly ? [context.language] : languagesFirst(context.language)) {
    const parsed = parseNumberWords(words, 0, context.lexicon.resources.languages[language].numbers);
    if (parsed && parsed.length > 0) return parsed;
  }
  return undefined;
}

/**
 * "$800, 000", "11, 000,000.00": one to three digits, their grouping mark, then a stray
 * space and the rest of the number, which opens with a group of three starting with 0 (no
 * number of its own is written so).
 */
function isSplitGroupAt(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  if (index < 0 || tokens.kinds[index] !== TokenKind.Number || tokens.kinds[index + 1] !== TokenKind.Punct || tokens.kinds[index + 2] !== TokenKind.Number) return false;
  const mark = tokens.ends[index]!;
  if (tokens.starts[index + 1] !== mark || (text.charCodeAt(mark) !== 44 && text.charCodeAt(mark) !== 46)) return false;
  if (text.charCodeAt(tokens.starts[index + 2]!) !== 48 || isAttachedToPrevious(tokens, index + 2)) return false;
  return isLeadingGroup(context, index) && isThreeDigitGroup(context, index + 2);
}

/**
 * "3 000 000 000 USD": one to three digits (not starting with 0), then groups of three
 * each after a single space, as French-style and SI writing group thousands. Only the
 * last group may carry a decimal part.
 */
function isSpaceGroupAt(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  if (index < 0 || tokens.kinds[index] !== TokenKind.Number || tokens.kinds[index + 1] !== TokenKind.Number) return false;
  if (text.charCodeAt(tokens.starts[index]!) === 48 || !followsGroupSpace(context, index + 1)) return false;
  return isLeadingGroup(context, index) && isThreeDigitGroup(context, index + 1);
}

/** The first group of a grouped number: one to three digits and nothing else. */
function isLeadingGroup(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  const start = tokens.starts[index]!;
  const end = tokens.ends[index]!;
  if (end - start > 3) return false;
  for (let i = start; i < end; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

function readSpaceGroups(context: RecognitionContext, index: number, raw: string): NumberReading | undefined {
  const { tokens } = context;
  let digits = raw;
  let end = index + 1;
  while (end < tokens.count && followsGroupSpace(context, end) && isThreeDigitGroup(context, end)) {
    digits += tokenText(tokens, end);
    end++;
    if (tokens.ends[end - 1]! - tokens.starts[end - 1]! > 3) break;
  }
  const value = parseDigitNumber(digits, context.language);
  return value === undefined ? undefined : { value, tokenStart: index, tokenEnd: end, written: 'digits' };
}

/** Three digits, alone or followed by a decimal part ("000,50"). */
function isThreeDigitGroup(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  if (tokens.kinds[index] !== TokenKind.Number) return false;
  const start = tokens.starts[index]!;
  const end = tokens.ends[index]!;
  if (end - start < 3) return false;
  for (let i = start; i < start + 3; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return end === start + 3 || !isAsciiDigit(text.charCodeAt(start + 3));
}

/** Whether the token follows the one before it after exactly one space, no-break space, thin space or narrow no-break space. */
function followsGroupSpace(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  const start = tokens.starts[index]!;
  if (start !== tokens.ends[index - 1]! + 1) return false;
  const code = text.charCodeAt(start - 1);
  return code === 32 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/** "a dozen", "a hundred and five": one multiplied; "a million": one before a scale word, which the caller applies. */
function readAfterIndefinite(context: RecognitionContext, index: number): NumberReading | undefined {
  const { tokens, lexicon } = context;
  const next = index + 1;
  if (!isWord(tokens, next) || isAttachedToPrevious(tokens, next)) return undefined;
  const flags = lexicon.wordFlags(tokens.wordIds[next]!);
  if (flags & WordFlag.Scale && (flags & WordFlag.Multiplier) === 0) return { value: 1, tokenStart: index, tokenEnd: next, written: 'words' };
  if ((flags & WordFlag.Multiplier) === 0) return undefined;
  const { words, wordEnds } = numberWordRun(context, next);
  for (const language of languagesFirst(context.language)) {
    const numbers = lexicon.resources.languages[language].numbers;
    if (!numbers.indefinite.includes(tokenLower(tokens, index))) continue;
    const parsed = parseNumberWords(words, 0, numbers, true);
    if (parsed) return { value: parsed.value, tokenStart: index, tokenEnd: wordEnds[parsed.length - 1]!, written: 'words' };
  }
  return undefined;
}

/** The value of a fraction word at `index` that goes before "a" ("half"), or undefined. */
export function fractionOfOne(context: RecognitionContext, index: number): number | undefined {
  if (!isWord(context.tokens, index)) return undefined;
  const word = tokenLower(context.tokens, index);
  for (const language of languagesFirst(context.language)) {
    const value = context.lexicon.resources.languages[language].numbers.fractionsOfOne[word];
    if (typeof value === 'number') return value;
  }
  return undefined;
}

/** The run of number words at `index`, hyphenated ones joined ("twenty-three"), with the token after each. */
function numberWordRun(context: RecognitionContext, index: number): { words: string[]; wordEnds: number[] } {
  const { tokens, lexicon } = context;
  const words: string[] = [];
  const wordEnds: number[] = [];
  let cursor = index;
  while (cursor < tokens.count && words.length < MAX_NUMBER_WORDS) {
    if (!isWord(tokens, cursor) || (lexicon.wordFlags(tokens.wordIds[cursor]!) & NUMBER_WORD_FLAGS) === 0) break;
    let word = tokenLower(tokens, cursor);
    let end = cursor + 1;
    while (isJoiningHyphen(tokens, end) && isWord(tokens, end + 1)) {
      const next = tokens.wordIds[end + 1]!;
      if ((lexicon.wordFlags(next) & (WordFlag.NumberWord | WordFlag.Multiplier)) === 0) break;
      word += '-' + tokenLower(tokens, end + 1);
      end += 2;
    }
    words.push(word);
    wordEnds.push(end);
    cursor = end;
  }
  return { words, wordEnds };
}

/** The document's language first, then the other: number words and scales are looked up in this order. */
export function languagesFirst(language: Language): readonly Language[] {
  return language === 'id' ? ['id', 'en'] : ['en', 'id'];
}
