import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The built CLI as a user runs it: a real process on real files.
const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/cli.js');
const ARTICLE = 'Presiden Prabowo Subianto bertemu Presiden AS Donald Trump. Tarif turun menjadi 19 persen.\n';
const ENGLISH = 'Iranian President Ebrahim Raisi met Chinese Premier Li Qiang in Beijing on Tuesday and said that trade would grow.\n';
// A flag (4 UTF-16 units, 2 code points) and CRLF: offsets differ between conventions.
const CRLF_EMOJI = '🇮🇩 Indonesian President Joko Widodo met Xi Jinping.\r\nTrade rose 30 percent.\r\n';

function cli(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('news-annotator annotate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-cli-'));
  const article = join(dir, 'artikel.txt');
  writeFileSync(article, '\uFEFF' + ARTICLE);
  const english = join(dir, 'english.txt');
  writeFileSync(english, ENGLISH);

  it('prints the document JSON for a file, without the byte-order mark', () => {
    const result = cli(['annotate', article]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    const document = JSON.parse(result.stdout);
    assert.equal(document.source.path, article);
    assert.equal(document.source.length, ARTICLE.length);
    assert.deepEqual(
      document.annotations.filter((a: { type: string }) => a.type === 'leader').map((a: { text: string }) => a.text),
      ['Prabowo Subianto', 'Donald Trump'],
    );
  });

  it('reads stdin when given - or no file, keeping CRLF', () => {
    for (const args of [['annotate'], ['annotate', '-']]) {
      const result = cli(args, Buffer.from('\uFEFF' + CRLF_EMOJI, 'utf8'));
      assert.equal(result.status, 0, result.stderr);
      const document = JSON.parse(result.stdout);
      assert.equal(document.source.path, undefined);
      assert.equal(document.source.length, CRLF_EMOJI.length);
      const leader = document.annotations.find((a: { text: string }) => a.text === 'Joko Widodo');
      assert.equal(CRLF_EMOJI.slice(leader.start, leader.end), 'Joko Widodo');
    }
  });

  it('prints an array for several files or a folder', () => {
    const several = JSON.parse(cli(['annotate', article, english]).stdout);
    assert.deepEqual(several.map((d: { source: { path: string } }) => d.source.path), [article, english]);
    const folder = join(dir, 'one-article');
    mkdirSync(folder);
    writeFileSync(join(folder, 'only.txt'), ENGLISH);
    writeFileSync(join(folder, 'LICENSE.txt'), 'MIT License\n');
    const fromFolder = JSON.parse(cli(['annotate', folder]).stdout);
    assert.ok(Array.isArray(fromFolder));
    assert.deepEqual(fromFolder.map((d: { source: { path: string } }) => d.source.path), [join(folder, 'only.txt')]);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const first = cli(['annotate', article, english]);
    assert.equal(first.status, 0);
    assert.equal(cli(['annotate', article, english]).stdout, first.stdout);
    assert.equal(cli(['annotate'], CRLF_EMOJI).stdout, cli(['annotate'], CRLF_EMOJI).stdout);
  });

  it('refuses unreadable, binary and non-UTF-8 input with one line naming the file', () => {
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Pr\xe9sident', 'latin1'));
    const cases = [
      [join(dir, 'missing.txt'), /cannot read \(ENOENT\)/],
      [binary, /binary file \(contains NUL bytes\)/],
      [latin1, /not valid UTF-8/],
    ] as const;
    for (const [file, reason] of cases) {
      const result = cli(['annotate', article, file]);
      assert.equal(result.status, 1, file);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, new RegExp(`^news-annotator: ${escape(file)}: `));
      assert.match(result.stderr, reason);
      assert.equal(result.stderr.split('\n').length, 2, 'one line');
    }
    const fromStdin = cli(['annotate', '-'], Buffer.from([0x50, 0xe9, 0x0a]));
    assert.equal(fromStdin.status, 1);
    assert.equal(fromStdin.stderr, 'news-annotator: stdin: not valid UTF-8 text\n');
  });
});

describe('news-annotator usage', () => {
  it('prints help and the version', () => {
    const help = cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage:$/m);
    assert.match(help.stdout, /export --format json\|w3c\|brat\|conll\|doccano --out DIR \[--force\]/);
    assert.equal(cli(['export', '--help']).status, 0);
    const version = cli(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('exits 2 with a one-line message for wrong usage', () => {
    for (const [args, message] of [
      [['translate'], /unknown command "translate"/],
      [['annotate', '--pretty'], /unknown option --pretty/],
      [['export', '--format', 'xml', '--out', tmpdir(), 'x.txt'], /--format must be one of json, w3c, brat, conll, doccano/],
      [['export', '--format', 'json', 'x.txt'], /--out DIR is required/],
      [['export', '--out'], /--out needs a value/],
    ] as const) {
      const result = cli([...args]);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, message);
      assert.equal(result.stderr.split('\n').length, 2);
    }
    assert.equal(cli([]).status, 2);
  });
});

describe('news-annotator summarize', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-summary-'));
  writeFileSync(join(dir, 'artikel.txt'), ARTICLE);
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'en', 'raisi.txt'), ENGLISH);
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
  writeFileSync(join(dir, 'requirements.txt'), 'mocha\n');
  const out = join(dir, 'out');

  it('prints a table of counts and top entities per article, and writes each article’s JSON', () => {
    const result = cli(['summarize', dir, '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.match(lines[0]!, /^article\s+lang\s+leaders\s+countries\s+amounts$/);
    assert.match(result.stdout, /^artikel\.txt\s+id\s+2\s+1\s+1$/m);
    assert.match(result.stdout, /^ {2}leaders\s+Prabowo Subianto, Donald Trump$/m);
    assert.match(result.stdout, /^en\/raisi\.txt\s+en\s+2\s+2\s+0$/m);
    assert.match(result.stdout, /^2 articles: 4 leaders, 3 countries, 1 amount$/m);
    // Counts are right-aligned under their headers.
    const header = lines[0]!;
    const row = lines.find((line) => line.startsWith('artikel.txt'))!;
    assert.equal(row.length, header.length);
    assert.equal(result.stderr, `skipped ${join(dir, 'image.txt')}: binary file (contains NUL bytes), not an article\n`);
    assert.deepEqual(filesUnder(out), ['artikel.annotations.json', 'en/raisi.annotations.json']);
    const document = JSON.parse(readFileSync(join(out, 'artikel.annotations.json'), 'utf8'));
    assert.equal(document.schemaVersion, 1);
    assert.equal(document.source.path, join(dir, 'artikel.txt'));
  });

  it('prints the same table twice', () => {
    assert.equal(cli(['summarize', dir]).stdout, cli(['summarize', dir]).stdout);
  });
});

describe('news-annotator export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-export-'));
  const articles = join(dir, 'articles');
  mkdirSync(join(articles, 'asia'), { recursive: true });
  mkdirSync(join(articles, 'node_modules'));
  writeFileSync(join(articles, 'one.txt'), ARTICLE);
  writeFileSync(join(articles, 'asia', 'two.news'), ENGLISH);
  writeFileSync(join(articles, 'asia', 'three.article'), CRLF_EMOJI);
  writeFileSync(join(articles, 'LICENSE'), 'MIT License\n');
  writeFileSync(join(articles, 'node_modules', 'dependency.txt'), ENGLISH);
  writeFileSync(join(articles, 'notes.md'), ENGLISH);

  const SUFFIXES = { json: '.annotations.json', w3c: '.annotations.jsonld', brat: '.ann', conll: '.conll', doccano: '.doccano.jsonl' };

  it('writes every article under a folder in each format, keeping subfolders, with a summary on stderr', () => {
    for (const [format, suffix] of Object.entries(SUFFIXES)) {
      const out = join(dir, `out-${format}`);
      const result = cli(['export', '--format', format, '--out', out, articles]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /^exported 3 files as .* to .*: \d+ entities; skipped 0\n$/);
      const expected = ['one', 'asia/two', 'asia/three'].map((name) => `${name}${suffix}`);
      if (format === 'brat') expected.push('one.txt', 'asia/two.txt', 'asia/three.txt');
      assert.deepEqual(filesUnder(out), expected.sort(), format);
    }
  });

  it('writes brat and doccano offsets that a code-point reader finds in the text', () => {
    const out = join(dir, 'out-brat', 'asia');
    const text = readFileSync(join(out, 'three.txt'), 'utf8');
    assert.equal(text, CRLF_EMOJI, 'brat gets the text unchanged beside the .ann');
    const codePoints = Array.from(text);
    const spans = readFileSync(join(out, 'three.ann'), 'utf8').split('\n').filter((line) => line.startsWith('T'));
    assert.ok(spans.some((line) => /^T\d+\tLeader 24 35\tJoko Widodo$/.test(line)), spans.join('\n'));
    for (const line of spans) {
      const [, span, quoted] = line.split('\t');
      const [, start, end] = span!.split(' ').map(Number);
      assert.equal(codePoints.slice(start, end).join(''), quoted);
    }
    const doccano = JSON.parse(readFileSync(join(dir, 'out-doccano', 'asia', 'three.doccano.jsonl'), 'utf8'));
    assert.equal(doccano.text, CRLF_EMOJI);
    assert.ok(doccano.label.some(([start, end, label]: [number, number, string]) => label === 'LEADER' && codePoints.slice(start, end).join('') === 'Joko Widodo'));
  });

  it('writes byte-identical files on a second run', () => {
    const again = join(dir, 'again');
    for (const format of Object.keys(SUFFIXES)) {
      assert.equal(cli(['export', '--format', format, '--out', again, '--force', articles]).status, 0);
      for (const file of filesUnder(join(dir, `out-${format}`))) {
        assert.equal(readFileSync(join(again, file), 'utf8'), readFileSync(join(dir, `out-${format}`, file), 'utf8'), file);
      }
    }
  });

  it('replaces existing files only with --force, and leaves no temporary files', () => {
    const out = join(dir, 'out-json');
    writeFileSync(join(out, 'one.annotations.json'), 'edited by hand\n');
    const kept = cli(['export', '--format', 'json', '--out', out, articles]);
    assert.equal(kept.status, 1);
    assert.match(kept.stderr, /^exported 0 files .* skipped 3\n/);
    assert.match(kept.stderr, new RegExp(`skipped ${escape(join(articles, 'one.txt'))}: ${escape(join(out, 'one.annotations.json'))} exists \\(use --force to replace it\\)`));
    assert.equal(readFileSync(join(out, 'one.annotations.json'), 'utf8'), 'edited by hand\n');
    const forced = cli(['export', '--format', 'json', '--out', out, '--force', articles]);
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(JSON.parse(readFileSync(join(out, 'one.annotations.json'), 'utf8')).schemaVersion, 1);
    assert.deepEqual(filesUnder(out).filter((file) => file.endsWith('.tmp')), []);
  });

  it('does not overwrite a different text beside a brat file without --force', () => {
    const out = join(dir, 'brat-conflict');
    mkdirSync(out);
    writeFileSync(join(out, 'one.txt'), 'another article\n');
    const result = cli(['export', '--format', 'brat', '--out', out, join(articles, 'one.txt')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /one\.txt exists with other text \(use --force to replace it\)/);
    assert.equal(existsSync(join(out, 'one.ann')), false);
  });

  it('skips a second article that would be written to the same file', () => {
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'one.txt'), ENGLISH);
    const out = join(dir, 'same-name');
    const result = cli(['export', '--format', 'doccano', '--out', out, join(articles, 'one.txt'), join(other, 'one.txt')]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^exported 1 file .* skipped 1\n/);
    assert.match(result.stderr, /was just written for .*articles\/one\.txt/);
    assert.equal(JSON.parse(readFileSync(join(out, 'one.doccano.jsonl'), 'utf8')).text, ARTICLE);
  });

  it('reports unreadable articles and goes on with the rest', () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'good.txt'), ARTICLE);
    writeFileSync(join(mixed, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x41]));
    const result = cli(['export', '--format', 'conll', '--out', join(dir, 'mixed-out'), mixed]);
    assert.equal(result.status, 0);
    assert.match(result.stderr, /^exported 1 file .* skipped 1\n {2}skipped .*bad\.txt: not valid UTF-8 text\n$/);
    assert.ok(readFileSync(join(dir, 'mixed-out', 'good.conll'), 'utf8').startsWith('-DOCSTART-\tO\n\nPresiden\tO\nPrabowo\tB-LEADER\nSubianto\tI-LEADER\n'));
  });
});
