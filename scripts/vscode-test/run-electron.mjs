// The extension-host suite under @vscode/test-electron, for machines that can download a
// desktop VS Code (this project's CI cannot: it uses run.mjs and code-server instead).
// Expects `npm run build`. VS Code's download is cached in .vscode-test/ by test-electron.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTestProfile } from './testProfile.mjs';

const root = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-electron-'));
const workspace = join(scratch, 'workspace');
const userDataDir = join(scratch, 'user-data');
cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
writeTestProfile(userDataDir);
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, '.build/test-extension/runner.js'),
    launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${userDataDir}`],
  });
} catch (error) {
  process.stderr.write(`${error.message ?? error}\n`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
