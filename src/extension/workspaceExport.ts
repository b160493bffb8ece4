import * as vscode from 'vscode';
import type { Annotator } from '../core/annotator';
import type { Configuration } from './configuration';
import type { ArticleDocuments } from './articleDocuments';
import { writeAtomically } from './exportCommands';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface WorkspaceExportSummary {
  target: vscode.Uri;
  files: number;
  entities: number;
  skipped: Array<{ file: string; reason: string }>;
}

/**
 * "Export Workspace Annotations": every article of the workspace as one JSONL file (one
 * document per line), under a cancellable progress notification. Articles are annotated
 * one at a time with a yield between them, so the editor stays responsive; nothing is
 * written if the export is cancelled.
 */
export async function exportWorkspace(
  annotator: () => Annotator,
  articles: ArticleDocuments,
  configuration: Configuration,
  output: vscode.OutputChannel,
): Promise<WorkspaceExportSummary | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('News Annotator: open a folder to export its articles.');
    return undefined;
  }
  const { files, exclude, exportDirectory, maxFileSize } = configuration.settings;
  const target = exportDirectory
    ? vscode.Uri.joinPath(exportDirectory.startsWith('/') ? vscode.Uri.file(exportDirectory) : vscode.Uri.joinPath(folder.uri, exportDirectory), 'workspace.annotations.jsonl')
    : await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder.uri, 'workspace.annotations.jsonl'),
        filters: { 'JSON Lines': ['jsonl'] },
        title: 'Export Workspace Annotations',
      });
  if (!target) return undefined;
  const found = await vscode.workspace.findFiles(`{${files.join(',')}}`, exclude.length > 0 ? `{${exclude.join(',')}}` : undefined);
  const uris = found.filter((uri) => uri.toString() !== target.toString()).sort((a, b) => a.path.localeCompare(b.path));

  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'News Annotator: exporting workspace annotations', cancellable: true },
    async (progress, token) => {
      const lines: string[] = [];
      const summary: WorkspaceExportSummary = { target: target, files: 0, entities: 0, skipped: [] };
      for (const [index, uri] of uris.entries()) {
        if (token.isCancellationRequested) return undefined;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
        const file = vscode.workspace.asRelativePath(uri);
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          if (bytes.includes(0)) throw new Error('binary file');
          const text = utf8.decode(bytes);
          if (text.length > maxFileSize) throw new Error(`longer than newsAnnotator.maxFileSize (${maxFileSize})`);
          const document = annotator().annotate(text, { uri: uri.toString(), path: file });
          lines.push(JSON.stringify(document));
          summary.files++;
          summary.entities += document.entities.length;
        } catch (error) {
          summary.skipped.push({ file, reason: error instanceof TypeError ? 'not valid UTF-8 text' : (error as Error).message });
        }
        // Let typing and rendering run between articles.
        if (index % 4 === 3) await new Promise((resolve) => setImmediate(resolve));
      }
      if (token.isCancellationRequested) return undefined;
      try {
        await writeAtomically(target, new TextEncoder().encode(lines.join('\n') + (lines.length > 0 ? '\n' : '')));
      } catch (error) {
        void vscode.window.showErrorMessage(`News Annotator: could not write ${target.fsPath}: ${(error as Error).message}`);
        return undefined;
      }
      for (const { file, reason } of summary.skipped) output.appendLine(`skipped ${file}: ${reason}`);
      void vscode.window.showInformationMessage(
        `News Annotator: exported ${summary.files} articles (${summary.entities} entities) to ${vscode.workspace.asRelativePath(target)}` +
          (summary.skipped.length > 0 ? `; skipped ${summary.skipped.length} (see the News Annotator output).` : '.'),
      );
      return summary;
    },
  );
}
