import { strict as assert } from 'node:assert';
import { annotate, AnnotatedDocumentSchema } from '../../../src/core';
import * as z from 'zod/mini';

const ARTICLE = [
  'Indonesia dan Jepang Sepakati Kerja Sama Baru',
  '',
  'JAKARTA – Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana Merdeka pada Senin (12/5/2025). 🇮🇩🇯🇵',
  'Kedua pemimpin menyaksikan penandatanganan 12 nota kesepahaman senilai US$ 8,5 miliar.',
  '“Jepang adalah mitra penting,” kata Prabowo. Ishiba menambahkan bahwa investasi Jepang naik 7 persen.',
].join('\r\n');

describe('annotate', () => {
  it('returns a document that satisfies its schema, with exact UTF-16 offsets', () => {
    const document = annotate(ARTICLE, { path: 'sample.txt' });
    assert.ok(z.safeParse(AnnotatedDocumentSchema, document).success);
    for (const annotation of document.annotations) {
      assert.equal(ARTICLE.slice(annotation.start, annotation.end), annotation.text);
    }
    assert.equal(document.source.length, ARTICLE.length);
    assert.equal(document.source.path, 'sample.txt');
    assert.match(document.source.sha256, /^[0-9a-f]{64}$/);
  });

  it('detects the language without being told', () => {
    assert.equal(annotate(ARTICLE).source.language, 'id');
    assert.equal(annotate('The president said that the trade deal with China was signed on Monday.').source.language, 'en');
  });

  it('tells the language of a short text with no function words by its spelling', () => {
    assert.equal(annotate('A deal worth $5m.').source.language, 'en');
    assert.equal(annotate('Exports climbed.').source.language, 'en');
    assert.equal(annotate('Perdagangan meningkat.').source.language, 'id');
    assert.equal(annotate('Ekspor naik.').source.language, 'id');
    // Only a capitalised function word: it breaks the tie.
    assert.equal(annotate('The orders cover 18 air-defence systems.').source.language, 'en');
    assert.equal(annotate('Dalam kunjungan resmi ke Tokyo.').source.language, 'id');
  });

  it('groups mentions into entities whose mentions point back at them', () => {
    const document = annotate(ARTICLE);
    for (const entity of document.entities) {
      for (const id of entity.mentions) {
        assert.equal(document.annotations.find((a) => a.id === id)?.entityId, entity.id);
      }
    }
    const japan = document.entities.find((e) => e.attributes.iso3166 === 'JP');
    assert.equal(japan?.mentions.length, 4);
    assert.equal(japan?.name, 'Jepang');
  });

  it('is deterministic', () => {
    assert.equal(JSON.stringify(annotate(ARTICLE)), JSON.stringify(annotate(ARTICLE)));
  });

  it('handles empty text and text with nothing to find', () => {
    assert.deepEqual(annotate('').annotations, []);
    assert.deepEqual(annotate('   \r\n\r\n  ').entities, []);
  });
});
