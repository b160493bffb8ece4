// The editor's budgets, measured in a real VS Code and printed (not asserted: figures vary
// with the machine). Run with `npm run bench:extension`.
import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { openArticle, waitFor, workspaceFile } from '../helpers';

export const figures: string[] = [];

async function typeCharacters(editor: vscode.TextEditor, count: number): Promise<number> {
  // Main-thread busy time only: event-loop utilisation ignores the worker thread.
  const before = performance.eventLoopUtilization();
  for (let i = 0; i < count; i++) {
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, 'x'), { undoStopBefore: false, undoStopAfter: false });
  }
  // Let the debounced re-annotation run too: it is part of what typing costs.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const used = performance.eventLoopUtilization(before);
  return used.active;
}

describe('editor budgets', () => {
  it('measures activation, first decorations on a 1 MB article and the cost of a keystroke', async () => {
    const small = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('iran-belarus.txt')));
    const megabyte = small.repeat(Math.ceil((1024 * 1024) / small.length)).slice(0, 1024 * 1024);
    await vscode.workspace.fs.writeFile(workspaceFile('bench-1mb.txt'), new TextEncoder().encode(megabyte));
    await vscode.workspace.fs.writeFile(workspaceFile('bench-1mb.log'), new TextEncoder().encode(megabyte));

    const { api } = await openArticle('iran-belarus.txt');
    figures.push(`activation (activate() itself): ${api.activationMs.toFixed(1)} ms`);

    const opened = performance.now();
    const { editor } = await openArticle('bench-1mb.txt');
    await waitFor(() => (api.decorationCounts(editor)?.leader ?? 0) > 0 || undefined, 'decorations', 30_000);
    figures.push(`1 MB article: first decorations ${(performance.now() - opened).toFixed(0)} ms after opening (worker thread, visible range)`);

    const keystrokes = 50;
    const article = await typeCharacters(editor, keystrokes);
    const plainDocument = await vscode.workspace.openTextDocument(workspaceFile('bench-1mb.log'));
    const plain = await typeCharacters(await vscode.window.showTextDocument(plainDocument), keystrokes);
    figures.push(
      `keystroke on the 1 MB article: ${(article / keystrokes).toFixed(2)} ms of extension-host main thread per keystroke ` +
        `(a 1 MB file that is not an article: ${(plain / keystrokes).toFixed(2)} ms; difference ${((article - plain) / keystrokes).toFixed(2)} ms)`,
    );
    assert.ok(figures.length === 3);
    figures.push(await workspaceExportTimerDelay());
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

/** The longest wait of a 5 ms timer on the extension host while a workspace export with a 3 MB article runs. */
async function workspaceExportTimerDelay(): Promise<string> {
  const small = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('iran-belarus.txt')));
  const big = workspaceFile('bench-export-3mb.txt');
  await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(`${small}\n`.repeat(Math.ceil(3_000_000 / (small.length + 1)))));
  let longestGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  try {
    await vscode.commands.executeCommand('newsAnnotator.exportWorkspace', { layout: 'jsonLines', target: workspaceFile('exports/bench.jsonl'), replace: true });
  } finally {
    clearInterval(ticker);
    await vscode.workspace.fs.delete(big);
  }
  return `workspace export with a 3 MB article: ${(performance.now() - started).toFixed(0)} ms, longest extension-host timer delay ${longestGap.toFixed(0)} ms`;
}
