import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openArticle, waitFor, workspaceFile } from './helpers';

const ARTICLE = 'scrolling-article.txt';

describe('a large article', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(workspaceFile(ARTICLE));
  });

  it('decorates the visible lines plus a margin, and follows scrolling', async () => {
    const article = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('iran-belarus.txt')));
    // Leaders in the first part only; the last 6 000 lines hold nothing but percentages.
    const text = `${article}\n`.repeat(300) + 'Harga komoditas naik 12 persen pada kuartal ini.\n\n'.repeat(3000);
    await vscode.workspace.fs.writeFile(workspaceFile(ARTICLE), new TextEncoder().encode(text));
    const { editor, api } = await openArticle(ARTICLE);
    const annotated = await waitFor(() => api.store.peek(editor.document), 'the worker result', 30_000);
    const leaders = annotated.annotations.filter((a) => a.type === 'leader').length;
    assert.ok(leaders >= 1000, `${leaders} leader mentions`);

    const top = await waitFor(() => ((api.decorationCounts(editor)?.leader ?? 0) > 0 ? api.decorationCounts(editor) : undefined), 'decorations at the top');
    assert.ok(top.leader! < leaders / 2, `only the lines around the screen are decorated: ${top.leader} of ${leaders}`);

    const last = editor.document.lineCount - 1;
    editor.revealRange(new vscode.Range(last, 0, last, 0), vscode.TextEditorRevealType.InCenter);
    const bottom = await waitFor(() => {
      const counts = api.decorationCounts(editor);
      return counts?.leader === 0 && (counts.amount ?? 0) > 0 ? counts : undefined;
    }, 'decorations to follow the scroll to the end');
    assert.ok(bottom.amount! < 3000, `${bottom.amount} of 3000 percentages decorated`);
  });
});
