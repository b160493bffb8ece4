import { charClass, lowerCode } from './characterClass';

// FNV-1a over case-folded UTF-16 code units. The tokenizer computes it while scanning, so
// looking a word up in the vocabulary never allocates a string.
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(hash: number, foldedCode: number): number {
  return Math.imul(hash ^ foldedCode, 16777619);
}

export function hashWord(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    charClass(code);
    hash = hashStep(hash, lowerCode(code));
  }
  return hash;
}

/**
 * Built in one piece: a string grown by += is a V8 concatenation tree, and one such string
 * passed to the vocabulary's lookup slows its every later comparison with an article.
 */
export function foldCase(word: string): string {
  const codes = new Array<number>(word.length);
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    charClass(code);
    codes[i] = lowerCode(code);
  }
  return String.fromCharCode(...codes);
}
