import type { Browser, Page } from 'playwright-core';

/** What the harness (scripts/vscode-test/run.mjs) hands the browser tests. */
export interface E2eContext {
  browser: Browser;
  page: Page;
  url: string;
  workspace: string;
  screenshots: string;
  media: string;
}

export function e2e(): E2eContext {
  const context = (globalThis as { newsAnnotatorE2e?: E2eContext }).newsAnnotatorE2e;
  if (!context) throw new Error('run the browser tests through scripts/vscode-test/run.mjs');
  return context;
}
