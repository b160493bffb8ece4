// Runs the extension-host suite with mocha inside a real VS Code. Two ways in:
// - `activate`: as a test-only extension installed next to News Annotator (code-server);
//   results go to the file named by NEWS_ANNOTATOR_TEST_RESULTS.
// - `run`: as @vscode/test-electron's extensionTestsPath on a desktop VS Code.
import { existsSync, writeFileSync } from 'node:fs';
import Mocha from 'mocha';

export interface SuiteResult {
  passed: number;
  failed: number;
  /** Figures a benchmark suite measured, printed by the harness. */
  figures?: string[];
  tests: Array<{ title: string; state: 'passed' | 'failed'; durationMs: number; error?: string }>;
}

export function runSuite(): Promise<SuiteResult> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'extension-host-suite', mocha);
  // The test files register their suites on load, after mocha's globals exist.
  const bench = process.env.NEWS_ANNOTATOR_BENCH === '1';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const figures: string[] | undefined = bench ? require('../benchmarks/editorBudgets.bench').figures : (require('./suites'), undefined);
  const result: SuiteResult = { passed: 0, failed: 0, tests: [], ...(figures ? { figures } : {}) };
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve(result));
    ignoreOfflineNetworkErrors();
    runner.on('pass', (test) => {
      result.passed++;
      result.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
    });
    runner.on('fail', (test, error: Error) => {
      result.failed++;
      result.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: String(error?.stack ?? error) });
    });
  });
}

const OFFLINE_ERRORS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH']);

/**
 * Built-in parts of VS Code (telemetry, gallery) try to reach the internet; on an offline
 * test machine their failures surface as uncaught errors that mocha would pin on whichever
 * test is running. Those, and only those, are dropped; every other error still reaches
 * mocha and VS Code.
 */
function ignoreOfflineNetworkErrors(): void {
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    const listeners = process.listeners(event as 'uncaughtException') as Array<(...args: unknown[]) => void>;
    process.removeAllListeners(event);
    process.on(event as 'uncaughtException', (error: unknown, ...rest: unknown[]) => {
      if (OFFLINE_ERRORS.has((error as NodeJS.ErrnoException | undefined)?.code ?? '')) return;
      for (const listener of listeners) listener.call(process, error, ...rest);
    });
  }
}

export function activate(): void {
  const target = process.env.NEWS_ANNOTATOR_TEST_RESULTS;
  // Once per test run: a window reloaded for the browser tests must not rerun the suite.
  if (!target || existsSync(target)) return;
  // Let the workbench settle before the suite opens editors.
  setTimeout(() => {
    runSuite().then(
      (result) => writeFileSync(target, JSON.stringify(result, null, 2)),
      (error) => writeFileSync(target, JSON.stringify({ passed: 0, failed: 1, tests: [{ title: 'runner', state: 'failed', durationMs: 0, error: String(error) }] })),
    );
  }, 2000);
}

export async function run(): Promise<void> {
  const result = await runSuite();
  if (result.failed > 0) throw new Error(`${result.failed} extension-host tests failed`);
}
