import * as vscode from 'vscode';
import type { AnnotationStore } from './annotationStore';
import { summaryTitle } from './presentation/entityPresentation';

/** The active article's counts; a click opens the Entities view. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.summary', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: AnnotationStore) {
    this.item.name = 'News Annotator';
    this.item.command = 'newsAnnotator.entities.focus';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidAnnotate((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const annotated = document && this.store.peek(document);
    if (!annotated) {
      this.item.hide();
      return;
    }
    this.item.text = `$(note) ${annotated.entities.length} entities`;
    this.item.tooltip = `News Annotator: ${summaryTitle(annotated)}`;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
