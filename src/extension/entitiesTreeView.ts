import * as vscode from 'vscode';
import { ENTITY_TYPES, type AnnotatedDocument, type Entity, type EntityType } from '../core';
import type { AnnotationStore } from './annotationStore';
import { mentionsLabel, TYPE_LABELS } from './presentation/entityPresentation';
import { firstMentions } from './presentation/firstMentions';

type Node = { kind: 'type'; type: EntityType; count: number } | { kind: 'entity'; entity: Entity };

/** The Explorer's "Entities" view: the active article's entities by type, with counts. */
export class EntitiesTreeView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: AnnotationStore) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire()),
      store.onDidAnnotate((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.changed.fire();
      }),
    ];
  }

  private current(): { document: vscode.TextDocument; annotated: AnnotatedDocument } | undefined {
    const document = vscode.window.activeTextEditor?.document;
    const annotated = document && this.store.get(document);
    return document && annotated ? { document, annotated } : undefined;
  }

  getChildren(node?: Node): Node[] {
    const current = this.current();
    if (!current) return [];
    const { entities } = current.annotated;
    if (!node) {
      return ENTITY_TYPES.map((type) => ({ kind: 'type' as const, type, count: entities.filter((e) => e.type === type).length })).filter((n) => n.count > 0);
    }
    if (node.kind === 'type') {
      return entities
        .filter((e) => e.type === node.type)
        .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
        .map((entity) => ({ kind: 'entity' as const, entity }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(TYPE_LABELS[node.type].plural, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(TYPE_LABELS[node.type].icon, new vscode.ThemeColor(`newsAnnotator.${node.type}Underline`));
      return item;
    }
    const item = new vscode.TreeItem(node.entity.name, vscode.TreeItemCollapsibleState.None);
    item.description = mentionsLabel(node.entity);
    const current = this.current();
    const first = current && firstMentions(current.annotated).get(node.entity.id);
    if (current && first) {
      item.command = {
        command: 'vscode.open',
        title: 'Go to first mention',
        arguments: [current.document.uri, { selection: new vscode.Range(current.document.positionAt(first.start), current.document.positionAt(first.end)) }],
      };
    }
    return item;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}
