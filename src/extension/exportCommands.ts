import * as vscode from 'vscode';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/exportFormats';
import type { AnnotatedDocument } from '../core/model/annotatedDocument';
import type { AnnotationStore } from './annotationStore';
import type { Configuration } from './configuration';
import { describeFileSystemError } from './fileSystemErrors';
import { writeAtomically } from './pendingFile';
import type { UserMessages } from './userMessages';
import { fileExists } from './fileExists';

/**
 * "Export Annotations as JSON" (or, through "Export Annotations As…", another format) for the active article, an Explorer selection of one or
 * many files, or a code lens. One article asks where to save (beside the article by
 * default); several, or `newsAnnotator.export.directory`, write without asking.
 * Writes go to a temporary file that is then renamed, so a failure never leaves half a
 * file, and an existing target is replaced only after the user agrees.
 */
export class ExportCommands {
  constructor(
    private readonly store: AnnotationStore,
    private readonly configuration: Configuration,
    private readonly messages: UserMessages,
  ) {}

  exportJson(clicked?: vscode.Uri, selected?: vscode.Uri[]): Promise<vscode.Uri[]> {
    return this.export(EXPORT_FORMATS[0]!, clicked, selected);
  }

  /** "Export Annotations As…": W3C Web Annotation, brat, CoNLL or doccano as well as JSON. */
  async exportAs(clicked?: vscode.Uri, selected?: vscode.Uri[], formatId?: string): Promise<vscode.Uri[]> {
    // Keybindings and scripts may name the format; people pick it.
    const named = EXPORT_FORMATS.find((format) => format.id === formatId);
    if (named) return this.export(named, clicked, selected);
    const picked = await vscode.window.showQuickPick(
      EXPORT_FORMATS.map((format) => ({ label: format.label, description: `*${format.suffix}`, format })),
      { placeHolder: 'Export the annotations as…' },
    );
    return picked ? this.export(picked.format, clicked, selected) : [];
  }

  private async export(format: ExportFormat, clicked?: vscode.Uri, selected?: vscode.Uri[]): Promise<vscode.Uri[]> {
    const uris = selected && selected.length > 0 ? selected : clicked ? [clicked] : [];
    if (uris.length === 0) {
      const active = vscode.window.activeTextEditor?.document;
      if (!active) {
        this.messages.warning('News Annotator: open an article to export its annotations.');
        return [];
      }
      uris.push(active.uri);
    }
    const written: vscode.Uri[] = [];
    for (const uri of uris) {
      const target = await this.exportOne(format, uri, uris.length === 1);
      if (target) written.push(target);
    }
    if (written.length > 1) void this.messages.information(`News Annotator: exported ${written.length} files.`);
    return written;
  }

  private async exportOne(format: ExportFormat, uri: vscode.Uri, ask: boolean): Promise<vscode.Uri | undefined> {
    const document = await vscode.workspace.openTextDocument(uri);
    const annotated = this.store.peek(document) ?? this.store.annotateNow(document);
    let target = this.defaultTarget(document, format);
    const directory = this.configuration.settings.exportDirectory;
    if (ask && !directory) {
      const chosen = await vscode.window.showSaveDialog({
        defaultUri: target,
        filters: { [format.label]: [format.suffix.split('.').pop()!] },
        saveLabel: 'Export',
        title: `Export Annotations as ${format.label}`,
      });
      if (!chosen) return undefined;
      target = chosen;
    } else if (await fileExists(target)) {
      if (!(await this.messages.confirm(`${vscode.workspace.asRelativePath(target)} exists. Replace it?`, 'Replace'))) return undefined;
    }
    const besideArticle = isTextBesideArticle(target, document.uri);
    let content: string;
    if (format.needsTextBeside && besideArticle) {
      // brat will read the article file itself, not the editor's text.
      const onDisk = await articleOnDisk(document);
      if (onDisk === 'differs') {
        this.messages.warning(
          `News Annotator: brat reads ${vscode.workspace.asRelativePath(document.uri)} from disk, which differs from the editor. Save it, or export to another folder (the text is copied there).`,
        );
        return undefined;
      }
      content = onDisk === 'byteOrderMark' ? format.render(shifted(annotated, 1), BYTE_ORDER_MARK + document.getText()) : format.render(annotated, document.getText());
    } else content = format.render(annotated, document.getText());
    try {
      await writeAtomically(target, new TextEncoder().encode(content));
      if (format.needsTextBeside && !besideArticle) {
        await writeAtomically(target.with({ path: target.path.replace(/\.ann$/, '.txt') }), new TextEncoder().encode(document.getText()));
      }
    } catch (error) {
      this.messages.error(`News Annotator: could not write ${target.fsPath || target.toString()}: ${describeFileSystemError(error)}. The article is unchanged.`);
      return undefined;
    }
    if (ask) void this.messages.information(`News Annotator: exported ${annotated.annotations.length} annotations to ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  }

  private defaultTarget(document: vscode.TextDocument, format: ExportFormat): vscode.Uri {
    const base = document.uri.path.split('/').pop()!.replace(/\.[^.]*$/, '') || 'untitled';
    const name = `${base}${format.suffix}`;
    const directory = this.configuration.settings.exportDirectory;
    if (directory) {
      const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
      const root = directory.startsWith('/') || !folder ? vscode.Uri.file(directory) : vscode.Uri.joinPath(folder.uri, directory);
      return vscode.Uri.joinPath(root, name);
    }
    if (document.isUntitled) {
      const folder = vscode.workspace.workspaceFolders?.[0];
      return folder ? vscode.Uri.joinPath(folder.uri, name) : vscode.Uri.file(name);
    }
    return vscode.Uri.joinPath(document.uri, '..', name);
  }
}

const BYTE_ORDER_MARK = '\ufeff';

/** Whether brat's `.txt` for this `.ann` would be the article file itself. */
function isTextBesideArticle(annTarget: vscode.Uri, article: vscode.Uri): boolean {
  return annTarget.with({ path: annTarget.path.replace(/\.ann$/, '.txt') }).toString() === article.toString();
}

/**
 * How the article's file compares with the editor's text: the same, the same after a
 * UTF-8 byte-order mark (which VS Code hides and brat counts as a character), or different
 * (unsaved changes, another encoding).
 */
async function articleOnDisk(document: vscode.TextDocument): Promise<'same' | 'byteOrderMark' | 'differs'> {
  if (document.isUntitled || document.isDirty) return 'differs';
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(document.uri);
  } catch {
    return 'differs';
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text === BYTE_ORDER_MARK + document.getText() && bom) return 'byteOrderMark';
  return text === document.getText() ? 'same' : 'differs';
}

/** The annotations with every offset moved by `by` code units (their text unchanged). */
function shifted(document: AnnotatedDocument, by: number): AnnotatedDocument {
  return { ...document, annotations: document.annotations.map((a) => ({ ...a, start: a.start + by, end: a.end + by })) };
}
