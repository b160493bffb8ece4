import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { Annotator, bundledResources } from '../../src/core';
import type { AppliedDecorations } from '../../src/extension/decorations';
import { VisibleLinesPreview } from '../../src/extension/visibleLinesPreview';
import { openArticle, waitFor, workspaceFile } from './helpers';

const ARTICLE = 'preview-article.txt';
const ONE_LINE_ARTICLE = 'preview-one-line.txt';

describe('opening a large article', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(workspaceFile(ARTICLE));
    await vscode.workspace.fs.delete(workspaceFile(ONE_LINE_ARTICLE));
  });

  it('decorates a preview of the visible lines before the worker result is in the store, then the full result', async () => {
    const { api } = await openArticle('iran-belarus.txt');
    const article = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('iran-belarus.txt')));
    // About 700 KB: annotated in the worker thread, and far longer than one preview.
    await vscode.workspace.fs.writeFile(workspaceFile(ARTICLE), new TextEncoder().encode(`${article}\n`.repeat(1500)));

    const rounds: Array<AppliedDecorations & { storeHadResult: boolean }> = [];
    const listening = api.onDidDecorate((applied) => {
      if (applied.editor.document.uri.path.endsWith(`/${ARTICLE}`)) rounds.push({ ...applied, storeHadResult: api.store.peek(applied.editor.document) !== undefined });
    });
    const { editor } = await openArticle(ARTICLE);
    const full = await waitFor(() => rounds.find((round) => round.source === 'annotations'), 'the full annotations decorated', 30_000);
    listening.dispose();

    const preview = rounds[0]!;
    assert.equal(preview.source, 'preview', `first round: ${preview.source}`);
    assert.equal(preview.storeHadResult, false, 'the preview is decorated while the worker still runs');
    assert.ok((preview.counts.leader ?? 0) > 0 && (preview.counts.country ?? 0) > 0, JSON.stringify(preview.counts));
    const annotated = api.store.peek(editor.document)!;
    const leaders = annotated.annotations.filter((a) => a.type === 'leader').length;
    assert.ok(preview.counts.leader! < leaders / 10, `only the lines around the screen: ${preview.counts.leader} of ${leaders} leader mentions`);
    assert.ok(full.storeHadResult && (full.counts.leader ?? 0) > 0, JSON.stringify(full.counts));

    // Away from its cut edges, the preview finds what the full result finds, at the same offsets.
    const middle = Math.floor(editor.document.lineCount / 2);
    editor.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor(() => editor.visibleRanges[0]!.start.line >= middle - 5 || undefined, 'the scroll');
    const sample = new VisibleLinesPreview(() => new Annotator({ resources: bundledResources() })).around(editor);
    const fullSpans = new Set(annotated.annotations.map((a) => `${a.type} ${a.start} ${a.end}`));
    const inner = sample.annotations.filter((a) => a.start > sample.from + 2000 && a.end < sample.to - 2000);
    const matched = inner.filter((a) => fullSpans.has(`${a.type} ${a.start} ${a.end}`)).length;
    assert.ok(sample.from > 0 && inner.length > 100, `${inner.length} inner mentions from offset ${sample.from}`);
    assert.ok(matched >= inner.length * 0.95, `${matched} of ${inner.length} inner preview mentions match the full result`);
  });

  it('previews the lines scrolled to while the worker result is pending, and never serves the preview to hovers', async () => {
    const { editor, api } = await openArticle(ARTICLE);
    const document = editor.document;
    // An edit makes the stored result stale; the re-annotation waits for the debounce and the worker.
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Jakarta. ')));
    assert.equal(api.store.peek(document), undefined);

    const previews: AppliedDecorations[] = [];
    const listening = api.onDidDecorate((applied) => {
      if (applied.editor === editor && applied.source === 'preview') previews.push(applied);
    });
    const lower = Math.floor((document.lineCount * 3) / 4);
    editor.revealRange(new vscode.Range(lower, 0, lower, 0), vscode.TextEditorRevealType.AtTop);
    const scrolled = await waitFor(() => previews[0], 'a preview of the lines scrolled to');
    listening.dispose();
    assert.ok((scrolled.counts.leader ?? 0) > 0, JSON.stringify(scrolled.counts));

    // Hovers answer from the full result only: on a previewed mention, nothing until it is in.
    const raisi = document.getText().indexOf('Raisi', document.offsetAt(new vscode.Position(lower, 0)));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(raisi + 1));
    assert.ok(hovers.length === 0 || api.store.peek(document) !== undefined, 'no hover from the preview');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('previews only a slice of an article written on one very long line', async () => {
    const { api } = await openArticle('iran-belarus.txt');
    const article = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('iran-belarus.txt')));
    await vscode.workspace.fs.writeFile(workspaceFile(ONE_LINE_ARTICLE), new TextEncoder().encode(`${article.replace(/\s+/g, ' ')} `.repeat(800)));
    const rounds: AppliedDecorations[] = [];
    const listening = api.onDidDecorate((applied) => {
      if (applied.editor.document.uri.path.endsWith(`/${ONE_LINE_ARTICLE}`)) rounds.push(applied);
    });
    const { editor } = await openArticle(ONE_LINE_ARTICLE);
    await waitFor(() => rounds.find((round) => round.source === 'annotations'), 'the full annotations decorated', 30_000);
    listening.dispose();
    assert.equal(editor.document.lineCount, 1);
    const preview = rounds[0]!;
    assert.equal(preview.source, 'preview');
    const leaders = api.store.peek(editor.document)!.annotations.filter((a) => a.type === 'leader').length;
    assert.ok((preview.counts.leader ?? 0) > 0 && preview.counts.leader! < leaders / 4, `${preview.counts.leader} of ${leaders} leader mentions`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
