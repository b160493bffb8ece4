import { CharClass, charClass, isAsciiDigit, isLetterClass, lowerCode } from './characterClass';
import type { Vocabulary } from './vocabulary';
import { softLineBreaks } from './softLineBreaks';
import { HASH_SEED, hashStep } from './wordHash';

export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
}

export const enum TokenFlag {
  Capitalized = 1,
  /** Two or more letters, all upper case ("RI", "PBB", "U.S."). */
  AllCaps = 2,
  SpaceBefore = 4,
  LineStart = 8,
  ParagraphStart = 16,
  /** A word that also holds digits ("G20", "Su35"): never a name part or an amount. */
  HasDigit = 32,
}

/**
 * The text cut into words, numbers and single punctuation marks, in parallel typed arrays
 * so that a 10 MB article costs a handful of allocations. Whitespace is not a token; it is
 * recorded in the flags of the token after it.
 */
export interface TokenStream {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  readonly flags: Uint8Array;
  /** Case-folded hash of each word (0 for other tokens). */
  readonly hashes: Int32Array;
  /** Vocabulary id of each word, or -1. */
  readonly wordIds: Int32Array;
}

/**
 * `reuse`: a stream from an earlier call whose arrays may be written again (when they are
 * big enough), for callers that tokenize many short texts and read each result at once.
 */
export function tokenize(text: string, vocabulary: Vocabulary, reuse?: TokenStream): TokenStream {
  // News runs at about six characters a token; growth past this estimate is by half.
  const needed = Math.ceil(text.length / 5) + 16;
  const reusable = reuse !== undefined && reuse.starts.length >= needed;
  let capacity = reusable ? reuse.starts.length : needed;
  let starts = reusable ? (reuse.starts as Int32Array<ArrayBuffer>) : new Int32Array(capacity);
  let ends = reusable ? (reuse.ends as Int32Array<ArrayBuffer>) : new Int32Array(capacity);
  let kinds = reusable ? (reuse.kinds as Uint8Array<ArrayBuffer>) : new Uint8Array(capacity);
  let flags = reusable ? (reuse.flags as Uint8Array<ArrayBuffer>) : new Uint8Array(capacity);
  let hashes = reusable ? (reuse.hashes as Int32Array<ArrayBuffer>) : new Int32Array(capacity);
  let wordIds = reusable ? (reuse.wordIds as Int32Array<ArrayBuffer>) : new Int32Array(capacity);
  let count = 0;

  const length = text.length;
  let pos = 0;
  let newlines = 2; // the first token starts a paragraph
  let space = false;

  while (pos < length) {
    const code = text.charCodeAt(pos);
    if (code === 32) {
      space = true;
      pos++;
      continue;
    }
    const cls = charClass(code);
    if (cls === CharClass.Space) {
      space = true;
      pos++;
      continue;
    }
    if (cls === CharClass.Newline) {
      // CRLF counts as one line break.
      if (!(code === 13 && text.charCodeAt(pos + 1) === 10)) newlines++;
      space = true;
      pos++;
      continue;
    }

    if (count === capacity) {
      capacity = Math.ceil(capacity * 1.5);
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      kinds = growBytes(kinds, capacity);
      flags = growBytes(flags, capacity);
      hashes = grow(hashes, capacity);
      wordIds = grow(wordIds, capacity);
    }

    let flag = 0;
    if (space) flag |= TokenFlag.SpaceBefore;
    if (newlines > 0) flag |= newlines > 1 ? TokenFlag.LineStart | TokenFlag.ParagraphStart : TokenFlag.LineStart;
    const start = pos;
    let kind: TokenKind;
    let hash = 0;
    let wordId = -1;

    if (isLetterClass(cls)) {
      kind = TokenKind.Word;
      hash = HASH_SEED;
      let upper = 0;
      let letters = 0;
      let digits = false;
      if (cls === CharClass.Upper) flag |= TokenFlag.Capitalized;
      while (pos < length) {
        const c = text.charCodeAt(pos);
        // Most characters of a word are ASCII lower case: no table lookups for them.
        if (c >= 97 && c <= 122) {
          letters++;
          hash = hashStep(hash, c);
          pos++;
          continue;
        }
        const k = charClass(c);
        if (isLetterClass(k)) {
          letters++;
          if (k === CharClass.Upper) upper++;
        } else if (k === CharClass.Digit) {
          // "Rp5M", "Rp23,4": a currency written against its number is a word of its own.
          // Not a letter's acronym with a digit inside ("P2MI", "P4GN").
          if (!digits && letters > 0 && vocabulary.isDigitPrefix(vocabulary.findSpan(text, start, pos, hash)) && !(letters === 1 && isCapitalsAfterDigits(text, pos))) break;
          digits = true;
        } else if (k === CharClass.Apostrophe) {
          // Inner apostrophes belong to the word (Ma'ruf, O’Neill), a possessive does not.
          const next = text.charCodeAt(pos + 1);
          if (!isLetterClass(charClass(next))) break;
          if ((next === 115 || next === 83) && !isLetterClass(charClass(text.charCodeAt(pos + 2)))) break;
        } else if (c === 46 && letters === 1 && pos === start + 1 && isKnownTwoLetterAbbreviation(text, start, hash, vocabulary)) {
          // "U.S", "U.K" with the last dot left out, as some papers write them: only where the
          // vocabulary knows that form, so that initials ("J.K Rowling") stay apart.
          const letter = text.charCodeAt(pos + 1);
          hash = hashStep(hashStep(hash, 46), lowerCode(letter));
          letters++;
          upper++;
          pos += 2;
          break;
        } else if (c === 46 && letters === 1 && pos === start + 1 && isDottedAbbreviation(text, pos)) {
          // "U.S.", "U.K.", "U.S.A.": single letters joined by dots form one word.
          while (pos < length && text.charCodeAt(pos) === 46 && isLetterClass(charClass(text.charCodeAt(pos + 1)))) {
            const letter = text.charCodeAt(pos + 1);
            hash = hashStep(hashStep(hash, 46), lowerCode(letter));
            letters++;
            if (charClass(letter) === CharClass.Upper) upper++;
            pos += 2;
          }
          if (text.charCodeAt(pos) === 46) {
            hash = hashStep(hash, 46);
            pos++;
          }
          break;
        } else break;
        hash = hashStep(hash, lowerCode(c));
        pos++;
      }
      if (upper >= 2 && upper === letters) flag |= TokenFlag.AllCaps;
      if (digits) flag |= TokenFlag.HasDigit;
      wordId = vocabulary.findSpan(text, start, pos, hash);
    } else if (cls === CharClass.Digit) {
      kind = TokenKind.Number;
      pos++;
      while (pos < length) {
        const c = text.charCodeAt(pos);
        if (isAsciiDigit(c)) pos++;
        else if ((c === 46 || c === 44) && pos + 1 < length && isAsciiDigit(text.charCodeAt(pos + 1))) pos += 2;
        else break;
      }
    } else {
      kind = TokenKind.Punct;
      if (code >= 0xd800 && code <= 0xdbff && pos + 1 < length) pos += 2;
      else {
        // Phrases may hold punctuation ("Timor-Leste"), so single marks are looked up too.
        pos++;
        hash = hashStep(HASH_SEED, lowerCode(code));
        wordId = vocabulary.findSpan(text, start, pos, hash);
      }
    }

    starts[count] = start;
    ends[count] = pos;
    kinds[count] = kind;
    flags[count] = flag;
    hashes[count] = hash;
    wordIds[count] = wordId;
    count++;
    space = false;
    newlines = 0;
  }

  joinWrappedLines(text, count, starts, flags);
  return { text, count, starts, ends, kinds, flags, hashes, wordIds };
}

/** A line break that only wraps a paragraph is read as a space: names and amounts run on over it. */
function joinWrappedLines(text: string, count: number, starts: Int32Array, flags: Uint8Array): void {
  let token = 0;
  for (const wrap of softLineBreaks(text)) {
    while (token < count && starts[token]! < wrap) token++;
    if (token < count && starts[token] === wrap) flags[token] = flags[token]! & ~TokenFlag.LineStart;
  }
}

/** Digits from `pos`, then two capital letters or more ending the word. */
function isCapitalsAfterDigits(text: string, pos: number): boolean {
  let at = pos;
  while (isAsciiDigit(text.charCodeAt(at))) at++;
  let capitals = 0;
  while (charClass(text.charCodeAt(at)) === CharClass.Upper) {
    capitals++;
    at++;
  }
  return capitals >= 2 && !isLetterClass(charClass(text.charCodeAt(at))) && charClass(text.charCodeAt(at)) !== CharClass.Digit;
}

function isDottedAbbreviation(text: string, dot: number): boolean {
  // X.Y. — a letter after the dot and another dot (or end of word) after that letter.
  const letter = text.charCodeAt(dot + 1);
  if (!isLetterClass(charClass(letter))) return false;
  const after = text.charCodeAt(dot + 2);
  return after === 46;
}

function isKnownTwoLetterAbbreviation(text: string, start: number, hash: number, vocabulary: Vocabulary): boolean {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 2);
  if (charClass(first) !== CharClass.Upper || charClass(second) !== CharClass.Upper) return false;
  const after = charClass(text.charCodeAt(start + 3));
  if (isLetterClass(after) || after === CharClass.Digit || text.charCodeAt(start + 3) === 46) return false;
  return vocabulary.findSpan(text, start, start + 3, hashStep(hashStep(hash, 46), lowerCode(second))) >= 0;
}

function grow(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(capacity);
  next.set(array);
  return next;
}

function growBytes(array: Uint8Array<ArrayBuffer>, capacity: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(capacity);
  next.set(array);
  return next;
}

/** Set off by a space from the token before it, on the same line ("Kim Yo" but not "Kim⏎Yo" or "Kim-Yo"). */
export function isSpacedWithinLine(tokens: TokenStream, index: number): boolean {
  return (tokens.flags[index]! & (TokenFlag.SpaceBefore | TokenFlag.LineStart)) === TokenFlag.SpaceBefore;
}

export function tokenText(tokens: TokenStream, index: number): string {
  return tokens.text.slice(tokens.starts[index]!, tokens.ends[index]!);
}

/** The text of tokens [start, end), with whatever lies between them. */
export function tokenRangeText(tokens: TokenStream, start: number, end: number): string {
  return tokens.text.slice(tokens.starts[start]!, tokens.ends[end - 1]!);
}
