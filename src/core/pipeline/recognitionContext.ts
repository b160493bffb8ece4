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
  /**
   * Phrase matches starting at capitalised tokens (where every name starts), by start
   * token, longest first. Other positions are matched on demand through `matchesAt`.
   */
  readonly matches: Map<number, ReadonlyArray<PhraseMatch<LexiconEntry>>>;
}

const NO_MATCHES: ReadonlyArray<PhraseMatch<LexiconEntry>> = [];

/** Every phrase starting at a token, longest first; computed once per position. */
export function matchesAt(context: RecognitionContext, index: number): ReadonlyArray<PhraseMatch<LexiconEntry>> {
  const known = context.matches.get(index);
  if (known) return known;
  const { tokens, lexicon } = context;
  const wordId = tokens.wordIds[index] ?? -1;
  if (wordId < 0 || (lexicon.wordFlags(wordId) & WordFlag.PhraseStart) === 0) return NO_MATCHES;
  if ((tokens.flags[index]! & TokenFlag.Capitalized) !== 0) return NO_MATCHES;
  const found: Array<PhraseMatch<LexiconEntry>> = [];
  lexicon.phrases.matchAt(tokens, index, found);
  context.matches.set(index, found);
  return found;
}

export type Recognizer = (context: RecognitionContext, out: Candidate[]) => void;

export function findPhraseMatches(tokens: TokenStream, lexicon: Lexicon): Map<number, Array<PhraseMatch<LexiconEntry>>> {
  const matches = new Map<number, Array<PhraseMatch<LexiconEntry>>>();
  const wordIds = tokens.wordIds;
  const flags = tokens.flags;
  let scratch: Array<PhraseMatch<LexiconEntry>> = [];
  for (let i = 0; i < tokens.count; i++) {
    if ((flags[i]! & TokenFlag.Capitalized) === 0) continue;
    const wordId = wordIds[i]!;
    if (wordId < 0 || (lexicon.wordFlags(wordId) & WordFlag.PhraseStart) === 0) continue;
    lexicon.phrases.matchAt(tokens, i, scratch);
    if (scratch.length > 0) {
      matches.set(i, scratch);
      scratch = [];
    }
  }
  return matches;
}

/** Visits, at every capitalised token where one starts, the longest gazetteer match of a kind. */
export function forEachNameMatch<K extends LexiconEntry['kind']>(
  context: RecognitionContext,
  kind: K,
  visit: (match: PhraseMatch<Extract<LexiconEntry, { kind: K }>>) => void,
): void {
  for (const list of context.matches.values()) {
    for (const match of list) {
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

export function isAttachedToPrevious(tokens: TokenStream, index: number): boolean {
  return index > 0 && index < tokens.count && (tokens.flags[index]! & TokenFlag.SpaceBefore) === 0;
}

export function tokenLower(tokens: TokenStream, index: number): string {
  return tokens.text.slice(tokens.starts[index]!, tokens.ends[index]!).toLowerCase();
}
