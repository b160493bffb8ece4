import * as vscode from 'vscode';
import type { Annotator } from '../core/annotator';
import type { EntityType } from '../core/model/entityType';
import { createNodeAnnotator, loadResourceFiles } from '../node/nodeAnnotator';
import { AnnotationStore } from './annotationStore';
import { AnnotationWorker } from './annotationWorker';
import { ArticleDocuments, ARTICLE_LANGUAGE } from './articleDocuments';
import { CodeLensProvider } from './codeLensProvider';
import { Configuration } from './configuration';
import { Decorations, type AppliedDecorations } from './decorations';
import { EntitiesTreeView } from './entitiesTreeView';
import { EntityCommands } from './entityCommands';
import { ExportCommands } from './exportCommands';
import { HoverProvider } from './hoverProvider';
import { DocumentSymbolProvider, ReferenceProvider } from './navigationProviders';
import { SEMANTIC_LEGEND, SemanticTokensProvider } from './semanticTokens';
import { StatusBar } from './statusBar';
import { UserMessages, type ShownMessage } from './userMessages';
import { VisibleLinesPreview } from './visibleLinesPreview';
import { WorkspaceExport, type WorkspaceExportOptions } from './workspaceExport';

const SELECTOR: vscode.DocumentSelector = [{ language: ARTICLE_LANGUAGE }, { language: 'plaintext' }];

/** What the tests read: the same objects the extension uses. */
export interface NewsAnnotatorApi {
  readonly store: AnnotationStore;
  readonly articles: ArticleDocuments;
  /** Names of the settings found invalid, once per time they became invalid. */
  readonly configurationWarnings: readonly string[];
  /** How long activate() took, in milliseconds (the benchmark reads it). */
  readonly activationMs: number;
  /** The Explorer's Entities view, as VS Code reads it. */
  readonly entitiesView: EntitiesTreeView;
  /** Ranges per type last passed to setDecorations for an editor. */
  decorationCounts(editor: vscode.TextEditor): Partial<Record<EntityType, number>> | undefined;
  /** Each setDecorations round: for which editor, from a preview or the annotations, how many ranges. */
  readonly onDidDecorate: vscode.Event<AppliedDecorations>;
  exportJson(uri?: vscode.Uri): Promise<vscode.Uri[]>;
  /** Notifications the workspace export showed, in order. */
  readonly messages: readonly ShownMessage[];
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const activationStarted = performance.now();
  // The engine and its gazetteers load on the first annotation, not at activation.
  let annotator: Annotator | undefined;
  const engine = () => (annotator ??= createNodeAnnotator(loadResourceFiles(vscode.Uri.joinPath(context.extensionUri, 'dist', 'data').fsPath)));


  const configuration = new Configuration();
  const articles = new ArticleDocuments(configuration);
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  const worker = new AnnotationWorker(vscode.Uri.joinPath(dist, 'worker.js').fsPath, vscode.Uri.joinPath(dist, 'data').fsPath);
  const store = new AnnotationStore(engine, articles, configuration, worker);
  const decorations = new Decorations(store, configuration, new VisibleLinesPreview(engine));
  const codeLenses = new CodeLensProvider(store, configuration);
  const tree = new EntitiesTreeView(store);
  const semanticTokens = new SemanticTokensProvider(store);
  const commands = new EntityCommands(store, articles, () => decorations.refreshAll());
  const output = vscode.window.createOutputChannel('News Annotator');
  const messages = new UserMessages();
  const exporter = new ExportCommands(store, configuration, messages);
  const workspaceExport = new WorkspaceExport(worker, configuration, output, messages);
  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document) articles.explainIfTooLarge(document);
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.isArticle', document ? articles.isArticle(document) : false);
  };

  context.subscriptions.push(
    configuration,
    store,
    decorations,
    codeLenses,
    tree,
    new StatusBar(store),
    vscode.languages.registerHoverProvider(SELECTOR, new HoverProvider(store, engine)),
    vscode.languages.registerCodeLensProvider(SELECTOR, codeLenses),
    semanticTokens,
    vscode.languages.registerDocumentRangeSemanticTokensProvider(SELECTOR, semanticTokens, SEMANTIC_LEGEND),
    vscode.languages.registerReferenceProvider(SELECTOR, new ReferenceProvider(store)),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new DocumentSymbolProvider(store), { label: 'News Annotator' }),
    vscode.window.registerTreeDataProvider('newsAnnotator.entities', tree),
    vscode.commands.registerCommand('newsAnnotator.exportJson', (uri?: vscode.Uri, selected?: vscode.Uri[]) => exporter.exportJson(uri, selected)),
    vscode.commands.registerCommand('newsAnnotator.exportAs', (uri?: vscode.Uri, selected?: vscode.Uri[], format?: string) =>
      exporter.exportAs(uri, selected, format),
    ),
    output,
    vscode.commands.registerCommand('newsAnnotator.exportWorkspace', (options?: WorkspaceExportOptions) => workspaceExport.run(options)),
    vscode.commands.registerCommand('newsAnnotator.toggle', () => {
      commands.toggle();
      updateContext();
    }),
    vscode.commands.registerCommand('newsAnnotator.showEntities', () => commands.showEntities()),
    vscode.commands.registerCommand('newsAnnotator.nextMention', (uri?: string, offset?: number) => commands.nextMention(uri, offset)),
    vscode.commands.registerCommand('newsAnnotator.findAllMentions', (uri?: string, offset?: number) => commands.findAllMentions(uri, offset)),
    vscode.commands.registerCommand('newsAnnotator.refresh', () => {
      store.clear();
      decorations.refreshAll();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    configuration.onDidChange(() => {
      store.clear();
      decorations.refreshAll();
      updateContext();
    }),
  );
  // The first annotation (and loading the engine's data) happens just after activation.
  setTimeout(() => {
    updateContext();
    decorations.refreshAll();
  }, 0);
  const activationMs = performance.now() - activationStarted;
  return {
    activationMs,
    store,
    articles,
    configurationWarnings: configuration.warnings,
    entitiesView: tree,
    decorationCounts: (editor) => decorations.applied.get(editor),
    onDidDecorate: decorations.onDidDecorate,
    exportJson: (uri) => exporter.exportJson(uri),
    messages: messages.shown,
  };
}

export function deactivate(): void {}
