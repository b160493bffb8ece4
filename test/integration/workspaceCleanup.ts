import * as vscode from 'vscode';
import { workspaceFile } from './helpers';

/**
 * Root hooks: whatever the suites add to the top of the workspace (export folders, large
 * generated articles, unwritable targets) is removed at the end, so the browser tests
 * that follow, and the README screenshots they take, see the fixture workspace as it was.
 */
let original: Set<string> | undefined;

before(async () => {
  original = new Set((await vscode.workspace.fs.readDirectory(workspaceFile('.'))).map(([name]) => name));
});

after(async () => {
  if (!original) return;
  for (const [name] of await vscode.workspace.fs.readDirectory(workspaceFile('.'))) {
    if (original.has(name)) continue;
    await vscode.workspace.fs.delete(workspaceFile(name), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  }
});
