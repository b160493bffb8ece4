import * as vscode from 'vscode';
import type { Configuration } from './configuration';

export const ARTICLE_LANGUAGE = 'news-article';

/**
 * Decides which documents are articles: the news-article language, plain text matching
 * `newsAnnotator.files` but not `newsAnnotator.exclude`, and any document the user
 * toggled on (untitled ones included); a toggle off wins over the globs.
 */
export class ArticleDocuments {
  private readonly overrides = new Map<string, boolean>();

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
    return document.getText().length > this.configuration.settings.maxFileSize && this.overrides.get(document.uri.toString()) !== true;
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
