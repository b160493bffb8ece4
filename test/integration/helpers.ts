import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'news-annotator.news-annotator';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openArticle(name: string): Promise<{ editor: vscode.TextEditor; api: NewsAnnotatorApi }> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(document);
  const extension = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID)!;
  const api = await extension.activate();
  return { editor, api };
}

export function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = document.getText().indexOf(text, index + 1);
  if (index < 0) throw new Error(`"${text}" not in ${document.uri.path}`);
  return document.positionAt(index + 1);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function setSetting(name: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsAnnotator').update(name, value, vscode.ConfigurationTarget.Workspace);
}
