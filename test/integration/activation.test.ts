import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openArticle, workspaceFile } from './helpers';

describe('activation', () => {
  it('stays inactive for unrelated files and activates on an article', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    const open = vscode.workspace.textDocuments.map((d) => `${d.uri.scheme}:${d.languageId}`).join(', ');
    assert.equal(extension.isActive, false, `not active at start-up (open documents: ${open})`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('notes.md')));
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(extension.isActive, false, 'a markdown file does not activate it');
    const { api } = await openArticle('iran-belarus.txt');
    assert.ok(extension.isActive);
    assert.ok(api.store);
  });

  it('annotates articles but not excluded plain-text files', async () => {
    const { api, editor } = await openArticle('iran-belarus.txt');
    assert.ok(api.store.get(editor.document)!.annotations.length > 5);
    const licence = await vscode.workspace.openTextDocument(workspaceFile('LICENSE.txt'));
    assert.equal(api.articles.isArticle(licence), false);
    assert.equal(api.store.get(licence), undefined);
  });
});
