import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import * as z from 'zod/mini';
import { AnnotatedDocumentSchema, annotate, toJson, type AnnotatedDocument } from '../../../../src/core';
import { HAND_BUILT, MEETING } from './handBuiltDocuments';

const ROOT = resolve(__dirname, '../../../../..');

describe('published JSON Schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/annotations.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  const check = (document: unknown, name: string) => assert.ok(validate(document), `${name}: ${JSON.stringify(validate.errors)}`);

  it('is generated from the zod schema the engine validates with', () => {
    assert.deepEqual(schema.properties, z.toJSONSchema(AnnotatedDocumentSchema, { target: 'draft-2020-12' }).properties);
  });

  it('accepts every hand-built fixture, as is and as exported', () => {
    for (const [name, document] of HAND_BUILT) {
      check(document, name);
      check(JSON.parse(toJson(document)), `${name} exported`);
    }
  });

  it('accepts what the engine makes of the sample articles and the fixtures', () => {
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt'));
    assert.ok(samples.length >= 5);
    for (const file of samples) check(JSON.parse(JSON.stringify(annotate(readFileSync(join(ROOT, 'samples', file), 'utf8'), { path: `samples/${file}` }))), file);
    for (const [name, , text] of HAND_BUILT) check(JSON.parse(JSON.stringify(annotate(text, { uri: 'untitled:Untitled-1' }))), `${name} annotated`);
  });

  it('rejects documents that break the contract', () => {
    const broken = (change: (document: AnnotatedDocument) => void) => {
      const document = structuredClone(MEETING);
      change(document);
      return validate(document);
    };
    assert.equal(broken((d) => (d.annotations[0]!.start = -1)), false);
    assert.equal(broken((d) => Reflect.deleteProperty(d, 'source')), false);
    assert.equal(broken((d) => Object.assign(d.annotations[0]!, { type: 'person' })), false);
    assert.equal(broken((d) => (d.source.sha256 = 'not a hash')), false);
    assert.equal(broken((d) => (d.entities[1]!.attributes.wikidata = 'Japan')), false);
    assert.equal(broken((d) => (d.entities[0]!.mentions = [])), false);
    assert.equal(broken((d) => Object.assign(d.annotations[0]!, { extra: true })), false);
  });
});
