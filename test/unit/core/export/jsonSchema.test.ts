import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { annotate } from '../../../../src/core';

const ROOT = resolve(__dirname, '../../../../..');

describe('published JSON Schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/annotations.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it('accepts every export of the sample articles', () => {
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt'));
    assert.ok(samples.length >= 3);
    for (const file of samples) {
      const document = JSON.parse(JSON.stringify(annotate(readFileSync(join(ROOT, 'samples', file), 'utf8'), { path: `samples/${file}` })));
      assert.ok(validate(document), `${file}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects a document that breaks the contract', () => {
    const document = JSON.parse(JSON.stringify(annotate('Presiden Iran Ebrahim Raisi.')));
    document.annotations[0].start = -1;
    assert.equal(validate(document), false);
    delete document.source;
    assert.equal(validate(document), false);
  });
});
