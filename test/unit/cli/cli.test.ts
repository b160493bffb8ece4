import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../../dist/cli.js');
const ARTICLE = 'Presiden Prabowo Subianto bertemu Presiden AS Donald Trump. Tarif turun menjadi 19 persen.\n';

function cli(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
}

describe('news-annotator CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-cli-'));
  const article = join(dir, 'artikel.txt');
  writeFileSync(article, '\uFEFF' + ARTICLE);

  it('prints the document JSON for a file, without the byte-order mark', () => {
    const result = cli(['annotate', article]);
    assert.equal(result.status, 0, result.stderr);
    const document = JSON.parse(result.stdout);
    assert.equal(document.source.path, article);
    assert.equal(document.source.length, ARTICLE.length);
    assert.deepEqual(document.annotations.filter((a: { type: string }) => a.type === 'leader').map((a: { text: string }) => a.text), ['Prabowo Subianto', 'Donald Trump']);
  });

  it('reads stdin and prints an array for several files', () => {
    const fromStdin = cli(['annotate'], ARTICLE);
    assert.equal(fromStdin.status, 0);
    assert.equal(JSON.parse(fromStdin.stdout).source.path, undefined);
    const several = cli(['annotate', article, article]);
    assert.equal(JSON.parse(several.stdout).length, 2);
  });

  it('is deterministic: the same text gives byte-identical JSON', () => {
    assert.equal(cli(['annotate', article]).stdout, cli(['annotate', article]).stdout);
  });

  it('refuses unreadable, binary and non-UTF-8 input with one line naming the file', () => {
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Pr\xe9sident', 'latin1'));
    for (const [file, reason] of [[join(dir, 'missing.txt'), /cannot read/], [binary, /binary/], [latin1, /not valid UTF-8/]] as const) {
      const result = cli(['annotate', file]);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, new RegExp(`^news-annotator: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
      assert.match(result.stderr, reason);
      assert.equal(result.stderr.trim().split('\n').length, 1);
    }
  });

  it('summarises a folder and writes one JSON file per article', () => {
    const out = join(dir, 'out');
    const result = cli(['summarize', dir, '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /artikel\.txt\s+id\s+2: /);
    assert.match(result.stderr, /skipped .*image\.txt: binary file/);
    assert.ok(existsSync(join(out, 'artikel.annotations.json')));
    assert.equal(JSON.parse(readFileSync(join(out, 'artikel.annotations.json'), 'utf8')).schemaVersion, 1);
  });
});
