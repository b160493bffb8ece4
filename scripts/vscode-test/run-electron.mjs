// The extension-host suite under @vscode/test-electron, for machines that can download a
// desktop VS Code (this project's CI cannot: it uses run.mjs and code-server instead).
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const workspace = mkdtempSync(join(tmpdir(), 'news-annotator-'));
cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
await runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, '.build/test-extension/runner.js'),
  launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
});
