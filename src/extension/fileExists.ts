import * as vscode from 'vscode';

/** Whether anything (file or folder) stands at `uri`, through vscode.workspace.fs. */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
