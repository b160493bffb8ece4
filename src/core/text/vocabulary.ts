import { charClass, lowerCode } from './characterClass';
import { foldCase, hashWord } from './wordHash';

/**
 * Interns case-folded words to small integer ids in an open-addressing hash table, and
 * finds a word of the text by its hash and span without slicing it out.
 */
export class Vocabulary {
  private readonly words: string[] = [];
  /** Word ids written straight against the digits that follow them ("Rp5", "RM30"). */
  private readonly digitPrefixes = new Set<number>();
  private table = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(1024);

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** The id of a word, adding it if new. */
  intern(word: string): number {
    const folded = foldCase(word);
    const hash = hashWord(folded);
    const found = this.findFolded(folded, hash);
    if (found >= 0) return found;
    if ((this.words.length + 1) * 2 > this.table.length) this.grow();
    const id = this.words.length;
    this.words.push(folded);
    this.insert(id, hash);
    return id;
  }

  /** Marks a word that the tokenizer cuts off the digits written against it. */
  markDigitPrefix(id: number): void {
    this.digitPrefixes.add(id);
  }

  isDigitPrefix(id: number): boolean {
    return id >= 0 && this.digitPrefixes.has(id);
  }

  /** The id of a word already interned, or -1. */
  find(word: string): number {
    const folded = foldCase(word);
    return this.findFolded(folded, hashWord(folded));
  }

  /** The id of text[start, end) compared case-insensitively, given its folded hash; -1 if unknown. */
  findSpan(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]!;
      if (id < 0) return -1;
      if (this.hashes[slot] !== hash) continue;
      const word = this.words[id]!;
      if (word.length !== length) continue;
      // Compared here rather than by startsWith: that call costs more than the few code
      // units of a typical word, and most lookups end at the first one.
      let same = true;
      for (let i = 0; i < length; i++) {
        let code = text.charCodeAt(start + i);
        if (code >= 65 && code <= 90) code += 32;
        else if (code >= 128) {
          charClass(code);
          code = lowerCode(code);
        }
        if (code !== word.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private findFolded(folded: string, hash: number): number {
    return this.findSpan(folded, 0, folded.length, hash);
  }

  private insert(id: number, hash: number): void {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    while (this.table[slot]! >= 0) slot = (slot + 1) & mask;
    this.table[slot] = id;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.words.forEach((word, id) => this.insert(id, hashWord(word)));
  }
}
