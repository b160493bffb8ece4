import * as vscode from 'vscode';
import { ENTITY_TYPES, firstStartingFrom, type Annotation, type EntityType } from '../core';
import type { AnnotationStore } from './annotationStore';
import type { Configuration, DecorationStyle } from './configuration';
import type { Preview, VisibleLinesPreview } from './visibleLinesPreview';

/** Above this many mentions only the visible lines (plus a margin) are decorated. */
const VISIBLE_ONLY_THRESHOLD = 2000;
const MARGIN_LINES = 200;

/** What an editor was last decorated with: a preview of the lines around the screen, or the article's annotations. */
export type DecorationSource = 'preview' | 'annotations';

export interface AppliedDecorations {
  readonly editor: vscode.TextEditor;
  readonly source: DecorationSource;
  /** Ranges passed to setDecorations, per type. */
  readonly counts: Partial<Record<EntityType, number>>;
}

/**
 * One decoration type per entity type, coloured through contributed theme colours. Plain
 * ranges only: hovers come from the hover provider, which keeps setDecorations cheap.
 * While a large article waits for the worker, the lines around the screen show a preview.
 */
export class Decorations implements vscode.Disposable {
  private readonly types = new Map<EntityType, vscode.TextEditorDecorationType>();
  private style: DecorationStyle;
  /** The lines last decorated in an editor: all of them, or the visible lines plus a margin. */
  private readonly windows = new WeakMap<vscode.TextEditor, { from: number; to: number }>();
  /** The preview an editor shows, so scrolling within it resends nothing. */
  private readonly shownPreviews = new WeakMap<vscode.TextEditor, Preview>();
  private readonly decorated = new vscode.EventEmitter<AppliedDecorations>();
  /** Fires after each setDecorations round, for the extension-host tests. */
  readonly onDidDecorate = this.decorated.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** How many ranges of each type the editor was last given, for the extension-host tests. */
  readonly applied = new WeakMap<vscode.TextEditor, Partial<Record<EntityType, number>>>();

  constructor(
    private readonly store: AnnotationStore,
    private readonly configuration: Configuration,
    private readonly preview: VisibleLinesPreview,
  ) {
    this.style = configuration.settings.decorationStyle;
    this.createTypes();
    this.subscriptions.push(
      store.onDidAnnotate((document) => {
        preview.forget(document);
        this.refreshDocument(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => preview.forget(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor: editor }) => {
        const annotated = store.peek(editor.document);
        if (annotated) {
          if (this.scrolledOutOfWindow(editor)) this.apply(editor, annotated.annotations, 'annotations');
        } else if (store.awaitsWorker(editor.document) && (this.shownPreviews.has(editor) || this.scrolledOutOfWindow(editor))) {
          // A shown preview checks exactly what it covers (it may cut a very long line). Otherwise the
          // previous version's decorations stay until the screen leaves them, as for a full result.
          this.showPreview(editor);
        }
      }),
      this.decorated,
      configuration.onDidChange((settings) => {
        if (settings.decorationStyle !== this.style) {
          this.style = settings.decorationStyle;
          this.disposeTypes();
          this.createTypes();
        }
        this.refreshAll();
      }),
    );
  }

  private createTypes(): void {
    const background = this.style !== 'underline';
    const underline = this.style !== 'background';
    for (const type of ENTITY_TYPES) {
      this.types.set(
        type,
        vscode.window.createTextEditorDecorationType({
          ...(background ? { backgroundColor: new vscode.ThemeColor(`newsAnnotator.${type}Background`) } : {}),
          ...(underline
            ? { borderColor: new vscode.ThemeColor(`newsAnnotator.${type}Underline`), borderStyle: 'solid', borderWidth: '0 0 2px 0' }
            : {}),
          overviewRulerColor: new vscode.ThemeColor(`newsAnnotator.${type}Underline`),
          overviewRulerLane: vscode.OverviewRulerLane.Right,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
  }

  private disposeTypes(): void {
    for (const decoration of this.types.values()) decoration.dispose();
    this.types.clear();
  }

  /**
   * Whether an editor scrolled far enough that the decorated lines no longer cover the
   * screen with some margin to spare: small scrolls do not resend any decorations.
   */
  private scrolledOutOfWindow(editor: vscode.TextEditor): boolean {
    const window = this.windows.get(editor);
    const visible = editor.visibleRanges;
    if (!window || visible.length === 0) return true;
    const first = visible[0]!.start.line;
    const last = visible[visible.length - 1]!.end.line;
    const slack = MARGIN_LINES / 4;
    return (window.from > 0 && first < window.from + slack) || (window.to < editor.document.lineCount - 1 && last > window.to - slack);
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refreshEditor(editor);
  }

  private refreshDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.refreshEditor(editor);
  }

  private refreshEditor(editor: vscode.TextEditor): void {
    const annotated = this.store.get(editor.document);
    if (annotated) this.apply(editor, annotated.annotations, 'annotations');
    else if (this.store.awaitsWorker(editor.document)) this.showPreview(editor);
    else this.clear(editor);
  }

  private showPreview(editor: vscode.TextEditor): void {
    const preview = this.preview.around(editor);
    if (this.shownPreviews.get(editor) === preview) return;
    this.apply(editor, preview.annotations, 'preview', { from: preview.firstLine, to: preview.lastLine });
    this.shownPreviews.set(editor, preview);
  }

  clear(editor: vscode.TextEditor): void {
    for (const decoration of this.types.values()) editor.setDecorations(decoration, []);
    this.windows.delete(editor);
    this.shownPreviews.delete(editor);
    this.applied.set(editor, {});
  }

  /** Decorates the given lines, or for a result with many mentions the visible lines plus a margin, or all. */
  private apply(editor: vscode.TextEditor, annotations: readonly Annotation[], source: DecorationSource, lines?: { from: number; to: number }): void {
    const document = editor.document;
    const enabled = this.configuration.settings.enabledTypes;
    let window = lines ?? { from: 0, to: document.lineCount - 1 };
    if (!lines && annotations.length > VISIBLE_ONLY_THRESHOLD && editor.visibleRanges.length > 0) {
      window = {
        from: Math.max(0, editor.visibleRanges[0]!.start.line - MARGIN_LINES),
        to: Math.min(document.lineCount - 1, editor.visibleRanges[editor.visibleRanges.length - 1]!.end.line + MARGIN_LINES),
      };
    }
    this.windows.set(editor, window);
    this.shownPreviews.delete(editor);
    const from = document.offsetAt(new vscode.Position(window.from, 0));
    const to = document.offsetAt(document.lineAt(window.to).range.end);
    const ranges = new Map<EntityType, vscode.Range[]>(ENTITY_TYPES.map((t) => [t, []]));
    for (let index = from > 0 ? firstEndingAfter(annotations, from) : 0; index < annotations.length; index++) {
      const annotation = annotations[index]!;
      if (annotation.start > to) break;
      if (annotation.end < from || !enabled.has(annotation.type)) continue;
      ranges.get(annotation.type)!.push(new vscode.Range(document.positionAt(annotation.start), document.positionAt(annotation.end)));
    }
    for (const [type, decoration] of this.types) editor.setDecorations(decoration, ranges.get(type)!);
    const counts = Object.fromEntries([...ranges].map(([type, list]) => [type, list.length]));
    this.applied.set(editor, counts);
    this.decorated.fire({ editor, source, counts });
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.disposeTypes();
  }
}

/** How far back a mention can start and still reach past an offset: nesting is shallow. */
const NESTING_LOOKBACK = 8;

/** The index of the first mention (sorted by start) that ends after `offset`. */
function firstEndingAfter(annotations: readonly Annotation[], offset: number): number {
  const low = firstStartingFrom(annotations, offset);
  let first = low;
  for (let i = low - 1; i >= Math.max(0, low - NESTING_LOOKBACK); i--) if (annotations[i]!.end > offset) first = i;
  return first;
}
