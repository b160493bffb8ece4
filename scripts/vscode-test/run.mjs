// The real-VS-Code tests: the extension-host suite (test/integration) and the browser
// end-to-end suite (test/e2e), against one code-server started for the run.
//   node scripts/vscode-test/run.mjs [--integration-only | --e2e-only]
// Expects `npm run build` to have run. Prints each test and a closing "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ensureBrowser, ensureCodeServer } from './setup.mjs';
import { installExtension, startCodeServer } from './codeServer.mjs';
import { isProcessAlive } from './processAlive.mjs';

const require = createRequire(import.meta.url);
const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const args = process.argv.slice(2);
const runIntegration = !args.includes('--e2e-only');
const bench = args.includes('--bench');
const runE2e = !args.includes('--integration-only') && !bench;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// One folder per run, named after this process: colleagues' runs in the same tree do not
// share a workspace, profile or results file.
const runsDir = join(root, '.vscode-test/runs');
const runDir = join(runsDir, String(process.pid));
const resultsFile = join(runDir, 'integration-results.json');
const screenshots = join(root, 'test-results');

function log(message) {
  process.stderr.write(`[vscode-test] ${message}\n`);
}

/** Removes the folders of earlier runs whose process is gone (kept until now to debug a failure). */
function removeFinishedRuns() {
  for (const name of existsSync(runsDir) ? readdirSync(runsDir) : []) {
    if (!isProcessAlive(Number(name))) rmSync(join(runsDir, name), { recursive: true, force: true });
  }
  // The single run folder of earlier versions of this script.
  rmSync(join(root, '.vscode-test/run'), { recursive: true, force: true });
}

function removeOldFailureScreenshots() {
  if (!existsSync(screenshots)) return;
  for (const name of readdirSync(screenshots)) if (name.startsWith('failure-')) rmSync(join(screenshots, name), { force: true });
}

function vsce(cwd, out) {
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--skip-license', '--out', out], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function packageExtensions() {
  const extensionVsix = join(runDir, 'news-annotator.vsix');
  vsce(root, extensionVsix);
  const runnerDir = join(runDir, 'test-extension');
  rmSync(runnerDir, { recursive: true, force: true });
  mkdirSync(runnerDir, { recursive: true });
  cpSync(join(root, '.build/test-extension/runner.js'), join(runnerDir, 'runner.js'));
  cpSync(join(root, 'LICENSE'), join(runnerDir, 'LICENSE'));
  writeFileSync(join(runnerDir, 'README.md'), 'Test-only extension: runs the News Annotator extension-host suite.\n');
  writeFileSync(join(runnerDir, '.vscodeignore'), '*.vsix\n');
  writeFileSync(
    join(runnerDir, 'package.json'),
    JSON.stringify({
      name: 'news-annotator-tests',
      displayName: 'News Annotator extension-host tests',
      description: 'Runs the News Annotator extension-host suite; test use only.',
      publisher: 'news-annotator',
      version: packageJson.version,
      license: 'MIT',
      engines: packageJson.engines,
      main: './runner.js',
      // No extensionDependencies: that would activate News Annotator before the suite checks it is not.
      activationEvents: ['onStartupFinished'],
    }, null, 2),
  );
  const runnerVsix = join(runDir, 'news-annotator-tests.vsix');
  vsce(runnerDir, runnerVsix);
  return { extensionVsix, runnerVsix };
}

async function waitForFile(path, timeoutMs, serverLog) {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`no results after ${timeoutMs / 1000} s; see ${serverLog}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  return JSON.parse(readFileSync(path, 'utf8'));
}

async function runE2eSuite(context) {
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false });
  globalThis.newsAnnotatorE2e = context;
  const dir = join(root, '.build/test/e2e');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(dir, file));
  const result = { passed: 0, failed: 0, tests: [] };
  await new Promise((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => {
      result.passed++;
      result.tests.push({ title: `e2e ${test.fullTitle()}`, state: 'passed', durationMs: test.duration ?? 0 });
    });
    runner.on('fail', async (test, error) => {
      result.failed++;
      result.tests.push({ title: `e2e ${test.fullTitle()}`, state: 'failed', durationMs: test.duration ?? 0, error: String(error?.stack ?? error) });
    });
  });
  return result;
}

async function main() {
  const started = Date.now();
  ensureBrowser();
  const { binary, nodeBin } = ensureCodeServer(root);
  removeFinishedRuns();
  mkdirSync(runDir, { recursive: true });
  removeOldFailureScreenshots();
  mkdirSync(screenshots, { recursive: true });
  const { extensionVsix, runnerVsix } = packageExtensions();
  const extensionsDir = join(runDir, 'extensions');
  await installExtension({ binary, nodeBin, extensionsDir, runDir, vsix: extensionVsix });
  if (runIntegration) await installExtension({ binary, nodeBin, extensionsDir, runDir, vsix: runnerVsix });
  const workspace = join(runDir, 'workspace');
  cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  cpSync(join(root, 'samples'), join(workspace, 'samples'), { recursive: true });

  const server = await startCodeServer({ binary, nodeBin, runDir, extensionsDir, env: { NEWS_ANNOTATOR_TEST_RESULTS: resultsFile, NEWS_ANNOTATOR_BENCH: bench ? '1' : '0' } });
  log(`code-server at ${server.url} (${((Date.now() - started) / 1000).toFixed(0)} s after start)`);
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = { passed: 0, failed: 0, tests: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const workbenchUrl = `${server.url}?folder=${encodeURIComponent(workspace)}`;
    await page.goto(workbenchUrl);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    if (runIntegration) {
      const integration = await waitForFile(resultsFile, 300_000, server.logFile);
      results.passed += integration.passed;
      results.failed += integration.failed;
      results.tests.push(...integration.tests.map((t) => ({ ...t, title: `extension host ${t.title}` })));
      for (const figure of integration.figures ?? []) process.stdout.write(`${figure}\n`);
    }
    if (runE2e) {
      const e2e = await runE2eSuite({ browser, page, url: workbenchUrl, workspace, screenshots, media: join(root, 'media') });
      results.passed += e2e.passed;
      results.failed += e2e.failed;
      results.tests.push(...e2e.tests);
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
  for (const test of results.tests) {
    process.stdout.write(`  ${test.state === 'passed' ? '✔' : '✘'} ${test.title} (${test.durationMs} ms)\n`);
    if (test.error) process.stdout.write(`      ${test.error.split('\n').slice(0, 6).join('\n      ')}\n`);
  }
  process.stdout.write(`\nreal VS Code run took ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`code-server: ${results.passed} passed, ${results.failed} failed\n`);
  if (results.passed + results.failed === 0) throw new Error('no real-VS-Code test ran');
  if (results.failed > 0) {
    process.stdout.write(`failure screenshots in ${screenshots}, code-server's log and profile in ${runDir}\n`);
    process.exitCode = 1;
  } else {
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`[vscode-test] ${error.stack ?? error}\n[vscode-test] code-server's log and profile are in ${runDir}\n`);
  process.exitCode = 1;
});
