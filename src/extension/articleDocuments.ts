import * as vscode from 'vscode';
import { documentLength } from './annotationStore';
import type { Configuration } from './configuration';

export const ARTICLE_LANGUAGE = 'news-article';

/**
 * Decides which documents are articles: the news-article language, plain text matching
 * `newsAnnotator.files` but not `newsAnnotator.exclude`, and any document the user
 * toggled on (untitled ones included); a toggle off wins over the globs.
 */
export class ArticleDocuments {
  private readonly overrides = new Map<string, boolean>();
  private readonly explained = new Set<string>();

  constructor(private readonly configuration: Configuration) {}

  isArticle(document: vscode.TextDocument): boolean {
    const override = this.overrides.get(document.uri.toString());
    if (override !== undefined) return override;
    if (document.languageId === ARTICLE_LANGUAGE) return true;
    if (document.languageId !== 'plaintext' || document.uri.scheme === 'untitled') return false;
    const { files, exclude } = this.configuration.settings;
    const matches = (pattern: string) => vscode.languages.match({ pattern }, document) > 0;
    return files.some(matches) && !exclude.some(matches);
  }

  /** Whether a file this large waits for an explicit request. */
  isTooLarge(document: vscode.TextDocument): boolean {
    return documentLength(document) > this.configuration.settings.maxFileSize && this.overrides.get(document.uri.toString()) !== true;
  }

  /** Says once per file why an article over the size limit is not highlighted. */
  explainIfTooLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.explained.has(key) || !this.isArticle(document) || !this.isTooLarge(document)) return;
    this.explained.add(key);
    void vscode.window
      .showInformationMessage(
        `News Annotator: ${vscode.workspace.asRelativePath(document.uri)} is longer than newsAnnotator.maxFileSize (${this.configuration.settings.maxFileSize} characters), so it is annotated only on request.`,
        'Annotate This File',
      )
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('newsAnnotator.toggle');
      });
  }

  toggle(document: vscode.TextDocument): boolean {
    const next = !(this.isArticle(document) && !this.isTooLarge(document));
    this.overrides.set(document.uri.toString(), next);
    return next;
  }

  forget(document: vscode.TextDocument): void {
    this.overrides.delete(document.uri.toString());
  }
}
