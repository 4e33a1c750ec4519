import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { FirefoxTestBrowser } from './firefox';
import { settle } from './wait';

/** Actions on an extension page in Firefox, where Puppeteer has no role locators over WebDriver BiDi. */

export const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

/** Clicks the element matching `selector` whose text includes `text`, as a user's click would be dispatched. */
export async function clickText(page: Page, selector: string, text: string) {
  const clicked = await page.evaluate(
    ({ selector, text }) => {
      const el = [...document.querySelectorAll<HTMLElement>(selector)].find((e) =>
        e.textContent?.includes(text),
      );
      el?.click();
      return !!el;
    },
    { selector, text },
  );
  if (!clicked) throw new Error(`no ${selector} with text ${text}`);
}

/** Chooses `file` in the file input matching `selector`, waiting for the input to be rendered. */
export async function uploadFile(page: Page, selector: string, file: string) {
  const input = await settle(
    () => page.$(selector),
    (el) => el !== null,
    { timeout: 20_000 },
  );
  if (!input) throw new Error(`no file input ${selector}`);
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(file);
}

/** Lets downloads land in `folder`, where a test can read them (WebDriver BiDi browser.setDownloadBehavior). */
export async function allowDownloads(firefox: FirefoxTestBrowser, folder: string) {
  const bidi = (
    firefox.session.browser as unknown as { connection: { send(m: string, p: object): Promise<unknown> } }
  ).connection;
  await bidi.send('browser.setDownloadBehavior', {
    downloadBehavior: { type: 'allowed', destinationFolder: folder },
  });
}

/** Exports the whole library in a format and waits for Firefox to have saved the file in `downloads`. */
export async function exportWholeLibrary(
  library: Page,
  downloads: string,
  format: string,
): Promise<{ name: string; bytes: Buffer }> {
  const until = <T>(read: () => Promise<T>, done: (v: T) => boolean) =>
    settle(read, done, { timeout: 20_000 });
  const before = new Set(readdirSync(downloads).map(String));
  await clickText(library, '.export-panel label', format);
  await clickText(library, '.export-panel label', 'The whole library');
  await clickText(library, '.export-panel button', 'Export');
  const name = await until(
    async () =>
      readdirSync(downloads)
        .map(String)
        .find((f) => !before.has(f) && !f.endsWith('.part')) ?? '',
    (f) => f !== '',
  );
  if (!name) throw new Error(`no ${format} download appeared`);
  // the file is complete once Firefox has renamed its .part file
  await until(
    async () => readdirSync(downloads).some((f) => String(f).endsWith('.part')),
    (partial) => !partial,
  );
  return { name, bytes: readFileSync(join(downloads, name)) };
}

/** Waits until the text of `selector` in the page includes `text`; throws naming both if it never does. */
async function textAppears(page: Page, selector: string, text: string) {
  const seen = await settle(
    () => textOf(page, selector),
    (t) => t.includes(text),
    { timeout: 20_000 },
  );
  if (!seen.includes(text)) throw new Error(`${selector} never showed "${text}" (last: "${seen}")`);
}

/**
 * Writes gatherings.csv (one keyword, 蓝莓行动, in the category Gathering) into `folder` and adds it through the
 * library's packs page, the category mapped to Art. 10 (ix), until the pack is listed and switched on.
 */
export async function addGatheringsPack(library: Page, folder: string) {
  const file = join(folder, 'gatherings.csv');
  writeFileSync(file, 'keyword,category\n蓝莓行动,Gathering\n');
  await library.evaluate(() => {
    location.hash = '#packs';
  });
  await uploadFile(library, '.pack-import input[type="file"]', file);
  await textAppears(library, '.pack-form', 'gatherings.csv: 1 keyword (CSV).');
  await library.evaluate(() => {
    const select = document.querySelector('.category[data-category="Gathering"] select') as HTMLSelectElement;
    select.value = 'bj-microblog-2011/art10-9';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await clickText(library, '.category button', 'Add clause');
  await textAppears(library, '.pack-preview', 'Preview: pack gatherings, 1 keyword');
  await clickText(library, '.pack-form button', 'Save pack');
  await textAppears(library, '.pack-list', 'gatherings');
  await textAppears(library, '.pack-list', 'On');
}
