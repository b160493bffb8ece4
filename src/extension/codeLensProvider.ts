import * as vscode from 'vscode';
import type { AnnotationStore } from './annotationStore';
import type { Configuration } from './configuration';
import { mentionsLabel, summaryTitle } from './presentation/entityPresentation';
import { firstMentions } from './presentation/firstMentions';

/**
 * Above the headline: the summary ("5 leaders · 9 countries · 4 amounts") and "Export
 * JSON"; above the first mention of each leader and country: "N mentions". Never
 * annotates while asked: a large article's lenses wait for the worker, and during typing
 * the request waits for the debounced re-annotation, so the editor keeps the previous
 * lenses on screen instead of dropping them and shifting the text.
 */
export class CodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: AnnotationStore,
    private readonly configuration: Configuration,
  ) {
    this.subscriptions = [store.onDidAnnotate(() => this.changed.fire()), configuration.onDidChange(() => this.changed.fire())];
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!this.configuration.settings.codeLensEnabled) return [];
    const annotated = await this.store.settled(document, token);
    if (!annotated || token.isCancellationRequested) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [
      new vscode.CodeLens(top, { title: summaryTitle(annotated), command: 'newsAnnotator.showEntities', tooltip: 'Pick an entity and jump to it' }),
      new vscode.CodeLens(top, { title: 'Export JSON', command: 'newsAnnotator.exportJson', arguments: [document.uri], tooltip: 'Export the annotations as JSON' }),
    ];
    for (const entity of annotated.entities) {
      if (entity.type !== 'leader' && entity.type !== 'country') continue;
      const first = firstMentions(annotated).get(entity.id);
      if (!first) continue;
      const position = document.positionAt(first.start);
      // The references peek is computed when the lens is clicked, not for every lens drawn.
      lenses.push(
        new vscode.CodeLens(new vscode.Range(position, position), {
          title: `${entity.name}: ${mentionsLabel(entity)}`,
          command: 'newsAnnotator.findAllMentions',
          arguments: [document.uri.toString(), first.start],
        }),
      );
    }
    return lenses;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}
