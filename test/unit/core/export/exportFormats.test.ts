import { strict as assert } from 'node:assert';
import { codePointOffsets, toBratStandoff, toConll, toDoccano, toW3cWebAnnotation, type AnnotatedDocument } from '../../../../src/core';

// Hand-built: a flag emoji (4 UTF-16 units, 2 code points) and CRLF line endings, where the
// engine's UTF-16 offsets and the code points brat, doccano and W3C count differ.
const TEXT = '🇮🇩 Prabowo\r\nmet Xi Jinping.\r\n';
const DOCUMENT: AnnotatedDocument = {
  schemaVersion: 1,
  source: { path: 'samples/meeting.txt', language: 'en', length: TEXT.length, sha256: 'a'.repeat(64) },
  annotations: [
    { id: 'a1', type: 'leader', start: 5, end: 12, text: 'Prabowo', entityId: 'e1', role: 'President' },
    { id: 'a2', type: 'leader', start: 18, end: 28, text: 'Xi Jinping', entityId: 'e2' },
  ],
  entities: [
    { id: 'e1', type: 'leader', name: 'Prabowo Subianto', attributes: { countryCode: 'ID' }, mentions: ['a1'] },
    { id: 'e2', type: 'leader', name: 'Xi Jinping', attributes: { countryCode: 'CN', wikidata: 'Q15031' }, mentions: ['a2'] },
  ],
};

describe('export formats', () => {
  it('checks the fixture against itself', () => {
    for (const a of DOCUMENT.annotations) assert.equal(TEXT.slice(a.start, a.end), a.text);
  });

  it('converts UTF-16 offsets to code points', () => {
    const toCodePoint = codePointOffsets(TEXT);
    assert.deepEqual([0, 2, 4, 5, 12, 14, 18, 28].map(toCodePoint), [0, 1, 2, 3, 10, 12, 16, 26]);
  });

  it('writes doccano JSONL with code-point offsets', () => {
    assert.equal(toDoccano(DOCUMENT, TEXT), JSON.stringify({ text: TEXT, label: [[3, 10, 'LEADER'], [16, 26, 'LEADER']] }) + '\n');
  });

  it('writes brat standoff with code-point offsets, normalisations and notes', () => {
    assert.equal(
      toBratStandoff(DOCUMENT, TEXT),
      [
        'T1\tLeader 3 10\tPrabowo',
        '#1\tAnnotatorNotes T1\tPrabowo Subianto',
        'T2\tLeader 16 26\tXi Jinping',
        'N1\tReference T2 Wikidata:Q15031\tXi Jinping',
        '#2\tAnnotatorNotes T2\tXi Jinping',
        '',
      ].join('\n'),
    );
  });

  it('writes W3C Web Annotations with quote and code-point position selectors', () => {
    const collection = JSON.parse(toW3cWebAnnotation(DOCUMENT, TEXT));
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 2);
    const [first, second] = collection.first.items;
    assert.equal(first.type, 'Annotation');
    assert.equal(first.target.source, 'samples/meeting.txt');
    assert.deepEqual(first.target.selector, [
      { type: 'TextQuoteSelector', exact: 'Prabowo', prefix: '🇮🇩 ', suffix: '\r\nmet Xi Jinping.\r\n' },
      { type: 'TextPositionSelector', start: 3, end: 10 },
    ]);
    assert.deepEqual(second.target.selector[1], { type: 'TextPositionSelector', start: 16, end: 26 });
    assert.deepEqual(second.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'leader' },
      { type: 'TextualBody', purpose: 'describing', value: 'Xi Jinping' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q15031' },
    ]);
  });

  it('writes CoNLL IOB2 tokens with sentence breaks at line ends and full stops', () => {
    assert.equal(
      toConll(DOCUMENT, TEXT),
      ['-DOCSTART-\tO', '', '🇮\tO', '🇩\tO', 'Prabowo\tB-LEADER', '', 'met\tO', 'Xi\tB-LEADER', 'Jinping\tI-LEADER', '.\tO', '', ''].join('\n'),
    );
  });

  it('keeps the outer mention where CoNLL cannot nest', () => {
    const text = 'naik 4,3 miliar dollar AS.';
    const document: AnnotatedDocument = {
      ...DOCUMENT,
      source: { ...DOCUMENT.source, length: text.length },
      annotations: [
        { id: 'a1', type: 'amount', start: 5, end: 25, text: '4,3 miliar dollar AS', entityId: 'e1', value: 4.3e9, unit: 'USD' },
        { id: 'a2', type: 'country', start: 23, end: 25, text: 'AS', entityId: 'e2' },
      ],
    };
    assert.equal(
      toConll(document, text),
      ['-DOCSTART-\tO', '', 'naik\tO', '4,3\tB-AMOUNT', 'miliar\tI-AMOUNT', 'dollar\tI-AMOUNT', 'AS\tI-AMOUNT', '.\tO', '', ''].join('\n'),
    );
  });
});
