import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const BUNDLE = resolve(__dirname, '../../../../dist/browser/news-annotator-core.mjs');

describe('browser bundle of the core', () => {
  it('uses no Node built-in and no vscode module', () => {
    const source = readFileSync(BUNDLE, 'utf8');
    assert.doesNotMatch(source, /from\s*["'](node:|fs|path|crypto|vscode)["']/);
    assert.doesNotMatch(source, /require\(["']/);
  });

  it('loads as an ES module and annotates with its bundled data', async () => {
    // A variable specifier keeps the bundler from inlining the module: this loads the real file.
    const specifier = pathToFileURL(BUNDLE).href;
    const core = (await import(specifier)) as typeof import('../../../src/core');
    const document = core.annotate('Presiden Iran Ebrahim Raisi bertemu Presiden Rusia Vladimir Putin; dagang naik 12 persen.');
    assert.deepEqual(
      document.annotations.filter((a) => a.type !== 'date').map((a) => `${a.type}:${a.text}`),
      ['country:Iran', 'leader:Ebrahim Raisi', 'country:Rusia', 'leader:Vladimir Putin', 'amount:12 persen'],
    );
    assert.match(document.source.sha256, /^[0-9a-f]{64}$/);
  });
});
