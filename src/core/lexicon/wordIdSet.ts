/**
 * A set of vocabulary ids as a bit array. Recognisers ask "is this token one of these words?"
 * at nearly every token of a text; a bit test is several times cheaper than a Set's hash lookup.
 */
export class WordIdSet {
  private bits = new Uint32Array(0);
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(id: number): this {
    const word = id >>> 5;
    if (word >= this.bits.length) {
      const bits = new Uint32Array(Math.max(word + 1, this.bits.length * 2));
      bits.set(this.bits);
      this.bits = bits;
    }
    const bit = 1 << (id & 31);
    if ((this.bits[word]! & bit) === 0) {
      this.bits[word] = this.bits[word]! | bit;
      this.count++;
    }
    return this;
  }

  /** -1 (a word the vocabulary does not know) is in no set. */
  has(id: number): boolean {
    const word = id >>> 5;
    return word < this.bits.length && (this.bits[word]! & (1 << (id & 31))) !== 0;
  }
}
