import * as vscode from 'vscode';
import type { AnnotatedDocument, Annotator } from '../core';
import type { ArticleDocuments } from './articleDocuments';
import type { Configuration } from './configuration';

interface CacheEntry {
  readonly version: number;
  readonly document: AnnotatedDocument;
}

/**
 * Annotations per document version. Opening an article annotates it at once; edits
 * re-annotate after the debounce delay, so typing never waits for the engine, and a result
 * for an older version is never served.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly annotated = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidAnnotate = this.annotated.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly annotator: () => Annotator,
    private readonly articles: ArticleDocuments,
    private readonly configuration: Configuration,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      this.annotated,
    );
  }

  /** The annotations of the document's current version, computing them if needed. */
  get(document: vscode.TextDocument): AnnotatedDocument | undefined {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.document;
    if (!this.articles.isArticle(document) || this.articles.isTooLarge(document)) return undefined;
    return this.annotateNow(document);
  }

  /** The cached annotations, even of an older version: for rendering while an edit is pending. */
  peek(document: vscode.TextDocument): AnnotatedDocument | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached?.version === document.version ? cached.document : undefined;
  }

  annotateNow(document: vscode.TextDocument): AnnotatedDocument {
    const key = document.uri.toString();
    this.cancel(key);
    const result = this.annotator().annotate(document.getText(), { uri: key });
    this.cache.set(key, { version: document.version, document: result });
    this.annotated.fire(document);
    return result;
  }

  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    if (!this.articles.isArticle(document) || this.articles.isTooLarge(document)) return;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.annotateNow(document);
      }, this.configuration.settings.debounceMs),
    );
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.cache.delete(key);
  }

  clear(): void {
    for (const key of [...this.timers.keys()]) this.cancel(key);
    this.cache.clear();
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    this.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
