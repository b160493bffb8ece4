import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { hoverText, openArticle, positionOf, setSetting, waitFor, workspaceFile } from './helpers';

describe('editor features', () => {
  afterEach(async () => {
    await setSetting('codeLens.enabled', undefined);
    await setSetting('types', undefined);
  });

  it('annotates each type with the right ranges', async () => {
    const { editor, api } = await openArticle('iran-belarus.txt');
    const document = editor.document;
    const annotated = api.store.get(document)!;
    const spans = annotated.annotations.map((a) => `${a.type}:${document.getText(new vscode.Range(document.positionAt(a.start), document.positionAt(a.end)))}`);
    for (const expected of ['leader:Ebrahim Raisi', 'leader:Alexander Lukashenko', 'country:Iran', 'country:Belarusia', 'amount:100 juta dolar AS', 'amount:12 persen', 'country:Amerika Serikat', 'place:Teheran']) {
      assert.ok(spans.includes(expected), `${expected} in ${spans.join(', ')}`);
    }
  });

  it('explains a leader, a country and an amount on hover', async () => {
    const { editor } = await openArticle('iran-belarus.txt');
    const uri = editor.document.uri;
    const hover = async (text: string) =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(editor.document, text)));
    const leader = await hover('Ebrahim Raisi');
    assert.match(leader, /Ebrahim Raisi/);
    assert.match(leader, /Presiden Iran/);
    assert.match(leader, /🇮🇷/);
    assert.match(leader, /3 mentions/);
    const country = await hover('Belarusia');
    assert.match(country, /ISO 3166: `BY`/);
    assert.match(country, /Capital: Minsk/);
    const amount = await hover('100 juta');
    assert.match(amount, /100\.000\.000 USD · US\$100 million/);
    assert.equal(await hover('menandatangani'), '', 'nothing on a plain word');
  });

  it('sums the article up in code lenses and follows the setting', async () => {
    const { editor } = await openArticle('iran-belarus.txt');
    const uri = editor.document.uri;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((lens) => lens.command?.title);
    assert.ok(titles.includes('2 leaders · 3 countries · 3 amounts'), titles.join(' | '));
    assert.ok(titles.includes('Export JSON'));
    assert.ok(titles.includes('Ebrahim Raisi: 3 mentions'), titles.join(' | '));
    assert.equal(lenses.find((l) => l.command?.title === 'Ebrahim Raisi: 3 mentions')?.command?.command, 'newsAnnotator.findAllMentions');
    assert.equal(lenses.find((l) => l.command?.title === 'Export JSON')?.command?.command, 'newsAnnotator.exportJson');
    await setSetting('codeLens.enabled', false);
    await waitFor(async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)).length === 0, 'lenses to disappear');
  });

  it('lists references and document symbols', async () => {
    const { editor } = await openArticle('iran-belarus.txt');
    const uri = editor.document.uri;
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, positionOf(editor.document, 'Raisi', 1));
    assert.deepEqual(references.map((r) => editor.document.getText(r.range)), ['Ebrahim Raisi', 'Raisi', 'Raisi']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const leaders = symbols.find((s) => s.name.startsWith('leaders'));
    assert.deepEqual(leaders?.children.map((c) => c.name), ['Ebrahim Raisi', 'Alexander Lukashenko']);
  });

  it('provides semantic tokens for the entity types', async () => {
    const { editor } = await openArticle('iran-belarus.txt');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentRangeSemanticTokensLegend', editor.document.uri);
    assert.deepEqual(legend.tokenTypes.slice(0, 3), ['newsEntityLeader', 'newsEntityCountry', 'newsEntityAmount']);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', editor.document.uri, whole);
    // Decode the relative encoding: (deltaLine, deltaStart, length, type, modifiers) per token.
    let line = 0;
    let character = 0;
    const found: string[] = [];
    for (let i = 0; i < tokens.data.length; i += 5) {
      const deltaLine = tokens.data[i]!;
      line += deltaLine;
      character = deltaLine === 0 ? character + tokens.data[i + 1]! : tokens.data[i + 1]!;
      const range = new vscode.Range(line, character, line, character + tokens.data[i + 2]!);
      found.push(`${legend.tokenTypes[tokens.data[i + 3]!]}:${editor.document.getText(range)}`);
    }
    assert.ok(found.includes('newsEntityLeader:Ebrahim Raisi'), found.join(', '));
    assert.ok(found.includes('newsEntityAmount:100 juta dolar AS'), found.join(', '));
  });

  it('lists the active article in the Entities view, by type with counts', async () => {
    const { api } = await openArticle('iran-belarus.txt');
    const groups = await api.entitiesView.getChildren();
    const labels = groups.map((node) => {
      const item = api.entitiesView.getTreeItem(node);
      return `${item.label} ${item.description}`;
    });
    assert.deepEqual(labels.slice(0, 3), ['leaders 2', 'countries 3', 'amounts 3']);
    const leaders = await api.entitiesView.getChildren(groups[0]);
    const first = api.entitiesView.getTreeItem(leaders[0]!);
    assert.equal(first.label, 'Ebrahim Raisi');
    assert.equal(first.description, '3 mentions');
    assert.equal(first.command?.command, 'vscode.open');
    const { editor: other } = await openArticle('en-crlf-emoji.txt');
    assert.ok(other);
    const leaderGroup = (await api.entitiesView.getChildren()).find((node) => api.entitiesView.getTreeItem(node).label === 'leaders');
    const names = (await api.entitiesView.getChildren(leaderGroup)).map((node) => api.entitiesView.getTreeItem(node).label);
    assert.deepEqual(names.sort(), ['Anthony Albanese', 'Prabowo Subianto'], 'follows the active editor');
  });

  it('annotates a large article in the worker thread and decorates it when ready', async () => {
    const small = await vscode.workspace.fs.readFile(workspaceFile('iran-belarus.txt'));
    const text = new TextDecoder().decode(small).repeat(500);
    await vscode.workspace.fs.writeFile(workspaceFile('large-article.txt'), new TextEncoder().encode(text));
    const { editor, api } = await openArticle('large-article.txt');
    assert.ok(editor.document.getText().length > 200_000);
    const annotated = await waitFor(() => api.store.peek(editor.document), 'the worker result', 30_000);
    assert.equal(annotated.annotations.filter((a) => a.text === 'Ebrahim Raisi').length, 500);
    const counts = await waitFor(() => (api.decorationCounts(editor)?.leader ?? 0) > 0 || undefined, 'decorations');
    assert.ok(counts);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('keeps exact offsets with CRLF line endings and emoji', async () => {
    const { editor, api } = await openArticle('en-crlf-emoji.txt');
    const annotated = api.store.get(editor.document)!;
    assert.equal(annotated.source.language, 'en');
    for (const annotation of annotated.annotations) {
      const range = new vscode.Range(editor.document.positionAt(annotation.start), editor.document.positionAt(annotation.end));
      assert.equal(editor.document.getText(range), annotation.text);
    }
    assert.ok(annotated.annotations.some((a) => a.type === 'amount' && a.text === 'A$18 billion' && a.unit === 'AUD'));
  });

  it('decorates each type and turns a type off through the settings', async () => {
    const { editor, api } = await openArticle('iran-belarus.txt');
    const before = await waitFor(() => api.decorationCounts(editor), 'decorations');
    assert.equal(before.leader, 5);
    assert.equal(before.amount, 3);
    assert.ok((before.date ?? 0) > 0);
    await setSetting('types', { date: false });
    await waitFor(() => api.decorationCounts(editor)?.date === 0 || undefined, 'dates to be switched off');
    assert.equal(api.decorationCounts(editor)?.leader, 5);
  });
});
