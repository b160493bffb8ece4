import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core';
import { firstMentions } from '../../../src/extension/presentation/firstMentions';

describe('first mentions', () => {
  it("finds each entity's first mention, the annotation its mention list starts with", () => {
    const text = 'Raisi tiba. Presiden Iran Ebrahim Raisi bertemu Lukashenko di Belarus. Raisi dan Lukashenko sepakat; Iran senang.';
    const document = annotate(text);
    const firsts = firstMentions(document);
    assert.equal(firsts.size, document.entities.length);
    for (const entity of document.entities) assert.equal(firsts.get(entity.id)?.id, entity.mentions[0], entity.name);
    const iran = document.entities.find((e) => e.type === 'country' && e.name.includes('Iran'))!;
    assert.equal(firsts.get(iran.id)!.start, text.indexOf('Iran'));
    assert.equal(firstMentions(document), firsts, 'computed once per result');
  });
});
