import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, Annotator, bundledResources, toJson } from '../../../../src/core';
import { compactDocumentBuffers, fromCompactDocument, toCompactDocument } from '../../../../src/core/model/compactDocument';

const SAMPLES = join(__dirname, '../../../../../samples');
const FIXTURES = join(__dirname, '../../../../../test/fixtures');

describe('compact documents', () => {
  it('give back a document equal to the original, down to the JSON export byte for byte', () => {
    for (const name of ['id-iran-belarus-peta-jalan.txt', 'en-trump-prabowo-tariff-deal.txt']) {
      const text = readFileSync(join(SAMPLES, name), 'utf8');
      const document = annotate(text, { path: name });
      const rebuilt = fromCompactDocument(toCompactDocument(document), text);
      assert.deepStrictEqual(rebuilt, document);
      assert.equal(toJson(rebuilt), toJson(document));
    }
  });

  it('keep amounts, roles and emoji offsets through a structured clone that transfers their buffers', () => {
    const text = 'Presiden Iran Ebrahim Raisi 🇮🇷 menawarkan US$2,3 miliar.\r\nRaisi tiba.';
    const document = annotate(text);
    const compact = toCompactDocument(document);
    const moved = structuredClone(compact, { transfer: compactDocumentBuffers(compact) });
    assert.equal(compact.starts.length, 0, 'the buffers were moved, not copied');
    const rebuilt = fromCompactDocument(moved, text);
    assert.deepStrictEqual(rebuilt, document);
    assert.ok(rebuilt.annotations.some((a) => a.role === 'Presiden Iran'));
    assert.ok(rebuilt.annotations.some((a) => a.value === 2_300_000_000 && a.unit === 'USD'));
  });

  it('are built by annotateCompact with no annotation objects, equal to annotate on every sample and held-out article', () => {
    const annotator = new Annotator({ resources: bundledResources() });
    const articles = [
      ...readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => join(SAMPLES, f)),
      ...readdirSync(FIXTURES)
        .filter((d) => d.startsWith('heldout'))
        .flatMap((d) => readdirSync(join(FIXTURES, d, 'articles')).map((f) => join(FIXTURES, d, 'articles', f))),
    ];
    assert.ok(articles.length > 40, `only ${articles.length} articles found`);
    for (const path of articles) {
      const text = readFileSync(path, 'utf8');
      const compact = annotator.annotateCompact(text, { path });
      assert.deepStrictEqual(compact, toCompactDocument(annotator.annotate(text, { path })), path);
      assert.equal(toJson(fromCompactDocument(compact, text)), toJson(annotator.annotate(text, { path })), path);
    }
  });
});
