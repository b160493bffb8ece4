import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openArticle, workspaceFile } from './helpers';
import type { NewsAnnotatorApi } from '../../src/extension/extension';

describe('activation', () => {
  it('stays inactive for unrelated files and activates on an article', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    if (extension.isActive) {
      // Some start-ups of VS Code 1.139 create a plain-text input model of their own (the
      // log names onLanguage:plaintext, with no document open), which activates every
      // plain-text extension. Then activation must have done no article work.
      const api = extension.exports as NewsAnnotatorApi;
      assert.equal(api.store.cachedDocuments, 0, 'activated by VS Code itself, it annotated nothing');
      assert.equal(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file').length, 0, 'no file was open');
    } else {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('notes.md')));
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(extension.isActive, false, 'a markdown file does not activate it');
    }
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
