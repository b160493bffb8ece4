import { strict as assert } from 'node:assert';
import { bundledResources } from '../../../../src/core';
import { Lexicon, WordFlag } from '../../../../src/core/lexicon/lexicon';

describe('lexicon word classes', () => {
  const lexicon = new Lexicon(bundledResources());
  const id = (word: string) => lexicon.vocabulary.find(word);

  it('keeps each word class apart: a patronymic is no organisation head word and the reverse', () => {
    // Two flags once shared a bit, so "bin" read as "chief" and "chief" as "bin".
    assert.ok(lexicon.patronymics.has(id('bin')));
    assert.ok(!lexicon.patronymics.has(id('chief')));
    assert.ok(lexicon.hasFlag(id('chief'), WordFlag.OrganizationHeadWord));
    assert.ok(!lexicon.hasFlag(id('bin'), WordFlag.OrganizationHeadWord));
    assert.ok(lexicon.hasFlag(id('lain'), WordFlag.CountAdjective));
    assert.ok(!lexicon.hasFlag(id('kepala'), WordFlag.CountAdjective));
  });
});
