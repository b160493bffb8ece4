import * as vscode from 'vscode';
import { ENTITY_TYPES } from '../core/model/entityType';
import type { AnnotationStore } from './annotationStore';

const TOKEN_TYPES = ENTITY_TYPES.map((type) => `newsEntity${type[0]!.toUpperCase()}${type.slice(1)}`);
export const SEMANTIC_LEGEND = new vscode.SemanticTokensLegend(TOKEN_TYPES, []);

/**
 * Mentions in the visible range as semantic tokens (newsEntityLeader, newsEntityCountry, …), so theme authors
 * can style them with `editor.semanticTokenColorCustomizations`. Mentions that cross a
 * line break are left out: a semantic token lives on one line.
 */
export class SemanticTokensProvider implements vscode.DocumentRangeSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: AnnotationStore) {
    this.subscription = store.onDidAnnotate(() => this.changed.fire());
  }

  /** Asked for the visible range: a large article costs what is on screen, not its length. */
  async provideDocumentRangeSemanticTokens(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    const builder = new vscode.SemanticTokensBuilder(SEMANTIC_LEGEND);
    // Waiting for a pending re-annotation keeps the previous tokens on screen while the user types.
    const annotated = await this.store.settled(document, token);
    if (!annotated || token.isCancellationRequested) return builder.build();
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    let lastLine = -1;
    let lastEnd = -1;
    for (const annotation of annotated.annotations) {
      if (annotation.end <= from) continue;
      if (annotation.start >= to) break;
      const start = document.positionAt(annotation.start);
      const end = document.positionAt(annotation.end);
      // One line each, in order, no overlap: nested mentions keep the outer one.
      if (start.line !== end.line || (start.line === lastLine && start.character < lastEnd)) continue;
      builder.push(start.line, start.character, end.character - start.character, ENTITY_TYPES.indexOf(annotation.type), 0);
      lastLine = start.line;
      lastEnd = end.character;
    }
    return builder.build();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
