import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import * as vscode from 'vscode';
import type { WorkspaceExportOptions, WorkspaceExportSummary } from '../../src/extension/workspaceExport';
import { EXTENSION_ID, openArticle, workspaceFile } from './helpers';

function exportWorkspace(options: WorkspaceExportOptions): Thenable<WorkspaceExportSummary | undefined> {
  return vscode.commands.executeCommand<WorkspaceExportSummary | undefined>('newsAnnotator.exportWorkspace', options);
}

/** Every file under a folder, relative to it; none when the folder does not exist. */
function filesUnder(folder: string): string[] {
  try {
    return (readdirSync(folder, { recursive: true }) as string[]).filter((name) => statSync(join(folder, name)).isFile()).sort();
  } catch {
    return [];
  }
}

/**
 * A token that turns cancelled the first time the export checks it after `happened()`;
 * the export polls its token between steps, so the test cancels at a known step without
 * clicking the notification.
 */
function cancelWhen(happened: () => boolean): vscode.CancellationToken & { readonly fired: boolean } {
  let fired = false;
  return {
    get isCancellationRequested() {
      fired ||= happened();
      return fired;
    },
    get fired() {
      return fired;
    },
    onCancellationRequested: new vscode.EventEmitter<void>().event,
  };
}

describe('workspace export', () => {
  const articleBytes = () => ['iran-belarus.txt', 'en-crlf-emoji.txt'].map((name) => readFileSync(workspaceFile(name).fsPath));

  it('writes a folder of JSON files, subfolders kept, that the published schema accepts', async () => {
    await openArticle('iran-belarus.txt');
    const folder = workspaceFile('exports/json-folder');
    const summary = await exportWorkspace({ layout: 'jsonFolder', target: folder });
    assert.ok(summary, 'the export finished');
    const written = filesUnder(folder.fsPath);
    for (const expected of ['iran-belarus.annotations.json', 'en-crlf-emoji.annotations.json', 'samples/id-iran-belarus-peta-jalan.annotations.json']) {
      assert.ok(written.includes(expected), `${expected} in ${written}`);
    }
    assert.equal(written.length, summary.files);
    assert.deepEqual(summary.skipped, []);

    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const schema = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'schemas/annotations.schema.json'))));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    let entities = 0;
    for (const name of written) {
      const text = readFileSync(join(folder.fsPath, name), 'utf8');
      assert.ok(text.endsWith('}\n'), `${name} ends with a newline`);
      const document: { source: { path: string }; entities: unknown[] } = JSON.parse(text);
      assert.ok(validate(document), `${name}: ${JSON.stringify(validate.errors)}`);
      assert.equal(document.source.path, name.replace(/\.annotations\.json$/, '.txt'));
      entities += document.entities.length;
    }
    assert.equal(entities, summary.entities);
  });

  for (const layout of ['jsonLines', 'jsonFolder'] as const) {
    it(`leaves no partial or temporary file when cancelled (${layout})`, async () => {
      const { api } = await openArticle('iran-belarus.txt');
      const before = articleBytes();
      const folder = workspaceFile(`exports/cancelled-${layout}`);
      // An earlier export that the cancelled one must leave as it was.
      mkdirSync(folder.fsPath, { recursive: true });
      const earlier = layout === 'jsonLines' ? 'workspace.annotations.jsonl' : 'iran-belarus.annotations.json';
      writeFileSync(join(folder.fsPath, earlier), 'the earlier export\n');
      const shown = api.messages.length;
      // Cancelled once a temporary file exists: after the first article (folder) or the whole file (JSON Lines) is written.
      const cancellation = cancelWhen(() => filesUnder(folder.fsPath).some((name) => name.endsWith('.tmp')));
      const target = layout === 'jsonLines' ? vscode.Uri.joinPath(folder, earlier) : folder;

      const summary = await exportWorkspace({ layout, target, replace: true, cancellation });

      assert.equal(summary, undefined);
      assert.ok(cancellation.fired, 'cancelled while a temporary file existed');
      assert.deepEqual(filesUnder(folder.fsPath), [earlier], 'nothing but the earlier export');
      assert.equal(readFileSync(join(folder.fsPath, earlier), 'utf8'), 'the earlier export\n');
      assert.deepEqual(articleBytes(), before, 'the articles are untouched');
      assert.deepEqual(
        api.messages.slice(shown).map((m) => m.text),
        ['News Annotator: export cancelled; nothing was written.'],
      );
    });
  }

  it('reports an article deleted after the listing as skipped and exports the rest', async () => {
    const { api } = await openArticle('iran-belarus.txt');
    const doomed = workspaceFile('deleted-meanwhile.txt');
    writeFileSync(doomed.fsPath, readFileSync(workspaceFile('iran-belarus.txt').fsPath));
    // Deleted the first time the export checks for cancellation: after it listed the files, before it read any.
    const cancellation = cancelWhen(() => {
      rmSync(doomed.fsPath, { force: true });
      return false;
    });
    const target = workspaceFile('exports/with-deleted.jsonl');
    const shown = api.messages.length;

    const summary = await exportWorkspace({ layout: 'jsonLines', target, replace: true, cancellation });

    assert.ok(summary, 'the export finished');
    assert.equal(summary.skipped.length, 1, JSON.stringify(summary.skipped));
    assert.equal(summary.skipped[0]!.file, 'deleted-meanwhile.txt');
    assert.match(summary.skipped[0]!.reason, /cannot read: it does not exist/);
    const paths = readFileSync(target.fsPath, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line).source.path as string);
    assert.equal(paths.length, summary.files);
    for (const expected of ['iran-belarus.txt', 'en-crlf-emoji.txt', 'samples/id-iran-belarus-peta-jalan.txt']) assert.ok(paths.includes(expected), `${expected} in ${paths}`);
    assert.ok(!paths.includes('deleted-meanwhile.txt'));
    const summaryMessage = api.messages.slice(shown).find((m) => m.severity === 'information')?.text ?? '';
    assert.match(summaryMessage, /exported \d+ articles \(\d+ entities\) to exports\/with-deleted\.jsonl; skipped deleted-meanwhile\.txt \(cannot read: it does not exist/);
  });

  it('ends a write into a folder it cannot write with one error naming the file, the articles untouched', async () => {
    const { api } = await openArticle('iran-belarus.txt');
    const blocked = unwritableFolder();
    try {
      for (const layout of ['jsonLines', 'jsonFolder'] as const) {
        const before = articleBytes();
        const target = layout === 'jsonLines' ? vscode.Uri.joinPath(blocked.folder, 'workspace.annotations.jsonl') : blocked.folder;
        const shown = api.messages.length;

        const summary = await exportWorkspace({ layout, target, replace: true });

        assert.equal(summary, undefined, layout);
        const messages = api.messages.slice(shown);
        assert.equal(messages.length, 1, `${layout}: ${JSON.stringify(messages)}`);
        assert.equal(messages[0]!.severity, 'error');
        const named = layout === 'jsonLines' ? target.fsPath : join(blocked.folder.fsPath, 'en-crlf-emoji.annotations.json');
        assert.ok(messages[0]!.text.includes(`could not write ${named}: `), messages[0]!.text);
        assert.match(messages[0]!.text, /no article was changed/);
        assert.deepEqual(articleBytes(), before, 'the articles are untouched');
      }
      const leftovers = filesUnder(workspaceFile('').fsPath).filter((name) => name.endsWith('.tmp'));
      assert.deepEqual(leftovers, [], 'no temporary file anywhere');
    } finally {
      blocked.restore();
    }
  });

  it('exports a 3 MB article with the others (annotated in the worker; the main thread\'s timer delay is a bench figure)', async () => {
    const { api } = await openArticle('iran-belarus.txt');
    const big = workspaceFile('big-for-export.txt');
    const article = readFileSync(workspaceFile('iran-belarus.txt').fsPath, 'utf8');
    writeFileSync(big.fsPath, `${article}\n`.repeat(Math.ceil(3_000_000 / (article.length + 1))));
    try {
      const summary = await exportWorkspace({ layout: 'jsonLines', target: workspaceFile('exports/with-big.jsonl'), replace: true });
      assert.ok(summary && summary.skipped.length === 0, JSON.stringify(summary?.skipped));
      const line = readFileSync(workspaceFile('exports/with-big.jsonl').fsPath, 'utf8').split('\n').find((l) => l.includes('"path":"big-for-export.txt"'));
      assert.ok(line, 'the big article is exported');
      assert.ok((JSON.parse(line) as { annotations: unknown[] }).annotations.length > 10_000);
      assert.ok(api.messages.length > 0);
    } finally {
      rmSync(big.fsPath, { force: true });
    }
  });
});

/**
 * A folder writes into which fail: mode 0555, unless the tests run as root (which writes
 * regardless), then a path whose parent is a regular file, which fails for root too.
 */
function unwritableFolder(): { folder: vscode.Uri; restore: () => void } {
  const readOnly = workspaceFile('read-only');
  mkdirSync(readOnly.fsPath, { recursive: true });
  chmodSync(readOnly.fsPath, 0o555);
  const probe = join(readOnly.fsPath, 'probe');
  try {
    writeFileSync(probe, '');
  } catch {
    return { folder: readOnly, restore: () => chmodSync(readOnly.fsPath, 0o755) };
  }
  unlinkSync(probe);
  chmodSync(readOnly.fsPath, 0o755);
  const file = workspaceFile('a-file-not-a-folder');
  writeFileSync(file.fsPath, 'a regular file\n');
  return { folder: vscode.Uri.joinPath(file, 'exports'), restore: () => undefined };
}
