import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContentState } from '../../utils/messages';
import { sendFromExtensionPage } from '../fixtures/reliability/runtime-message';
import { readDbState, type DbState } from '../fixtures/reliability/db-state';
import { generateLibraryFile } from '../fixtures/reliability/library-file';
import { chromiumTestBrowser, type ChromiumTestBrowser } from './support/chromium-browser';
import type { ExtensionControl } from './support/control';
import { artifactPath } from './support/paths';
import { startFixtureServer, type FixtureServer } from './support/server';
import { settle } from './support/wait';

/**
 * A full disk, for real: Chromium's quota for the extension's origin is lowered (DevTools
 * Storage.overrideQuotaForOrigin) below what the database already uses, so IndexedDB itself refuses the
 * next write with QuotaExceededError. An import in the library and a flag from the popup must then fail
 * whole, say so on screen, and leave the library as it was; with the quota back, writing works again.
 * (Chromium caches an origin's remaining space for a few seconds and lets small writes through on that
 * cache; the large import goes first and makes it ask the quota manager again.)
 */

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>论坛：公园里的事</title></head><body>
${Array.from({ length: 40 }, (_, i) => `<p>第${i}楼：公园门口有几个人在讲法轮功的事，还有人出售大麻。</p>`).join('\n')}
</body></html>`;
const FULL = /storage for ClauseMark is full \(QuotaExceededError\); nothing was changed/;

let root: string;
let server: FixtureServer;
let browser: ChromiumTestBrowser;
let control: ExtensionControl;
let library: Page;
let cdp: CDPSession;
let origin: string;
let tabId: number;
let before: DbState;

const state = () => library.evaluate(readDbState, { known: null, normalize: null });

const send = (message: Record<string, unknown>) => sendFromExtensionPage(library, message);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausemark-quota-'));
  writeFileSync(join(root, 'forum.html'), PAGE);
  server = await startFixtureServer(root);
  browser = await chromiumTestBrowser();
  control = browser.control as ExtensionControl;
  origin = `chrome-extension://${browser.session.extensionId}`;
  library = await browser.session.context.newPage();
  await library.goto(`${origin}/library.html`);
  cdp = await browser.session.context.newCDPSession(library);
  // a library to protect
  const existing = generateLibraryFile({ pages: 30, matchesPerPage: 4, idPrefix: 'kept' });
  await library.getByLabel('ClauseMark library file (JSON)').setInputFiles({
    name: 'kept.json',
    mimeType: 'application/json',
    buffer: Buffer.from(existing.json),
  });
  await library.getByText('Imported kept.json.').waitFor();
  const page = await browser.open(server.url('forum.html'));
  tabId = await control.tabIdOf(page.url());
  await settle(
    () => control.getState(tabId) as Promise<ContentState>,
    (s) => s.status === 'done' && s.total > 0,
  );
  // the settings row exists before the quota test starts (it is rewritten unchanged below)
  expect(
    await send({ type: 'library-to-background:set-settings', patch: { drawMode: 'inline' } }),
  ).toMatchObject({
    ok: true,
  });
  before = await state();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function usage(): Promise<{ usage: number; quota: number }> {
  return (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number; quota: number };
}

describe('storage quota (Chromium, DevTools quota override)', () => {
  test('with the quota below what is used, an import fails whole and the library names the file and the problem', async () => {
    expect(before.counts.pages).toBe(30);
    const { usage: used } = await usage();
    expect(used).toBeGreaterThan(0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.floor(used / 2) });
    expect((await usage()).quota).toBe(Math.floor(used / 2));
    // Chromium lets writes through on the origin's remaining space as it was when last asked, for up to 30
    // seconds (BucketContext::kBucketSpaceCacheTimeLimit): rewrite the (unchanged) settings until IndexedDB
    // refuses, so the writes under test meet the lowered quota
    const refused = await settle(
      () => send({ type: 'library-to-background:set-settings', patch: { drawMode: 'inline' } }),
      (reply) => !reply.ok,
      { timeout: 60_000, interval: 500 },
    );
    expect(refused.error).toMatch(FULL);
    expect(await state()).toEqual(before);

    const incoming = generateLibraryFile({ pages: 200, matchesPerPage: 10, idPrefix: 'refused' });
    await library.getByLabel('ClauseMark library file (JSON)').setInputFiles({
      name: 'refused.json',
      mimeType: 'application/json',
      buffer: Buffer.from(incoming.json),
    });
    const alert = library.locator('.import-panel [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toMatch(FULL);
    expect(await alert.textContent()).toMatch(
      /^Nothing was imported from refused\.json:the import was not saved: /,
    );
    expect(await alert.isVisible()).toBe(true);
    await library.screenshot({ path: artifactPath('e2e/library-storage-full.png') });
    expect(await state()).toEqual(before);
    // the library still lists what it had
    await library.goto(`${origin}/library.html#pages`);
    await expect.poll(() => library.locator('[role="listbox"] [role="option"]').count()).toBeGreaterThan(0);
  });

  test('a flag from the popup fails the same way, says why in the popup, and changes nothing', async () => {
    const popup = await browser.session.context.newPage();
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    await popup.getByRole('tab', { name: 'Flag page' }).click();
    await popup.getByRole('button', { name: 'Flag this page' }).click();
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(FULL);
    expect(await alert.textContent()).toMatch(
      /^the capture of http:\/\/127\.0\.0\.1:\d+\/forum\.html was not saved: /,
    );
    expect(await alert.isVisible()).toBe(true);
    await popup.screenshot({ path: artifactPath('e2e/popup-storage-full.png') });
    expect(await popup.locator('.result').textContent()).toBe('');
    expect(await state()).toEqual(before);
    await popup.close();
  });

  test('with the quota back, the same flag is stored', async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    const popup = await browser.session.context.newPage();
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    await popup.getByRole('tab', { name: 'Flag page' }).click();
    await popup.getByRole('button', { name: 'Flag this page' }).click();
    await expect.poll(() => popup.locator('.result').textContent()).toMatch(/^Flagged\./);
    const after = await state();
    expect(after.counts.pages).toBe((before.counts.pages ?? 0) + 1);
    expect(Object.values(after.broken).flat()).toEqual([]);
  });
});
