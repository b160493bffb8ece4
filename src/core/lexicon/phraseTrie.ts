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

/** Receives matches as (payload id, end token) pairs, so that matching allocates nothing. */
export interface PhraseMatchSink {
  add(payloadId: number, tokenEnd: number): void;
}

interface Terminal {
  readonly payloadId: number;
  readonly caseRules: Uint8Array;
}

/**
 * Phrases as sequences of vocabulary ids, matched against tokens, longest first. The edges
 * of all nodes live in one open-addressing table keyed by (node, word id): matching a name
 * is a few typed-array reads per word, with no Map per node.
 */
export class PhraseTrie<T> {
  private nodeCount = 1;
  private readonly terminals: Array<Terminal[] | undefined> = [undefined];
  private readonly payloads: T[] = [];
  private edgeNodes = new Int32Array(1024).fill(-1);
  private edgeWords = new Int32Array(1024);
  private edgeTargets = new Int32Array(1024);
  private edgeCount = 0;

  add(wordIds: readonly number[], caseRules: Uint8Array, payload: T): void {
    let node = 0;
    for (const wordId of wordIds) {
      let next = this.child(node, wordId);
      if (next < 0) {
        next = this.nodeCount++;
        this.terminals.push(undefined);
        this.addEdge(node, wordId, next);
      }
      node = next;
    }
    (this.terminals[node] ??= []).push({ payloadId: this.payloads.length, caseRules });
    this.payloads.push(payload);
  }

  payload(payloadId: number): T {
    return this.payloads[payloadId]!;
  }

  /**
   * Every phrase that starts at token `start` whose case rules the text satisfies, given
   * to `sink` shortest first. Returns how many were found.
   */
  matchAt(tokens: TokenStream, start: number, sink: PhraseMatchSink): number {
    let found = 0;
    let node = 0;
    for (let i = start; i < tokens.count; i++) {
      const wordId = tokens.wordIds[i]!;
      // No phrase runs over a line break that is not a wrap: "30 Billion Yuan⏎⏎China has agreed".
      if (wordId < 0 || (i > start && (tokens.flags[i]! & TokenFlag.LineStart) !== 0)) break;
      const next = this.child(node, wordId);
      if (next < 0) break;
      node = next;
      const terminals = this.terminals[node];
      if (!terminals) continue;
      for (const terminal of terminals) {
        if (satisfiesCase(tokens, start, terminal.caseRules)) {
          sink.add(terminal.payloadId, i + 1);
          found++;
        }
      }
    }
    return found;
  }

  private child(node: number, wordId: number): number {
    const mask = this.edgeNodes.length - 1;
    for (let slot = edgeHash(node, wordId) & mask; ; slot = (slot + 1) & mask) {
      const owner = this.edgeNodes[slot]!;
      if (owner < 0) return -1;
      if (owner === node && this.edgeWords[slot] === wordId) return this.edgeTargets[slot]!;
    }
  }

  private addEdge(node: number, wordId: number, target: number): void {
    if ((this.edgeCount + 1) * 2 > this.edgeNodes.length) this.growEdges();
    this.insertEdge(node, wordId, target);
    this.edgeCount++;
  }

  private insertEdge(node: number, wordId: number, target: number): void {
    const mask = this.edgeNodes.length - 1;
    let slot = edgeHash(node, wordId) & mask;
    while (this.edgeNodes[slot]! >= 0) slot = (slot + 1) & mask;
    this.edgeNodes[slot] = node;
    this.edgeWords[slot] = wordId;
    this.edgeTargets[slot] = target;
  }

  private growEdges(): void {
    const nodes = this.edgeNodes;
    const words = this.edgeWords;
    const targets = this.edgeTargets;
    this.edgeNodes = new Int32Array(nodes.length * 2).fill(-1);
    this.edgeWords = new Int32Array(nodes.length * 2);
    this.edgeTargets = new Int32Array(nodes.length * 2);
    for (let slot = 0; slot < nodes.length; slot++) {
      if (nodes[slot]! >= 0) this.insertEdge(nodes[slot]!, words[slot]!, targets[slot]!);
    }
  }
}

function edgeHash(node: number, wordId: number): number {
  let hash = Math.imul(node, 0x9e3779b1) ^ wordId;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return hash ^ (hash >>> 13);
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
