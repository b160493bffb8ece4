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

describe('news-annotator export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-export-'));
  const articles = join(dir, 'articles');
  const nested = join(articles, 'asia');
  spawnSync('mkdir', ['-p', nested]);
  writeFileSync(join(articles, 'one.txt'), ARTICLE);
  writeFileSync(join(nested, 'two.txt'), 'Iranian President Ebrahim Raisi met Chinese Premier Li Qiang.\n');

  it('writes every article under a folder in each format, with a summary on stderr', () => {
    for (const [format, suffix] of [['json', '.annotations.json'], ['w3c', '.annotations.jsonld'], ['brat', '.ann'], ['conll', '.conll'], ['doccano', '.doccano.jsonl']]) {
      const out = join(dir, `out-${format}`);
      const result = cli(['export', '--format', format!, '--out', out, articles]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /^exported 2 files as .* skipped 0\n$/);
      assert.ok(existsSync(join(out, `one${suffix}`)) && existsSync(join(out, `two${suffix}`)), format);
    }
    assert.equal(readFileSync(join(dir, 'out-brat', 'two.txt'), 'utf8'), 'Iranian President Ebrahim Raisi met Chinese Premier Li Qiang.\n', 'brat gets its .txt');
    assert.match(readFileSync(join(dir, 'out-brat', 'two.ann'), 'utf8'), /^T\d+\tLeader 18 31\tEbrahim Raisi$/m);
  });

  it('replaces existing files only with --force', () => {
    const out = join(dir, 'out-json');
    const kept = cli(['export', '--format', 'json', '--out', out, articles]);
    assert.equal(kept.status, 1);
    assert.match(kept.stderr, /skipped 2/);
    assert.match(kept.stderr, /exists \(use --force to replace it\)/);
    assert.equal(cli(['export', '--format', 'json', '--out', out, '--force', articles]).status, 0);
  });

  it('rejects an unknown format', () => {
    const result = cli(['export', '--format', 'xml', '--out', dir, articles]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--format must be one of json, w3c, brat, conll, doccano/);
  });
});
