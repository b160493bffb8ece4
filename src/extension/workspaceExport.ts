import * as vscode from 'vscode';
import type { AnnotationWorker } from './annotationWorker';
import type { Configuration } from './configuration';
import { describeFileSystemError } from './fileSystemErrors';
import { PendingFile } from './pendingFile';
import type { UserMessages } from './userMessages';
import { fileExists } from './fileExists';

/** `jsonLines`: one `.jsonl` file, a document per line; `jsonFolder`: an `.annotations.json` per article, subfolders kept. */
export type WorkspaceExportLayout = 'jsonLines' | 'jsonFolder';

const JSON_LINES_NAME = 'workspace.annotations.jsonl';
const JSON_SUFFIX = '.annotations.json';

/** What scripts and tests may pass to the command; people are asked for whatever is left out. */
export interface WorkspaceExportOptions {
  layout?: WorkspaceExportLayout;
  /** The `.jsonl` file or the folder; otherwise `newsAnnotator.export.directory`, otherwise a dialog. */
  target?: vscode.Uri;
  /** Replace existing export files without asking. */
  replace?: boolean;
  /** Cancels like the notification's Cancel button. */
  cancellation?: vscode.CancellationToken;
}

export interface WorkspaceExportSummary {
  layout: WorkspaceExportLayout;
  /** The `.jsonl` file or the folder. */
  target: vscode.Uri;
  /** Articles exported. */
  files: number;
  entities: number;
  skipped: Array<{ file: string; reason: string }>;
}

interface ArticleExport {
  readonly article: vscode.Uri;
  /** Relative to the workspace folder, as the summary and `source.path` name it. */
  readonly file: string;
  /** Its own `.annotations.json` (folder layout only). */
  readonly target?: vscode.Uri;
}

class ExportCancelled extends Error {}

/** A write that failed, naming the file; ends the export. */
class ExportWriteError extends Error {
  constructor(
    readonly file: vscode.Uri,
    readonly reason: string,
  ) {
    super(`could not write ${file.fsPath || file.toString()}: ${reason}`);
  }
}

/**
 * "Export Workspace Annotations": every article matching `newsAnnotator.files` as one
 * JSON Lines file or as a folder of JSON files, under a cancellable progress notification.
 * The main thread only reads and writes (vscode.workspace.fs, asynchronous); decoding,
 * annotating and rendering with schema validation happen in the worker thread. Output
 * goes to temporary files renamed into place at the end, so a cancelled or failed export
 * leaves no partial or temporary file, and articles are only ever read.
 */
export class WorkspaceExport {
  constructor(
    private readonly worker: AnnotationWorker,
    private readonly configuration: Configuration,
    private readonly output: vscode.OutputChannel,
    private readonly messages: UserMessages,
  ) {}

  async run(options: WorkspaceExportOptions = {}): Promise<WorkspaceExportSummary | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      this.messages.warning('News Annotator: open a folder to export its articles.');
      return undefined;
    }
    const layout = options.layout ?? (await askLayout());
    if (!layout) return undefined;
    const chosen = options.target ?? this.configuredTarget(folder, layout);
    const target = chosen ?? (await askTarget(folder, layout));
    if (!target) return undefined;

    const articles = await this.listArticles(layout, target);
    if (articles.length === 0) {
      this.messages.warning('News Annotator: no file in the workspace matches newsAnnotator.files (and not newsAnnotator.exclude); nothing exported.');
      return undefined;
    }
    // The save dialog has asked about replacing its file already.
    const askedByDialog = !chosen && layout === 'jsonLines';
    if (!options.replace && !askedByDialog && !(await this.agreeToReplace(layout, target, articles))) return undefined;

    const summary: WorkspaceExportSummary = { layout, target, files: 0, entities: 0, skipped: [] };
    const pending: PendingFile[] = [];
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'News Annotator: exporting workspace annotations', cancellable: true },
      async (progress, token) => {
        const checkCancellation = () => {
          if (token.isCancellationRequested || options.cancellation?.isCancellationRequested) throw new ExportCancelled();
        };
        try {
          const lines = await this.exportArticles(articles, layout, summary, pending, checkCancellation, progress);
          if (layout === 'jsonLines') {
            const file = new PendingFile(target);
            pending.push(file);
            await write(file, concatenate(lines));
          }
          checkCancellation();
          progress.report({ message: 'renaming the finished files into place' });
          // From here on the export is complete: a cancellation no longer throws it away.
          while (pending.length > 0) {
            const file = pending[0]!;
            await file.commit().then(undefined, (error: unknown) => {
              throw new ExportWriteError(file.target, describeFileSystemError(error));
            });
            pending.shift();
          }
          return 'exported' as const;
        } catch (error) {
          await Promise.all(pending.map((file) => file.discard()));
          if (error instanceof ExportCancelled) return 'cancelled' as const;
          if (error instanceof ExportWriteError) {
            this.messages.error(`News Annotator: ${error.message}. The export stopped; no article was changed.`);
            return 'failed' as const;
          }
          throw error;
        }
      },
    );
    if (outcome === 'cancelled') void this.messages.information('News Annotator: export cancelled; nothing was written.');
    if (outcome !== 'exported') return undefined;
    this.report(summary);
    return summary;
  }

  /**
   * Reads each article and has the worker render it: a line kept in memory for JSON
   * Lines, or a temporary file beside its target for the folder layout. A file that
   * cannot be read or annotated is skipped with the reason; a write that fails ends it all.
   */
  private async exportArticles(
    articles: readonly ArticleExport[],
    layout: WorkspaceExportLayout,
    summary: WorkspaceExportSummary,
    pending: PendingFile[],
    checkCancellation: () => void,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
  ): Promise<Uint8Array[]> {
    const { maxFileSize } = this.configuration.settings;
    const lines: Uint8Array[] = [];
    const exportedFrom = new Map<string, string>();
    for (const [index, { article, file, target }] of articles.entries()) {
      checkCancellation();
      progress.report({ message: `${index + 1}/${articles.length} ${file}`, increment: 100 / articles.length });
      // a.txt and a.news would both become a.annotations.json.
      const earlier = target && exportedFrom.get(target.toString());
      if (earlier) {
        summary.skipped.push({ file, reason: `${vscode.workspace.asRelativePath(target)} is already written for ${earlier}` });
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(article);
      } catch (error) {
        summary.skipped.push({ file, reason: `cannot read: ${describeFileSystemError(error)}` });
        continue;
      }
      checkCancellation();
      let outcome;
      try {
        outcome = await this.worker.renderExport({
          bytes,
          uri: article.toString(),
          path: file,
          rendering: layout === 'jsonLines' ? 'jsonLine' : 'json',
          maxFileSize,
        });
      } catch (error) {
        summary.skipped.push({ file, reason: `not annotated: ${String((error as Error).message ?? error).split('\n')[0]}` });
        continue;
      }
      if ('skipped' in outcome) {
        summary.skipped.push({ file, reason: outcome.skipped });
        continue;
      }
      if (target) {
        exportedFrom.set(target.toString(), file);
        const pendingFile = new PendingFile(target);
        pending.push(pendingFile);
        await write(pendingFile, outcome.rendered.content);
      } else lines.push(outcome.rendered.content);
      summary.files++;
      summary.entities += outcome.rendered.entities;
    }
    return lines;
  }

  private configuredTarget(folder: vscode.WorkspaceFolder, layout: WorkspaceExportLayout): vscode.Uri | undefined {
    const directory = this.configuration.settings.exportDirectory;
    if (!directory) return undefined;
    const root = directory.startsWith('/') ? vscode.Uri.file(directory) : vscode.Uri.joinPath(folder.uri, directory);
    return layout === 'jsonLines' ? vscode.Uri.joinPath(root, JSON_LINES_NAME) : root;
  }

  private async listArticles(layout: WorkspaceExportLayout, target: vscode.Uri): Promise<ArticleExport[]> {
    const { files, exclude } = this.configuration.settings;
    const found = await vscode.workspace.findFiles(`{${files.join(',')}}`, exclude.length > 0 ? `{${exclude.join(',')}}` : undefined);
    const articles = found
      .filter((uri) => uri.toString() !== target.toString())
      .map((uri) => ({ uri, file: vscode.workspace.asRelativePath(uri, false) }))
      .sort((a, b) => a.file.localeCompare(b.file));
    if (layout === 'jsonLines') return articles.map(({ uri, file }) => ({ article: uri, file }));
    return articles.map(({ uri, file }) => ({ article: uri, file, target: vscode.Uri.joinPath(target, file.replace(/\.[^./]+$/, '') + JSON_SUFFIX) }));
  }

  /** Asks once, naming the existing files (or how many), before any of them is replaced. */
  private async agreeToReplace(layout: WorkspaceExportLayout, target: vscode.Uri, articles: readonly ArticleExport[]): Promise<boolean> {
    const targets = layout === 'jsonLines' ? [target] : articles.map((article) => article.target!);
    const existing: vscode.Uri[] = [];
    for (const uri of targets) {
      if (await fileExists(uri)) existing.push(uri);
    }
    if (existing.length === 0) return true;
    const name = vscode.workspace.asRelativePath(existing[0]!);
    const question =
      existing.length === 1
        ? `${name} exists. Replace it?`
        : `${existing.length} export files exist in ${vscode.workspace.asRelativePath(target)} (${name} and others). Replace them?`;
    return this.messages.confirm(question, 'Replace');
  }

  private report(summary: WorkspaceExportSummary): void {
    const where = vscode.workspace.asRelativePath(summary.target);
    this.output.appendLine(`Exported ${summary.files} articles (${summary.entities} entities) to ${where}; skipped ${summary.skipped.length}.`);
    for (const { file, reason } of summary.skipped) this.output.appendLine(`  skipped ${file}: ${reason}`);
    const skipped = summary.skipped.slice(0, 3).map(({ file, reason }) => `${file} (${reason})`);
    const more = summary.skipped.length > 3 ? ` and ${summary.skipped.length - 3} more` : '';
    const text =
      `News Annotator: exported ${summary.files} article${summary.files === 1 ? '' : 's'} (${summary.entities} entities) to ${where}` +
      (summary.skipped.length > 0 ? `; skipped ${skipped.join(', ')}${more}.` : '.');
    void this.messages.information(text, ...(summary.skipped.length > 0 ? ['Show Skipped Files'] : [])).then((action) => {
      if (action) this.output.show(true);
    });
  }
}

/** The JSON lines as one file's bytes (each rendered line ends with its newline). */
function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}

async function write(file: PendingFile, content: Uint8Array): Promise<void> {
  try {
    await file.write(content);
  } catch (error) {
    throw new ExportWriteError(file.target, describeFileSystemError(error));
  }
}

async function askLayout(): Promise<WorkspaceExportLayout | undefined> {
  const items: Array<vscode.QuickPickItem & { layout: WorkspaceExportLayout }> = [
    { label: 'One JSON Lines file', description: JSON_LINES_NAME, detail: 'One annotated document per line, for corpus tools.', layout: 'jsonLines' },
    { label: 'A folder of JSON files', description: `<article>${JSON_SUFFIX}`, detail: 'One file per article, subfolders kept.', layout: 'jsonFolder' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Export Workspace Annotations', placeHolder: 'Export the annotations as…' });
  return picked?.layout;
}

async function askTarget(folder: vscode.WorkspaceFolder, layout: WorkspaceExportLayout): Promise<vscode.Uri | undefined> {
  if (layout === 'jsonLines') {
    return vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(folder.uri, JSON_LINES_NAME),
      filters: { 'JSON Lines': ['jsonl'] },
      saveLabel: 'Export',
      title: 'Export Workspace Annotations',
    });
  }
  const chosen = await vscode.window.showOpenDialog({
    defaultUri: folder.uri,
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: 'Export Here',
    title: 'Export Workspace Annotations: folder for the JSON files (the workspace folder puts each beside its article)',
  });
  return chosen?.[0];
}

