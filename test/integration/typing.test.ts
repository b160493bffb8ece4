import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { hoverText, openArticle, workspaceFile } from './helpers';

const ARTICLE = 'typing-article.txt';

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return lenses.map((lens) => lens.command?.title ?? '');
}

describe('typing in an article', () => {
  before(async () => {
    const text = await vscode.workspace.fs.readFile(workspaceFile('iran-belarus.txt'));
    await vscode.workspace.fs.writeFile(workspaceFile(ARTICLE), text);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(workspaceFile(ARTICLE));
  });

  it('keeps lenses, Outline symbols and semantic tokens while an edit waits for re-annotation, then serves the new version', async () => {
    const { editor, api } = await openArticle(ARTICLE);
    const uri = editor.document.uri;
    assert.ok((await lensTitles(uri)).includes('Ebrahim Raisi: 3 mentions'));

    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((edit) => edit.insert(end, '\nRaisi menutup pertemuan itu.')));
    // Asked straight after the keystroke, inside the debounce delay: the providers answer for
    // the new version once it is annotated, never with nothing (which blanks the editor's lenses).
    assert.equal(api.store.peek(editor.document), undefined, 'the edit is not annotated yet');
    const titles = await lensTitles(uri);
    assert.ok(titles.includes('Ebrahim Raisi: 4 mentions'), titles.join(' | '));
    assert.ok(titles.includes('2 leaders · 3 countries · 3 amounts'), titles.join(' | '));

    assert.ok(await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, ' ')));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const leaders = symbols.find((s) => s.name.startsWith('leaders'));
    assert.deepEqual(leaders?.children.map((c) => `${c.name} ${c.detail}`), ['Ebrahim Raisi 4 mentions', 'Alexander Lukashenko 2 mentions']);

    assert.ok(await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, ' ')));
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', uri, whole);
    assert.ok(tokens.data.length >= 5 * 10, `${tokens.data.length / 5} tokens`);
  });

  it('shows no hover on the space inside a multi-word mention, and one on its words', async () => {
    const { editor } = await openArticle(ARTICLE);
    const document = editor.document;
    const start = document.getText().indexOf('Amerika Serikat');
    const hoverAt = async (offset: number) =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset)));
    assert.match(await hoverAt(start + 2), /Amerika Serikat/);
    assert.match(await hoverAt(start + 'Amerika S'.length), /Amerika Serikat/);
    assert.equal(await hoverAt(start + 'Amerika'.length), '', 'nothing on the space between the words');
  });
});
