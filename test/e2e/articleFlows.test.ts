import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { e2e } from './context';
import { decorationBoxes, quickOpen, runCommand, screenshotOnFailure, textBox } from './workbench';

describe('article flows in the browser', function () {
  afterEach(screenshotOnFailure);

  it('opens an article through Quick Open and shows the highlights', async () => {
    const { page, media } = e2e();
    await quickOpen(page, 'id-iran-belarus-peta-jalan.txt');
    const highlighted = decorationBoxes(page);
    await highlighted.first().waitFor({ timeout: 30_000 });
    assert.ok((await highlighted.count()) >= 10, 'many mentions are highlighted');
    await page.locator('.codelens-decoration', { hasText: 'leaders' }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(media, 'screenshot-editor.png') });
  });

  it('explains a leader on hover with role and country', async () => {
    const { page, media } = e2e();
    await quickOpen(page, 'id-iran-belarus-peta-jalan.txt');
    await decorationBoxes(page).first().waitFor({ timeout: 30_000 });
    const box = await textBox(page, 'Ebrahim Raisi');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const hover = page.locator('.monaco-hover .hover-contents, .monaco-hover-content').first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    const content = (await hover.textContent()) ?? '';
    assert.match(content, /Ebrahim Raisi/);
    assert.match(content, /Presiden Iran/);
    assert.match(content, /Iran/);
    await page.screenshot({ path: join(media, 'screenshot-hover.png') });
  });

  it('exports from the command palette through the save dialog', async () => {
    const { page, workspace } = e2e();
    await quickOpen(page, 'id-prabowo-tokyo-perdagangan.txt');
    await runCommand(page, 'News Annotator: Export Annotations as JSON');
    // code-server's save dialog is VS Code's simple file dialog: a quick input with the path.
    const input = page.locator('.quick-input-widget input');
    // A string, not a function: a bundler may rename `document` inside a function body.
    await page.waitForFunction("document.querySelector('.quick-input-widget input')?.value.endsWith('.annotations.json')", undefined, { timeout: 15_000 });
    assert.match(await input.inputValue(), /id-prabowo-tokyo-perdagangan\.annotations\.json$/);
    await page.keyboard.press('Enter');
    const target = join(workspace, 'samples', 'id-prabowo-tokyo-perdagangan.annotations.json');
    const deadline = Date.now() + 15_000;
    while (!existsSync(target) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    assert.ok(existsSync(target), `${target} written`);
    const exported = JSON.parse(readFileSync(target, 'utf8'));
    const names = exported.entities.map((e: { name: string }) => e.name);
    for (const name of ['Prabowo Subianto', 'Shigeru Ishiba', 'Jepang', 'US$4.5 billion']) assert.ok(names.includes(name), `${name} in ${names}`);
  });

  it('clicks the summary code lens and jumps to the chosen entity', async () => {
    const { page } = e2e();
    await quickOpen(page, 'id-iran-belarus-peta-jalan.txt');
    const lens = page.locator('.codelens-decoration a', { hasText: 'leaders' }).first();
    await lens.waitFor({ timeout: 30_000 });
    assert.match((await lens.textContent()) ?? '', /\d+ leaders · \d+ countries · \d+ amounts/);
    await lens.click();
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Alexander Lukashenko' }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await row.click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const selected = page.locator('.monaco-editor .selected-text');
    await selected.first().waitFor({ timeout: 10_000 });
  });
});
