import * as vscode from 'vscode';
import type { AnnotatedDocument, Annotator } from '../core';
import type { AnnotationWorker } from './annotationWorker';
import type { ArticleDocuments } from './articleDocuments';
import type { Configuration } from './configuration';

interface CacheEntry {
  readonly version: number;
  readonly document: AnnotatedDocument;
}

/**
 * Above this many characters a document is annotated in the worker thread: at the
 * engine's 6–12 MB/s, 200 000 characters take about 20–35 ms on the main thread.
 */
export const WORKER_THRESHOLD = 200_000;

/**
 * Annotations per document version. Opening an article annotates it at once (large ones
 * in a worker thread, so the extension host never blocks for long); edits re-annotate
 * after the debounce delay, so typing never waits for the engine, and a result for an
 * older version is never served.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly annotated = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidAnnotate = this.annotated.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  private readonly inFlight = new Map<string, number>();
  /** Providers waiting for the annotation of a scheduled or running version, per document. */
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(
    private readonly annotator: () => Annotator,
    private readonly articles: ArticleDocuments,
    private readonly configuration: Configuration,
    private readonly worker?: AnnotationWorker,
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
    if (this.worker && documentLength(document) > WORKER_THRESHOLD) {
      this.annotateInWorker(document);
      return undefined;
    }
    return this.annotateNow(document);
  }

  /**
   * Whether the current version has no annotations yet and will get them from the worker
   * (scheduled after an edit, or running): what is on screen can only be previewed meanwhile.
   */
  awaitsWorker(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    if (this.peek(document) || !(this.timers.has(key) || this.inFlight.get(key) === document.version)) return false;
    return this.worker !== undefined && documentLength(document) > WORKER_THRESHOLD;
  }

  /** Starts annotating the current version in the worker, once; onDidAnnotate tells when it is ready. */
  private annotateInWorker(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const version = document.version;
    if (this.inFlight.get(key) === version) return;
    this.inFlight.set(key, version);
    this.worker!.annotate(document.getText(), key).then(
      (result) => {
        if (this.inFlight.get(key) === version) this.inFlight.delete(key);
        // Stale: the document changed or closed while the worker ran (a newer version is scheduled).
        if (document.isClosed || document.version !== version) return;
        this.cache.set(key, { version, document: result });
        this.annotated.fire(document);
        this.wake(key);
      },
      () => {
        this.inFlight.delete(key);
        this.wake(key);
      },
    );
  }

  /**
   * What providers asked during typing should serve: the current version's annotations, or
   * nothing while a re-annotation is already scheduled (the provider is refreshed through
   * onDidAnnotate), so a keystroke never triggers a full annotation by itself.
   */
  current(document: vscode.TextDocument): AnnotatedDocument | undefined {
    const key = document.uri.toString();
    if (this.timers.has(key) || this.inFlight.has(key)) return this.peek(document);
    return this.get(document);
  }

  /**
   * For providers whose empty answer would blank what the editor shows while the user types
   * (code lenses, Outline, semantic tokens): the current version's annotations, waiting for
   * a scheduled or running annotation instead of answering "nothing" in the meantime. The
   * editor keeps showing the previous answer while this one is pending; nothing blocks.
   */
  async settled(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<AnnotatedDocument | undefined> {
    const key = document.uri.toString();
    const now = this.current(document);
    if (now || !(this.timers.has(key) || this.inFlight.has(key))) return now;
    await new Promise<void>((resolve) => {
      const cancelled = token?.onCancellationRequested(() => resolve());
      const list = this.waiting.get(key) ?? [];
      list.push(() => {
        cancelled?.dispose();
        resolve();
      });
      this.waiting.set(key, list);
    });
    return this.peek(document);
  }

  private wake(key: string): void {
    const list = this.waiting.get(key);
    this.waiting.delete(key);
    for (const resume of list ?? []) resume();
  }

  /** How many documents have annotations cached (for the extension-host tests). */
  get cachedDocuments(): number {
    return this.cache.size;
  }

  /** The cached annotations of the document's current version, never computing them. */
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
    this.wake(key);
    return result;
  }

  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    if (!this.articles.isArticle(document) || this.articles.isTooLarge(document)) {
      this.wake(key);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed) {
          this.wake(key);
          return;
        }
        if (this.worker && documentLength(document) > WORKER_THRESHOLD) this.annotateInWorker(document);
        else this.annotateNow(document);
      }, this.configuration.settings.debounceMs),
    );
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.cache.delete(key);
    this.wake(key);
  }

  clear(): void {
    for (const key of [...this.timers.keys()]) this.cancel(key);
    this.cache.clear();
    for (const key of [...this.waiting.keys()]) this.wake(key);
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    this.clear();
    this.worker?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The document's length in UTF-16 units without copying its text (getText() would). */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
