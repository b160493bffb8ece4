import { TokenFlag, TokenKind, type TokenStream } from '../text/tokenize';

/** How a word of a phrase must be written in the text to match. */
export const enum CaseRule {
  Any = 0,
  /** Starts with a capital (or is all caps): proper names. */
  Capitalized = 1,
  /** All caps exactly as written: "AS", "RI", "UEA" never match "as", "Ri". */
  AllCaps = 2,
  /** Bit added to a rule: the word is written against the one before it ("US$", "A$"). */
  Attached = 4,
}

export interface PhraseMatch<T> {
  readonly payload: T;
  /** Index of the first token and one past the last. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

interface Terminal<T> {
  readonly payload: T;
  readonly caseRules: Uint8Array;
}

/** Phrases as sequences of vocabulary ids, matched against tokens, longest first. */
export class PhraseTrie<T> {
  private readonly children: Array<Map<number, number> | undefined> = [undefined];
  private readonly terminals: Array<Array<Terminal<T>> | undefined> = [undefined];

  add(wordIds: readonly number[], caseRules: Uint8Array, payload: T): void {
    let node = 0;
    for (const wordId of wordIds) {
      let map = this.children[node];
      if (!map) {
        map = new Map();
        this.children[node] = map;
      }
      let next = map.get(wordId);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(undefined);
        this.terminals.push(undefined);
        map.set(wordId, next);
      }
      node = next;
    }
    (this.terminals[node] ??= []).push({ payload, caseRules });
  }

  /**
   * Every phrase that starts at token `start`, longest first, whose case rules the text
   * satisfies. `accept` filters payloads (e.g. only titles).
   */
  matchAt(tokens: TokenStream, start: number, out: Array<PhraseMatch<T>>, accept?: (payload: T) => boolean): void {
    const first = out.length;
    let node = 0;
    for (let i = start; i < tokens.count; i++) {
      const wordId = tokens.wordIds[i]!;
      if (wordId < 0) break;
      const next = this.children[node]?.get(wordId);
      if (next === undefined) break;
      node = next;
      const terminals = this.terminals[node];
      if (!terminals) continue;
      for (const terminal of terminals) {
        if ((!accept || accept(terminal.payload)) && satisfiesCase(tokens, start, terminal.caseRules)) {
          out.push({ payload: terminal.payload, tokenStart: start, tokenEnd: i + 1 });
        }
      }
    }
    // Found shortest first; callers want the longest first.
    for (let a = first, b = out.length - 1; a < b; a++, b--) {
      const swap = out[a]!;
      out[a] = out[b]!;
      out[b] = swap;
    }
  }
}

function satisfiesCase(tokens: TokenStream, start: number, rules: Uint8Array): boolean {
  for (let k = 0; k < rules.length; k++) {
    const index = start + k;
    let rule = rules[k]!;
    if (rule & CaseRule.Attached) {
      if (tokens.flags[index]! & TokenFlag.SpaceBefore) return false;
      rule &= ~CaseRule.Attached;
    }
    if (rule === CaseRule.Any) continue;
    if (tokens.kinds[index] !== TokenKind.Word) continue;
    const flags = tokens.flags[index]!;
    if (rule === CaseRule.AllCaps ? (flags & TokenFlag.AllCaps) === 0 : (flags & TokenFlag.Capitalized) === 0) return false;
  }
  return true;
}
