import { TokenKind, type TokenStream } from '../text/tokenize';
import type { Vocabulary } from '../text/vocabulary';
import { WordIdSet } from './wordIdSet';

/**
 * Short context phrases of plain words ("of which", "Direktur Jenderal"), found by the token
 * they end at: kept by last word id, each with the word ids before it.
 */
export class WordPhrases {
  private readonly byLastWord = new Map<number, number[][]>();
  private readonly firstWords = new WordIdSet();
  private longestWords = 0;

  add(phrase: string, vocabulary: Vocabulary): void {
    const ids = phrase
      .split(' ')
      .filter((word) => word !== '')
      .flatMap(splitFinalDot)
      .flatMap(splitHyphens)
      .map((word) => vocabulary.intern(word));
    if (ids.length > 0) this.firstWords.add(ids[0]!);
    this.longestWords = Math.max(this.longestWords, ids.length);
    const lastId = ids.pop();
    if (lastId !== undefined) this.byLastWord.set(lastId, [...(this.byLastWord.get(lastId) ?? []), ids]);
  }

  /** Where the longest phrase ending at token `end` (inclusive) starts, or -1. */
  startEndingAt(tokens: TokenStream, end: number): number {
    if (end < 0 || end >= tokens.count || tokens.kinds[end] !== TokenKind.Word) return -1;
    const phrases = this.byLastWord.get(tokens.wordIds[end]!);
    if (phrases === undefined) return -1;
    let start = -1;
    for (const before of phrases) {
      const first = end - before.length;
      if (first < 0 || (start >= 0 && first >= start)) continue;
      if (wordsAt(tokens, first, before)) start = first;
    }
    return start;
  }

  /** One past the longest phrase that starts at token `start`, or -1. */
  endStartingAt(tokens: TokenStream, start: number): number {
    if (start < 0 || start >= tokens.count || tokens.kinds[start] !== TokenKind.Word || !this.firstWords.has(tokens.wordIds[start]!)) return -1;
    for (let end = Math.min(start + this.longestWords, tokens.count) - 1; end >= start; end--) {
      const phrases = tokens.wordIds[end]! >= 0 ? this.byLastWord.get(tokens.wordIds[end]!) : undefined;
      if (phrases?.some((before) => before.length === end - start && wordsAt(tokens, start, before))) return end + 1;
    }
    return -1;
  }
}

/** Whether the words `wordIds` (or the marks between them: "H. E.") stand at the tokens from `first` on. */
function wordsAt(tokens: TokenStream, first: number, wordIds: readonly number[]): boolean {
  return wordIds.every((wordId, k) => first + k < tokens.count && tokens.wordIds[first + k] === wordId);
}

/** "centre-right": as the tokenizer cuts it, words with the hyphens between them. */
function splitHyphens(word: string): string[] {
  return word.length > 1 && word.includes('-') ? word.split(/(-)/).filter((part) => part !== '') : [word];
}

/** "H." of "H. E.": as the tokenizer cuts a word's final dot off, unless dots join its letters ("H.E."). */
function splitFinalDot(word: string): string[] {
  const dot = word.indexOf('.');
  return word.length > 1 && dot === word.length - 1 ? [word.slice(0, -1), '.'] : [word];
}
