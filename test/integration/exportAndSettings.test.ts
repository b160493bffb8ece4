import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { AnnotatedDocumentSchema } from '../../src/core';
import { openArticle, setSetting, waitFor, workspaceFile } from './helpers';

describe('export and settings', () => {
  after(async () => {
    await setSetting('export.directory', undefined);
    await setSetting('debounceMs', undefined);
  });

  it('exports the article as JSON that satisfies the schema', async () => {
    await setSetting('export.directory', 'exports');
    const { editor } = await openArticle('iran-belarus.txt');
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsAnnotator.exportJson', editor.document.uri);
    assert.equal(written.length, 1);
    assert.equal(written[0]!.toString(), workspaceFile('exports/iran-belarus.annotations.json').toString());
    const bytes = await vscode.workspace.fs.readFile(written[0]!);
    const text = new TextDecoder().decode(bytes);
    assert.ok(text.endsWith('}\n'));
    const document = JSON.parse(text);
    assert.ok(z.safeParse(AnnotatedDocumentSchema, document).success);
    const names = document.entities.map((e: { name: string }) => e.name);
    for (const name of ['Ebrahim Raisi', 'Alexander Lukashenko', 'Iran', 'US$100 million']) assert.ok(names.includes(name), `${name} in ${names}`);
    const folder = await vscode.workspace.fs.readDirectory(workspaceFile('exports'));
    assert.deepEqual(folder.map(([name]) => name).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
  });

  it('exports every article of the workspace as JSON lines, skipping excluded files', async () => {
    await setSetting('export.directory', 'exports');
    await openArticle('iran-belarus.txt');
    const summary = await vscode.commands.executeCommand<{ files: number; entities: number; skipped: unknown[]; target: vscode.Uri }>('newsAnnotator.exportWorkspace', {
      layout: 'jsonLines',
      replace: true,
    });
    assert.ok(summary, 'the export finished');
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('exports/workspace.annotations.jsonl'))).trimEnd().split('\n');
    const paths = lines.map((line) => JSON.parse(line).source.path as string).sort();
    for (const expected of ['iran-belarus.txt', 'en-crlf-emoji.txt', 'samples/id-iran-belarus-peta-jalan.txt']) assert.ok(paths.includes(expected), `${expected} in ${paths}`);
    assert.ok(!paths.includes('LICENSE.txt') && !paths.includes('notes.md'));
    assert.equal(summary.files, lines.length);
    assert.ok(summary.entities > 20);
    for (const line of lines) assert.ok(z.safeParse(AnnotatedDocumentSchema, JSON.parse(line)).success);
  });

  it('exports brat standoff with its text beside it, offsets in code points', async () => {
    await setSetting('export.directory', 'exports');
    const { editor } = await openArticle('en-crlf-emoji.txt');
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsAnnotator.exportAs', editor.document.uri, undefined, 'brat');
    assert.equal(written[0]!.toString(), workspaceFile('exports/en-crlf-emoji.ann').toString());
    const ann = new TextDecoder().decode(await vscode.workspace.fs.readFile(written[0]!));
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('exports/en-crlf-emoji.txt')));
    assert.equal(text, editor.document.getText());
    const codePoints = [...text];
    for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
      const [, span, mention] = line.split('\t') as [string, string, string];
      const [, start, end] = span.split(' ').map(Number) as [number, number, number];
      assert.equal(codePoints.slice(start, end).join(''), mention, line);
    }
    assert.match(ann, /\tLeader \d+ \d+\tAnthony Albanese\n/);
  });

  it('exports brat beside an article saved with a byte-order mark, counting the mark as brat does', async () => {
    await setSetting('export.directory', undefined);
    const article = workspaceFile('bom-article.txt');
    // Two selected files export beside their articles without a save dialog.
    const plain = workspaceFile('bom-less-article.txt');
    const text = 'Presiden Iran Ebrahim Raisi bertemu Presiden Belarusia Alexander Lukashenko.\n';
    await vscode.workspace.fs.writeFile(article, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    await vscode.workspace.fs.writeFile(plain, new TextEncoder().encode(text));
    try {
      const document = await vscode.workspace.openTextDocument(article);
      assert.equal(document.getText(), text, 'VS Code hides the mark');
      const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsAnnotator.exportAs', article, [article, plain], 'brat');
      assert.equal(written[0]!.toString(), workspaceFile('bom-article.ann').toString());
      const withoutMark = new TextDecoder().decode(await vscode.workspace.fs.readFile(written[1]!));
      assert.match(withoutMark, /\tLeader 14 27\tEbrahim Raisi\n/);
      // What brat does: decode the .txt as UTF-8 (the mark stays a character) and index code points.
      const onDisk = [...new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(article))];
      const ann = new TextDecoder().decode(await vscode.workspace.fs.readFile(written[0]!));
      const spans = ann.split('\n').filter((l) => l.startsWith('T'));
      assert.ok(spans.length >= 4, ann);
      for (const line of spans) {
        const [, span, mention] = line.split('\t') as [string, string, string];
        const [, start, end] = span.split(' ').map(Number) as [number, number, number];
        assert.equal(onDisk.slice(start, end).join(''), mention, line);
      }
      assert.match(ann, /\tLeader 15 28\tEbrahim Raisi\n/);
    } finally {
      for (const name of ['bom-article.txt', 'bom-article.ann', 'bom-less-article.txt', 'bom-less-article.ann']) {
        await vscode.workspace.fs.delete(workspaceFile(name)).then(undefined, () => undefined);
      }
    }
  });

  it('ends a failed export in one message naming the file, leaving the article as it was', async () => {
    // A folder below a regular file cannot be created, even by root.
    await setSetting('export.directory', 'LICENSE.txt/exports');
    const { editor, api } = await openArticle('iran-belarus.txt');
    const before = await vscode.workspace.fs.readFile(editor.document.uri);
    const shown = api.messages.length;
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsAnnotator.exportJson', editor.document.uri);
    await setSetting('export.directory', undefined);
    assert.deepEqual(written, []);
    const errors = api.messages.slice(shown).filter((m) => m.severity === 'error');
    assert.equal(errors.length, 1, JSON.stringify(api.messages.slice(shown)));
    assert.match(errors[0]!.text, /could not write .*LICENSE\.txt\/exports\/iran-belarus\.annotations\.json: a file stands where a folder is needed/);
    assert.deepEqual(await vscode.workspace.fs.readFile(editor.document.uri), before);
  });

  it('warns once about an invalid setting and falls back to the default', async () => {
    const { api } = await openArticle('iran-belarus.txt');
    const before = api.configurationWarnings.filter((w) => w === 'debounceMs').length;
    await setSetting('debounceMs', 'soon');
    await waitFor(() => api.configurationWarnings.filter((w) => w === 'debounceMs').length > before || undefined, 'the warning');
    await setSetting('codeLens.enabled', true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(api.configurationWarnings.filter((w) => w === 'debounceMs').length, before + 1, 'warned once, not on every change');
    await setSetting('codeLens.enabled', undefined);
  });
});
