import * as vscode from 'vscode';
import type { AnnotationStore } from './annotationStore';
import type { ArticleDocuments } from './articleDocuments';
import { annotationAt, mentionsLabel, mentionsOf, TYPE_LABELS } from './presentation/entityPresentation';
import { firstMentions } from './presentation/firstMentions';

/** Commands that move between mentions and switch annotation on and off. */
export class EntityCommands {
  constructor(
    private readonly store: AnnotationStore,
    private readonly articles: ArticleDocuments,
    private readonly refresh: () => void,
  ) {}

  /** A quick pick of every entity; the chosen one's first mention is revealed. */
  async showEntities(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const annotated = editor && this.store.get(editor.document);
    if (!editor || !annotated) return;
    const items = annotated.entities.map((entity) => ({
      label: `$(${TYPE_LABELS[entity.type].icon}) ${entity.name}`,
      description: `${TYPE_LABELS[entity.type].singular} · ${mentionsLabel(entity)}`,
      entity,
    }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Jump to an entity', matchOnDescription: true });
    const first = picked && firstMentions(annotated).get(picked.entity.id);
    if (first) this.reveal(editor, first.start, first.end);
  }

  /** From the hover's link (uri, offset) or the cursor: the next mention of the same entity, wrapping. */
  async nextMention(uri?: string, offset?: number): Promise<void> {
    const target = await this.locate(uri, offset);
    if (!target) return;
    const { editor, mentions, index } = target;
    const next = mentions[(index + 1) % mentions.length]!;
    this.reveal(editor, next.start, next.end);
  }

  async findAllMentions(uri?: string, offset?: number): Promise<void> {
    const target = await this.locate(uri, offset);
    if (!target) return;
    const { editor, mentions, index } = target;
    const document = editor.document;
    const locations = mentions.map((a) => new vscode.Location(document.uri, new vscode.Range(document.positionAt(a.start), document.positionAt(a.end))));
    await vscode.commands.executeCommand('editor.action.showReferences', document.uri, document.positionAt(mentions[index]!.start), locations);
  }

  toggle(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return;
    const on = this.articles.toggle(document);
    this.store.forget(document);
    if (on) this.store.annotateNow(document);
    this.refresh();
    void vscode.window.setStatusBarMessage(`News Annotator: annotation ${on ? 'on' : 'off'} for this file`, 3000);
  }

  private async locate(uri?: string, offset?: number) {
    let editor = vscode.window.activeTextEditor;
    if (uri && editor?.document.uri.toString() !== uri) {
      editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
    }
    if (!editor) return undefined;
    const annotated = this.store.get(editor.document);
    if (!annotated) return undefined;
    const at = offset ?? editor.document.offsetAt(editor.selection.active);
    const annotation = annotationAt(annotated, at);
    if (!annotation) return undefined;
    const mentions = mentionsOf(annotated, annotation.entityId);
    return { editor, mentions, index: Math.max(0, mentions.findIndex((m) => m.id === annotation.id)) };
  }

  private reveal(editor: vscode.TextEditor, start: number, end: number): void {
    const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
