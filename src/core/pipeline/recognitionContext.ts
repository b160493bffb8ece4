import { WordFlag, type Lexicon, type LexiconEntry } from '../lexicon/lexicon';
import type { PhraseMatch } from '../lexicon/phraseTrie';
import type { Language } from '../model/entityType';
import { TokenFlag, TokenKind, type TokenStream } from '../text/tokenize';
import type { Candidate } from './candidate';

/** What every recogniser reads: the tokens, the compiled resources and the phrase matches. */
export interface RecognitionContext {
  readonly text: string;
  readonly tokens: TokenStream;
  readonly lexicon: Lexicon;
  readonly language: Language;
  readonly matches: PhraseMatchTable;
}

type Matches = ReadonlyArray<PhraseMatch<LexiconEntry>>;
const NO_MATCHES: Matches = [];

/**
 * Phrase matches by start token, longest first. Matches at capitalised tokens (where every
 * name starts) are found up front; other positions on demand. A slot per token in a typed
 * array, not a Map: on a 10 MB text the lookups run millions of times.
 */
export class PhraseMatchTable {
  /** Per token: 0 not looked up yet, -1 no match, k > 0 the matches are lists[k - 1]. */
  private readonly slots: Int32Array;
  private readonly lists: Matches[] = [];
  /** Capitalised tokens where a phrase starts, in text order. */
  readonly capitalizedStarts: number[] = [];

  constructor(
    private readonly tokens: TokenStream,
    private readonly lexicon: Lexicon,
  ) {
    this.slots = new Int32Array(tokens.count);
    const { wordIds, flags } = tokens;
    let scratch: Array<PhraseMatch<LexiconEntry>> = [];
    for (let i = 0; i < tokens.count; i++) {
      if ((flags[i]! & TokenFlag.Capitalized) === 0) continue;
      this.slots[i] = -1;
      const wordId = wordIds[i]!;
      if (wordId < 0 || (lexicon.wordFlags(wordId) & WordFlag.PhraseStart) === 0) continue;
      lexicon.phrases.matchAt(tokens, i, scratch);
      if (scratch.length > 0) {
        this.lists.push(scratch);
        this.slots[i] = this.lists.length;
        this.capitalizedStarts.push(i);
        scratch = [];
      }
    }
  }

  /** Every phrase starting at a token, longest first; computed once per position. */
  at(index: number): Matches {
    const slot = this.slots[index];
    if (slot === undefined || slot < 0) return NO_MATCHES;
    if (slot > 0) return this.lists[slot - 1]!;
    const wordId = this.tokens.wordIds[index]!;
    if (wordId < 0 || (this.lexicon.wordFlags(wordId) & WordFlag.PhraseStart) === 0) {
      this.slots[index] = -1;
      return NO_MATCHES;
    }
    const found: Array<PhraseMatch<LexiconEntry>> = [];
    this.lexicon.phrases.matchAt(this.tokens, index, found);
    if (found.length === 0) {
      this.slots[index] = -1;
      return NO_MATCHES;
    }
    this.lists.push(found);
    this.slots[index] = this.lists.length;
    return found;
  }

  /** The matches at capitalised token `index`, which were all found up front. */
  atCapitalized(index: number): Matches {
    const slot = this.slots[index]!;
    return slot > 0 ? this.lists[slot - 1]! : NO_MATCHES;
  }
}

/** Every phrase starting at a token, longest first; computed once per position. */
export function matchesAt(context: RecognitionContext, index: number): Matches {
  return context.matches.at(index);
}

export type Recognizer = (context: RecognitionContext, out: Candidate[]) => void;

/** Visits, at every capitalised token where one starts, the longest gazetteer match of a kind. */
export function forEachNameMatch<K extends LexiconEntry['kind']>(
  context: RecognitionContext,
  kind: K,
  visit: (match: PhraseMatch<Extract<LexiconEntry, { kind: K }>>) => void,
): void {
  const table = context.matches;
  for (const index of table.capitalizedStarts) {
    for (const match of table.atCapitalized(index)) {
      if (match.payload.kind === kind) {
        visit(match as PhraseMatch<Extract<LexiconEntry, { kind: K }>>);
        break;
      }
    }
  }
}

/** The longest match of one kind starting at a token. */
export function matchOfKind<K extends LexiconEntry['kind']>(
  context: RecognitionContext,
  index: number,
  kind: K,
): PhraseMatch<Extract<LexiconEntry, { kind: K }>> | undefined {
  for (const match of matchesAt(context, index)) if (match.payload.kind === kind) return match as PhraseMatch<Extract<LexiconEntry, { kind: K }>>;
  return undefined;
}

export function isWord(tokens: TokenStream, index: number): boolean {
  return index >= 0 && index < tokens.count && tokens.kinds[index] === TokenKind.Word;
}

export function isPunct(tokens: TokenStream, index: number, char: string): boolean {
  return (
    index >= 0 &&
    index < tokens.count &&
    tokens.kinds[index] === TokenKind.Punct &&
    tokens.ends[index]! - tokens.starts[index]! === 1 &&
    tokens.text.charCodeAt(tokens.starts[index]!) === char.charCodeAt(0)
  );
}

/** A capitalised word whose vocabulary entry carries `flag` ("Bank" as a name's head, "Pendidikan" as a portfolio). */
export function isCapitalizedWordWith(context: RecognitionContext, index: number, flag: WordFlag): boolean {
  const { tokens, lexicon } = context;
  return isWord(tokens, index) && (tokens.flags[index]! & TokenFlag.Capitalized) !== 0 && lexicon.hasFlag(tokens.wordIds[index]!, flag);
}

export function isAttachedToPrevious(tokens: TokenStream, index: number): boolean {
  return index > 0 && index < tokens.count && (tokens.flags[index]! & TokenFlag.SpaceBefore) === 0;
}

export function tokenLower(tokens: TokenStream, index: number): string {
  return tokens.text.slice(tokens.starts[index]!, tokens.ends[index]!).toLowerCase();
}
