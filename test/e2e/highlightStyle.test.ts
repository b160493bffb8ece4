import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { e2e } from './context';
import { decorationBoxes, quickOpen, screenshotOnFailure } from './workbench';

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** Writes one workspace setting the way a user would, in .vscode/settings.json. */
function setWorkspaceSetting(workspace: string, name: string, value: unknown): void {
  const file = join(workspace, '.vscode', 'settings.json');
  const settings = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8') || '{}') as Record<string, unknown>) : {};
  if (value === undefined) delete settings[name];
  else settings[name] = value;
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(file, JSON.stringify(settings, null, 2));
}

/** The computed background and underline of every highlight box on screen. */
async function highlightStyles(page: Page): Promise<Array<{ background: string; underline: string }>> {
  return decorationBoxes(page).evaluateAll((boxes) =>
    boxes.map((box) => {
      const style = globalThis.getComputedStyle(box);
      return { background: style.backgroundColor, underline: style.borderBottomWidth };
    }),
  );
}

async function waitForStyles(page: Page, accept: (styles: Array<{ background: string; underline: string }>) => boolean, what: string) {
  const deadline = Date.now() + 20_000;
  let styles = await highlightStyles(page);
  while (!(styles.length > 0 && accept(styles))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(styles.slice(0, 5))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    styles = await highlightStyles(page);
  }
  return styles;
}

describe('highlight style in the browser', function () {
  afterEach(screenshotOnFailure);
  afterEach(() => setWorkspaceSetting(e2e().workspace, 'newsAnnotator.decorations.style', undefined));

  it('draws a subtle background with an underline, and only the underline when the setting says so', async () => {
    const { page, workspace } = e2e();
    await quickOpen(page, 'id-iran-belarus-peta-jalan.txt');
    await decorationBoxes(page).first().waitFor({ timeout: 30_000 });
    await waitForStyles(page, (styles) => styles.some((s) => s.background !== TRANSPARENT && s.underline === '2px'), 'background and underline');

    setWorkspaceSetting(workspace, 'newsAnnotator.decorations.style', 'underline');
    // While the decoration types are swapped, boxes may briefly have no style at all: wait for the new one to show.
    const underlined = await waitForStyles(page, (styles) => styles.every((s) => s.background === TRANSPARENT) && styles.some((s) => s.underline === '2px'), 'underline only');
    assert.ok(underlined.every((s) => s.underline === '2px'), JSON.stringify(underlined.slice(0, 5)));

    setWorkspaceSetting(workspace, 'newsAnnotator.decorations.style', 'background');
    const filled = await waitForStyles(page, (styles) => styles.every((s) => s.underline === '0px') && styles.some((s) => s.background !== TRANSPARENT), 'background only');
    assert.ok(filled.every((s) => s.background !== TRANSPARENT), JSON.stringify(filled.slice(0, 5)));
  });
});
