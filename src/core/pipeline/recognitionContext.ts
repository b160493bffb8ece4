import { WordFlag, type Lexicon, type LexiconEntry, type MoreWordFlag } from '../lexicon/lexicon';
import type { PhraseMatch, PhraseMatchSink } from '../lexicon/phraseTrie';
import type { Language } from '../model/entityType';
import { NON_BREAKING_HYPHEN, UNICODE_HYPHEN } from '../text/characterClass';
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

type EntryOfKind<K extends LexiconEntry['kind']> = Extract<LexiconEntry, { kind: K }>;

interface CapitalizedMatches {
  readonly starts: number[];
  /** Per start, the rank (see PhraseMatchTable.payloadAt) of the kind's longest match there. */
  readonly ranks: number[];
}

const NO_CAPITALIZED_MATCHES: Readonly<CapitalizedMatches> = { starts: [], ranks: [] };

/**
 * Phrase matches by start token, longest first. Matches at capitalised tokens (where every
 * name starts) are found up front; other positions on demand. The matches live in flat
 * typed arrays (payload id, end token), found through a slot per token: on a 10 MB text
 * there are hundreds of thousands, and as objects they would all survive to the end of
 * the run and be copied by the garbage collector.
 */
export class PhraseMatchTable implements PhraseMatchSink {
  /** Per token: 0 not looked up yet, -1 no match, k > 0 the first match is at k - 1. */
  private readonly firsts: Int32Array;
  private readonly counts: Uint8Array;
  private payloadIds: Int32Array;
  private ends: Int32Array;
  private size = 0;
  /** Per kind of entry, the capitalised tokens where a phrase of that kind starts (in text order) and its rank there. */
  private readonly capitalizedMatchesByKind = new Map<LexiconEntry['kind'], CapitalizedMatches>();

  constructor(
    private readonly tokens: TokenStream,
    private readonly lexicon: Lexicon,
  ) {
    this.firsts = new Int32Array(tokens.count);
    this.counts = new Uint8Array(tokens.count);
    const capacity = (tokens.count >> 3) + 16;
    this.payloadIds = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    const { wordIds, flags } = tokens;
    for (let i = 0; i < tokens.count; i++) {
      if ((flags[i]! & TokenFlag.Capitalized) === 0) continue;
      const wordId = wordIds[i]!;
      if (wordId < 0 || (lexicon.wordFlags(wordId) & WordFlag.PhraseStart) === 0) {
        this.firsts[i] = -1;
        continue;
      }
      const count = this.lookUp(i);
      for (let k = 0; k < count; k++) {
        const kind = this.payloadAt(i, k).kind;
        let matches = this.capitalizedMatchesByKind.get(kind);
        if (matches === undefined) this.capitalizedMatchesByKind.set(kind, (matches = { starts: [], ranks: [] }));
        // Longest first: the first rank of a kind at a start is its longest match there.
        if (matches.starts[matches.starts.length - 1] === i) continue;
        matches.starts.push(i);
        matches.ranks.push(k);
      }
    }
  }

  /** The capitalised tokens where a phrase of a kind starts, in text order, with the rank of its longest one there. */
  capitalizedMatches(kind: LexiconEntry['kind']): Readonly<CapitalizedMatches> {
    return this.capitalizedMatchesByKind.get(kind) ?? NO_CAPITALIZED_MATCHES;
  }

  add(payloadId: number, tokenEnd: number): void {
    if (this.size === this.ends.length) {
      const capacity = Math.ceil(this.size * 1.5);
      const payloadIds = new Int32Array(capacity);
      payloadIds.set(this.payloadIds);
      this.payloadIds = payloadIds;
      const ends = new Int32Array(capacity);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.payloadIds[this.size] = payloadId;
    this.ends[this.size] = tokenEnd;
    this.size++;
  }

  /** How many phrases start at a token; computed once per position. */
  countAt(index: number): number {
    const first = this.firsts[index];
    if (first === undefined || first < 0) return 0;
    if (first > 0) return this.counts[index]!;
    const wordId = this.tokens.wordIds[index]!;
    if (wordId < 0 || (this.lexicon.wordFlags(wordId) & WordFlag.PhraseStart) === 0) {
      this.firsts[index] = -1;
      return 0;
    }
    return this.lookUp(index);
  }

  /** The payload of the k-th longest phrase at a token (k < countAt(index)). */
  payloadAt(index: number, k: number): LexiconEntry {
    return this.lexicon.phrases.payload(this.payloadIds[this.firsts[index]! - 1 + k]!);
  }

  /** One past the last token of the k-th longest phrase at a token. */
  endAt(index: number, k: number): number {
    return this.ends[this.firsts[index]! - 1 + k]!;
  }

  /** The rank of the longest phrase of a kind at a token, or -1. */
  findKind(index: number, kind: LexiconEntry['kind']): number {
    const count = this.countAt(index);
    for (let k = 0; k < count; k++) if (this.payloadAt(index, k).kind === kind) return k;
    return -1;
  }

  private lookUp(index: number): number {
    const first = this.size;
    const found = Math.min(this.lexicon.phrases.matchAt(this.tokens, index, this), 255);
    this.size = first + found;
    if (found === 0) {
      this.firsts[index] = -1;
      return 0;
    }
    // Found shortest first; callers want the longest first.
    for (let a = first, b = this.size - 1; a < b; a++, b--) {
      const payloadId = this.payloadIds[a]!;
      this.payloadIds[a] = this.payloadIds[b]!;
      this.payloadIds[b] = payloadId;
      const end = this.ends[a]!;
      this.ends[a] = this.ends[b]!;
      this.ends[b] = end;
    }
    this.firsts[index] = first + 1;
    this.counts[index] = found;
    return found;
  }
}

export type Recognizer = (context: RecognitionContext, out: Candidate[]) => void;

/** Visits, at every capitalised token where one starts, the longest gazetteer match of a kind. */
export function forEachNameMatch<K extends LexiconEntry['kind']>(
  context: RecognitionContext,
  kind: K,
  visit: (payload: EntryOfKind<K>, tokenStart: number, tokenEnd: number) => void,
): void {
  someNameMatch(context, kind, (payload, tokenStart, tokenEnd) => {
    visit(payload, tokenStart, tokenEnd);
    return false;
  });
}

/** Whether, at some capitalised token where one starts, the longest gazetteer match of a kind passes `accept` (the first such stops the search). */
export function someNameMatch<K extends LexiconEntry['kind']>(
  context: RecognitionContext,
  kind: K,
  accept: (payload: EntryOfKind<K>, tokenStart: number, tokenEnd: number) => boolean,
): boolean {
  const table = context.matches;
  const { starts, ranks } = table.capitalizedMatches(kind);
  for (let m = 0; m < starts.length; m++) {
    const index = starts[m]!;
    const k = ranks[m]!;
    if (accept(table.payloadAt(index, k) as EntryOfKind<K>, index, table.endAt(index, k))) return true;
  }
  return false;
}

/** Whether the longest match of one kind starting at a token is that one token ("Medina", "Mali"). */
export function isOneWordMatch(context: RecognitionContext, index: number, kind: LexiconEntry['kind']): boolean {
  const k = context.matches.findKind(index, kind);
  return k >= 0 && context.matches.endAt(index, k) === index + 1;
}

/** The longest match of one kind starting at a token. */
export function matchOfKind<K extends LexiconEntry['kind']>(
  context: RecognitionContext,
  index: number,
  kind: K,
): PhraseMatch<EntryOfKind<K>> | undefined {
  const table = context.matches;
  const k = table.findKind(index, kind);
  if (k < 0) return undefined;
  return { payload: table.payloadAt(index, k) as EntryOfKind<K>, tokenStart: index, tokenEnd: table.endAt(index, k) };
}

/** An organisation named after "of" or "in" and an optional "the" at `index`: "Managing Director of the IMF", "Leader of the Opposition in the Lok Sabha". */
export function organizationAfterOf(context: RecognitionContext, index: number): PhraseMatch<EntryOfKind<'organization'>> | undefined {
  const { tokens } = context;
  if (!isWordSpelled(tokens, index, 'of') && !isWordSpelled(tokens, index, 'in')) return undefined;
  const at = afterDefiniteArticle(tokens, index + 1);
  return matchOfKind(context, at, 'organization');
}

/**
 * Looking back from `end` at most `maxTokens` starts, the nearest start whose longest match
 * of a kind ends exactly at `end` and passes `accept`: "Australia" before "'s Minister",
 * "Bisnis Indonesia" before "-Polandia".
 */
export function matchEndingAt<K extends LexiconEntry['kind']>(
  context: RecognitionContext,
  kind: K,
  end: number,
  maxTokens: number,
  accept?: (match: PhraseMatch<EntryOfKind<K>>) => boolean,
): PhraseMatch<EntryOfKind<K>> | undefined {
  for (let start = end - 1; start >= 0 && start >= end - maxTokens; start--) {
    const match = matchOfKind(context, start, kind);
    if (match && match.tokenEnd === end && (!accept || accept(match))) return match;
  }
  return undefined;
}

const MAX_TITLE_WORDS = 4;

/** Whether a title (one that `accept` takes) ends right before `index`: "Head of State" before "of Qatar". */
export function followsTitle(context: RecognitionContext, index: number, accept?: (title: PhraseMatch<EntryOfKind<'title'>>) => boolean): boolean {
  return matchEndingAt(context, 'title', index, MAX_TITLE_WORDS, accept) !== undefined;
}

/** Whether a leader's title ends right before `index`: "Gubernur Mirza", "President Xi". */
export function followsLeaderTitle(context: RecognitionContext, index: number): boolean {
  return followsTitle(context, index, (title) => title.payload.leader);
}

const MAX_PARENTHESIS_TOKENS = 4;

/**
 * The token after a short parenthesis at `start`, or `start` if there is none: an aside after
 * a title ("Menteri Pertahanan (Menhan) Sjafrie"), a portfolio after a name ("(Finance)").
 */
export function skipParenthesis(context: RecognitionContext, start: number, maxTokens = MAX_PARENTHESIS_TOKENS): number {
  const { tokens } = context;
  if (!isPunct(tokens, start, '(')) return start;
  for (let i = start + 1; i < tokens.count && i <= start + maxTokens + 1; i++) {
    if (isPunct(tokens, i, ')')) return i + 1;
  }
  return start;
}

/** Where a short parenthesis closing right before `end` opens, or `end`: skipParenthesis read backwards ("(Kadin)" before "Indonesia"). */
export function parenthesisStartBefore(context: RecognitionContext, end: number, maxTokens = MAX_PARENTHESIS_TOKENS): number {
  const { tokens } = context;
  if (!isPunct(tokens, end - 1, ')')) return end;
  for (let i = end - 2; i >= 0 && i >= end - 2 - maxTokens; i--) if (isPunct(tokens, i, '(')) return i;
  return end;
}

export function isWord(tokens: TokenStream, index: number): boolean {
  return index >= 0 && index < tokens.count && tokens.kinds[index] === TokenKind.Word;
}

/** Whether the token is a word of the set (or a map's keys), by vocabulary id. */
export function isWordIn(tokens: TokenStream, index: number, words: { has(wordId: number): boolean }): boolean {
  return isWord(tokens, index) && words.has(tokens.wordIds[index]!);
}

/** The code unit of a one-character mark at `index`, or -1 for any other token: for loops that test every token against several marks. */
export function markAt(tokens: TokenStream, index: number): number {
  if (index < 0 || index >= tokens.count || tokens.kinds[index] !== TokenKind.Punct || tokens.ends[index]! - tokens.starts[index]! !== 1) return -1;
  return tokens.text.charCodeAt(tokens.starts[index]!);
}

export function isPunct(tokens: TokenStream, index: number, char: string): boolean {
  const code = markAt(tokens, index);
  if (code < 0) return false;
  const wanted = char.charCodeAt(0);
  // "COVID‑19", "Akufo‑Addo": the Unicode hyphen and the non-breaking one are the hyphen.
  return code === wanted || (wanted === HYPHEN && (code === UNICODE_HYPHEN || code === NON_BREAKING_HYPHEN));
}

const HYPHEN = 0x2d;

export function isCapitalizedWord(context: RecognitionContext, index: number): boolean {
  return isWord(context.tokens, index) && (context.tokens.flags[index]! & TokenFlag.Capitalized) !== 0;
}

/** A word whose first letter is not a capital ("dan", "to", "hua" in "Mei-hua"). */
export function isLowerCaseWord(context: RecognitionContext, index: number): boolean {
  return isWord(context.tokens, index) && (context.tokens.flags[index]! & TokenFlag.Capitalized) === 0;
}

/** A word whose vocabulary entry carries `flag` ("dan" as a list joiner), in any case. */
export function isWordWith(context: RecognitionContext, index: number, flag: WordFlag): boolean {
  return isWord(context.tokens, index) && context.lexicon.hasFlag(context.tokens.wordIds[index]!, flag);
}

/** A capitalised word whose vocabulary entry carries `flag` ("Bank" as a name's head, "Pendidikan" as a portfolio). */
export function isCapitalizedWordWith(context: RecognitionContext, index: number, flag: WordFlag): boolean {
  return isCapitalizedWord(context, index) && context.lexicon.hasFlag(context.tokens.wordIds[index]!, flag);
}

/** A capitalised word of the set, by vocabulary id ("Muda" after a rank, "Utara" as a compass word). */
export function isCapitalizedWordIn(context: RecognitionContext, index: number, words: { has(wordId: number): boolean }): boolean {
  return isCapitalizedWord(context, index) && words.has(context.tokens.wordIds[index]!);
}

/** The same for the lexicon's further flags ("Republik" as a state's form, "Sosialis" as its modifier). */
export function isCapitalizedWordWithMore(context: RecognitionContext, index: number, flag: MoreWordFlag): boolean {
  return isCapitalizedWord(context, index) && context.lexicon.hasMoreFlag(context.tokens.wordIds[index]!, flag);
}

/** A possessive "'s" (or "’s") starting at `index`: the apostrophe and the "s" are two tokens. */
export function isPossessiveAt(tokens: TokenStream, index: number): boolean {
  return (isPunct(tokens, index, "'") || isPunct(tokens, index, '’')) && isWord(tokens, index + 1) && tokenLower(tokens, index + 1) === 's';
}

/** A hyphen written against the tokens on both sides: "four-day", "Su-35", "737-800". */
export function isJoiningHyphen(tokens: TokenStream, index: number): boolean {
  return isPunct(tokens, index, '-') && isAttachedToPrevious(tokens, index) && isAttachedToPrevious(tokens, index + 1);
}

/** A word of two or more capitals: "CPN", "INDONESIA". */
export function isAllCapsWord(tokens: TokenStream, index: number): boolean {
  return isWord(tokens, index) && (tokens.flags[index]! & TokenFlag.AllCaps) !== 0;
}

/** A hyphen, an en dash or an em dash. */
export function isDash(tokens: TokenStream, index: number): boolean {
  return isPunct(tokens, index, '-') || isPunct(tokens, index, '–') || isPunct(tokens, index, '—');
}

/** A hyphen or an en dash written against the tokens on both sides: "Brazil–China Business Forum", "one–day". */
export function isJoiningDash(tokens: TokenStream, index: number): boolean {
  return isJoiningHyphen(tokens, index) || (isPunct(tokens, index, '–') && isAttachedToPrevious(tokens, index) && isAttachedToPrevious(tokens, index + 1));
}

export function isAttachedToPrevious(tokens: TokenStream, index: number): boolean {
  return index > 0 && index < tokens.count && (tokens.flags[index]! & TokenFlag.SpaceBefore) === 0;
}

/** One past "the" at `index` ("of the Philippines"), or `index` where no article stands. */
export function afterDefiniteArticle(tokens: TokenStream, index: number): number {
  return isWordSpelled(tokens, index, 'the') ? index + 1 : index;
}

/**
 * Whether the token is the given lower-case ASCII word in any case, without building the
 * token's string: checks that run at every candidate ("the", "of") must not allocate.
 */
export function isWordSpelled(tokens: TokenStream, index: number, word: string): boolean {
  if (!isWord(tokens, index)) return false;
  const start = tokens.starts[index]!;
  if (tokens.ends[index]! - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((tokens.text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

export function tokenLower(tokens: TokenStream, index: number): string {
  return tokens.text.slice(tokens.starts[index]!, tokens.ends[index]!).toLowerCase();
}
