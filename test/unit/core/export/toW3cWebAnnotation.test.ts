import { strict as assert } from 'node:assert';
import { toW3cWebAnnotation, type AnnotatedDocument } from '../../../../src/core';
import { MEETING, MEETING_TEXT } from './handBuiltDocuments';

const SHA = 'a'.repeat(64);

describe('toW3cWebAnnotation', () => {
  const collection = JSON.parse(toW3cWebAnnotation(MEETING, MEETING_TEXT));

  it('writes an AnnotationCollection with one annotation per mention on its first page', () => {
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.id, `urn:sha256:${SHA}`);
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 5);
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.first.startIndex, 0);
    assert.deepEqual(
      collection.first.items.map((item: { id: string }) => item.id),
      ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => `urn:sha256:${SHA}#${id}`),
    );
  });

  it('tags, describes and identifies the entity, and selects the mention by quote and code-point position', () => {
    assert.deepEqual(collection.first.items[1], {
      id: `urn:sha256:${SHA}#a2`,
      type: 'Annotation',
      motivation: 'tagging',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'country' },
        { type: 'TextualBody', purpose: 'describing', value: 'Jepang' },
        { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q17' },
      ],
      target: {
        source: 'articles/pertemuan.txt',
        selector: [
          // 32 UTF-16 units of context either side; 42 − 32 = 10 falls inside the flag's
          // first regional indicator, so the prefix starts after it, at 11.
          { type: 'TextQuoteSelector', exact: 'Jepang', prefix: '🇩 Prabowo Subianto bertemu PM ', suffix: ' Shigeru Ishiba.\r\nNilai dagang n' },
          { type: 'TextPositionSelector', start: 40, end: 46 },
        ],
      },
    });
  });

  it('gives no identifying body to an entity without a Wikidata id', () => {
    assert.deepEqual(collection.first.items[2].body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'leader' },
      { type: 'TextualBody', purpose: 'describing', value: 'Shigeru Ishiba' },
    ]);
    assert.deepEqual(collection.first.items[2].target.selector[1], { type: 'TextPositionSelector', start: 47, end: 61 });
  });

  it('counts positions in code points after the emoji and keeps the CRLF in the quote', () => {
    const [quote, position] = collection.first.items[4].target.selector;
    assert.deepEqual(position, { type: 'TextPositionSelector', start: 99, end: 101 });
    assert.equal(quote.prefix, 'ai dagang naik 4,3 miliar dolar ');
    assert.equal(quote.suffix, ' 👍.\r\n');
    const codePoints = Array.from(MEETING_TEXT);
    for (const item of collection.first.items) {
      const [{ exact }, { start, end }] = item.target.selector;
      assert.equal(codePoints.slice(start, end).join(''), exact);
    }
  });

  it('never cuts a code point in half at the edge of the quote context', () => {
    const text = '👍' + 'x'.repeat(31) + 'Jokowi' + 'y'.repeat(31) + '👍';
    const document: AnnotatedDocument = {
      schemaVersion: 1,
      source: { uri: 'file:///tmp/context.txt', language: 'id', length: text.length, sha256: SHA },
      annotations: [{ id: 'a1', type: 'leader', start: 33, end: 39, text: 'Jokowi', entityId: 'e1' }],
      entities: [{ id: 'e1', type: 'leader', name: 'Joko Widodo', attributes: {}, mentions: ['a1'] }],
    };
    const [item] = JSON.parse(toW3cWebAnnotation(document, text)).first.items;
    assert.equal(item.target.source, 'file:///tmp/context.txt');
    assert.deepEqual(item.target.selector, [
      { type: 'TextQuoteSelector', exact: 'Jokowi', prefix: 'x'.repeat(31), suffix: 'y'.repeat(31) },
      { type: 'TextPositionSelector', start: 32, end: 38 },
    ]);
  });
});
