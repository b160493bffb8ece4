import { strict as assert } from 'node:assert';
import { WordIdSet } from '../../../../src/core/lexicon/wordIdSet';

describe('WordIdSet', () => {
  it('holds the ids added, across word boundaries of its bits, and counts each once', () => {
    const set = new WordIdSet();
    for (const id of [0, 31, 32, 33, 1000, 31]) set.add(id);
    assert.equal(set.size, 5);
    for (const id of [0, 31, 32, 33, 1000]) assert.ok(set.has(id), `has ${id}`);
    for (const id of [1, 30, 34, 999, 1001, 100_000]) assert.ok(!set.has(id), `lacks ${id}`);
  });

  it('never holds -1, the id of a word the vocabulary does not know', () => {
    const set = new WordIdSet().add(0).add(31);
    assert.ok(!set.has(-1));
    assert.ok(!new WordIdSet().has(-1));
  });
});
