import * as vscode from 'vscode';
import { ENTITY_TYPES, type AnnotatedDocument, type EntityType } from '../core';
import type { AnnotationStore } from './annotationStore';
import type { Configuration } from './configuration';

/** Above this many mentions only the visible lines (plus a margin) are decorated. */
const VISIBLE_ONLY_THRESHOLD = 2000;
const MARGIN_LINES = 200;

/**
 * One decoration type per entity type, coloured through contributed theme colours. Plain
 * ranges only: hovers come from the hover provider, which keeps setDecorations cheap.
 */
export class Decorations implements vscode.Disposable {
  private readonly types = new Map<EntityType, vscode.TextEditorDecorationType>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** How many ranges of each type the editor was last given, for the extension-host tests. */
  readonly applied = new WeakMap<vscode.TextEditor, Partial<Record<EntityType, number>>>();

  constructor(
    private readonly store: AnnotationStore,
    private readonly configuration: Configuration,
  ) {
    for (const type of ENTITY_TYPES) {
      this.types.set(
        type,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor(`newsAnnotator.${type}Background`),
          borderColor: new vscode.ThemeColor(`newsAnnotator.${type}Underline`),
          borderStyle: 'solid',
          borderWidth: '0 0 2px 0',
          overviewRulerColor: new vscode.ThemeColor(`newsAnnotator.${type}Underline`),
          overviewRulerLane: vscode.OverviewRulerLane.Right,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
    this.subscriptions.push(
      store.onDidAnnotate((document) => this.refreshDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const annotated = store.peek(event.textEditor.document);
        if (annotated && annotated.annotations.length > VISIBLE_ONLY_THRESHOLD) this.apply(event.textEditor, annotated);
      }),
      configuration.onDidChange(() => this.refreshAll()),
    );
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refreshEditor(editor);
  }

  private refreshDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.refreshEditor(editor);
  }

  private refreshEditor(editor: vscode.TextEditor): void {
    const annotated = this.store.get(editor.document);
    if (annotated) this.apply(editor, annotated);
    else this.clear(editor);
  }

  clear(editor: vscode.TextEditor): void {
    for (const decoration of this.types.values()) editor.setDecorations(decoration, []);
    this.applied.set(editor, {});
  }

  private apply(editor: vscode.TextEditor, annotated: AnnotatedDocument): void {
    const document = editor.document;
    const enabled = this.configuration.settings.enabledTypes;
    let from = 0;
    let to = Number.MAX_SAFE_INTEGER;
    if (annotated.annotations.length > VISIBLE_ONLY_THRESHOLD && editor.visibleRanges.length > 0) {
      const first = editor.visibleRanges[0]!.start.line;
      const last = editor.visibleRanges[editor.visibleRanges.length - 1]!.end.line;
      from = document.offsetAt(new vscode.Position(Math.max(0, first - MARGIN_LINES), 0));
      to = document.offsetAt(new vscode.Position(Math.min(document.lineCount - 1, last + MARGIN_LINES), Number.MAX_SAFE_INTEGER));
    }
    const ranges = new Map<EntityType, vscode.Range[]>(ENTITY_TYPES.map((t) => [t, []]));
    for (const annotation of annotated.annotations) {
      if (annotation.end < from) continue;
      if (annotation.start > to) break;
      if (!enabled.has(annotation.type)) continue;
      ranges.get(annotation.type)!.push(new vscode.Range(document.positionAt(annotation.start), document.positionAt(annotation.end)));
    }
    for (const [type, decoration] of this.types) editor.setDecorations(decoration, ranges.get(type)!);
    this.applied.set(editor, Object.fromEntries([...ranges].map(([type, list]) => [type, list.length])));
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const decoration of this.types.values()) decoration.dispose();
  }
}
