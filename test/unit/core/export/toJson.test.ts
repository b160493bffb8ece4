import { strict as assert } from 'node:assert';
import { toJson, toJsonLine, type AnnotatedDocument } from '../../../../src/core';
import { INSIDE_WORD, MEETING } from './handBuiltDocuments';

describe('toJson', () => {
  it('pretty-prints the document with two spaces and a trailing newline', () => {
    assert.equal(
      toJson(INSIDE_WORD),
      `{
  "schemaVersion": 1,
  "source": {
    "language": "id",
    "length": 23,
    "sha256": "${'c'.repeat(64)}"
  },
  "annotations": [
    {
      "id": "a1",
      "type": "country",
      "start": 6,
      "end": 12,
      "text": "Jepang",
      "entityId": "e1"
    }
  ],
  "entities": [
    {
      "id": "e1",
      "type": "country",
      "name": "Jepang",
      "attributes": {
        "iso3166": "JP"
      },
      "mentions": [
        "a1"
      ]
    }
  ]
}
`,
    );
  });

  it('round-trips a document with every optional field', () => {
    assert.deepEqual(JSON.parse(toJson(MEETING)), MEETING);
  });

  it('refuses a document that breaks the schema, naming where', () => {
    const emptySpan = structuredClone(MEETING);
    emptySpan.annotations[1]!.end = emptySpan.annotations[1]!.start;
    assert.throws(() => toJson(emptySpan), /does not match its schema \(annotations\.1: end must be greater than start\)/);

    const noHash = structuredClone(MEETING);
    Reflect.deleteProperty(noHash.source, 'sha256');
    assert.throws(() => toJson(noHash), /source\.sha256/);

    assert.throws(() => toJson({ ...MEETING, schemaVersion: 2 } as unknown as AnnotatedDocument), /schemaVersion/);
  });

  it('leaves out keys the schema does not know, so the file always passes the published schema', () => {
    const extended = { ...INSIDE_WORD, debug: { timing: 3 } } as AnnotatedDocument;
    assert.equal(toJson(extended), toJson(INSIDE_WORD));
  });

  it('writes a JSON Lines line: the same validated document on one line', () => {
    const line = toJsonLine(MEETING);
    assert.ok(line.endsWith('}\n') && !line.slice(0, -1).includes('\n'));
    assert.deepEqual(JSON.parse(line), JSON.parse(toJson(MEETING)));
    assert.equal(toJsonLine({ ...INSIDE_WORD, debug: true } as AnnotatedDocument), toJsonLine(INSIDE_WORD));
    const noHash = structuredClone(MEETING);
    Reflect.deleteProperty(noHash.source, 'sha256');
    assert.throws(() => toJsonLine(noHash), /source\.sha256/);
  });
});
