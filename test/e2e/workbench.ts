import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { e2e } from './context';

const MOD = 'Control';

export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${MOD}+P`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(fileName);
  // Chosen with the keyboard: a click would leave the mouse over the editor tabs, whose
  // tooltip then covers the first line of the editor (and its code lenses).
  const focused = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName });
  await focused.waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Enter');
  // The window title names the active editor's file.
  await page.waitForFunction(`document.title.includes(${JSON.stringify(fileName)})`, undefined, { timeout: 30_000 });
  await parkMouse(page);
}

/**
 * Moves the mouse to the empty part of the Explorer, so no hover left by an earlier test
 * (an editor hover, a tab's tooltip) covers what the next test reads or clicks.
 */
export async function parkMouse(page: Page): Promise<void> {
  const list = await page.locator('.explorer-folders-view .monaco-list').first().boundingBox();
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  const spot = list ? { x: list.x + list.width / 2, y: list.y + list.height - 4 } : { x: viewport.width / 2, y: viewport.height - 11 };
  await page.mouse.move(spot.x, spot.y);
  await page.keyboard.press('Escape');
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${MOD}+Shift+P`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/**
 * Where `text` is drawn in the active editor: a DOM Range over the rendered characters,
 * which may span several text nodes when decorations or tokens split a mention. Waits
 * for the editor to draw it (lenses inserted above can re-render the lines).
 */
export async function textBox(page: Page, text: string, timeout = 10_000): Promise<{ x: number; y: number; width: number; height: number }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const box = await page.evaluate((wanted) => {
      const document = globalThis.document;
      const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line, .monaco-editor .view-lines .view-line');
      for (const line of Array.from(lines)) {
        const nodes: Array<{ node: Text; from: number }> = [];
        let joined = '';
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node: node as Text, from: joined.length });
          joined += (node.textContent ?? '').replace(/\u00a0/g, ' ');
        }
        const at = joined.indexOf(wanted);
        if (at < 0) continue;
        const locate = (offset: number, isEnd: boolean) => {
          for (let i = nodes.length - 1; i >= 0; i--) {
            const { node, from } = nodes[i]!;
            if (isEnd ? from < offset : from <= offset) return { node, offset: offset - from };
          }
          return { node: nodes[0]!.node, offset: 0 };
        };
        const start = locate(at, false);
        const end = locate(at + wanted.length, true);
        const range = document.createRange();
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset);
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
      return undefined;
    }, text);
    if (box && box.width > 0) return box;
    if (Date.now() > deadline) throw new Error(`"${text}" is not on screen`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Decorations with a background or border are drawn as overlay boxes behind the text. */
export function decorationBoxes(page: Page) {
  return page.locator('.editor-instance .monaco-editor .view-overlays div[class*="ced-"]');
}

/** Saves a screenshot of the page when a test fails, named after the test. */
export async function screenshotOnFailure(this: Mocha.Context): Promise<void> {
  if (this.currentTest?.state !== 'failed') return;
  const { page, screenshots } = e2e();
  const name = this.currentTest.fullTitle().replace(/[^\w]+/g, '-').toLowerCase();
  await page.screenshot({ path: join(screenshots, `failure-${name}.png`) }).catch(() => undefined);
}
