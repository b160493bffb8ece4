import * as vscode from 'vscode';
import { ENTITY_TYPES } from '../core';
import type { AnnotationStore } from './annotationStore';
import { annotationAt, mentionsLabel, mentionsOf, TYPE_LABELS } from './presentation/entityPresentation';
import { firstMentions } from './presentation/firstMentions';

const SYMBOL_KINDS = {
  leader: vscode.SymbolKind.Object,
  country: vscode.SymbolKind.Module,
  amount: vscode.SymbolKind.Number,
  organization: vscode.SymbolKind.Class,
  place: vscode.SymbolKind.Package,
  date: vscode.SymbolKind.Event,
} as const;

/** All mentions of the entity under the cursor (Find All References, the references peek). */
export class ReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: AnnotationStore) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    const annotated = this.store.get(document);
    if (!annotated) return [];
    const annotation = annotationAt(annotated, document.offsetAt(position));
    if (!annotation) return [];
    return mentionsOf(annotated, annotation.entityId).map(
      (a) => new vscode.Location(document.uri, new vscode.Range(document.positionAt(a.start), document.positionAt(a.end))),
    );
  }
}

/** The Outline and Go to Symbol: entities grouped by type, each at its first mention. */
export class DocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnnotationStore) {}

  /** Waits for a pending re-annotation rather than emptying the Outline while the user types. */
  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const annotated = await this.store.settled(document, token);
    if (!annotated || token.isCancellationRequested) return [];
    const firsts = firstMentions(annotated);
    const groups: vscode.DocumentSymbol[] = [];
    for (const type of ENTITY_TYPES) {
      const entities = annotated.entities.filter((e) => e.type === type);
      if (entities.length === 0) continue;
      const children = entities.map((entity) => {
        const first = firsts.get(entity.id)!;
        const range = new vscode.Range(document.positionAt(first.start), document.positionAt(first.end));
        return new vscode.DocumentSymbol(entity.name, mentionsLabel(entity), SYMBOL_KINDS[type], range, range);
      });
      const span = new vscode.Range(children[0]!.range.start, children[children.length - 1]!.range.end);
      const group = new vscode.DocumentSymbol(`${TYPE_LABELS[type].plural} (${entities.length})`, '', vscode.SymbolKind.Namespace, span.union(children.reduce((r, c) => r.union(c.range), span)), children[0]!.range);
      group.children = children;
      groups.push(group);
    }
    return groups;
  }
}
