import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContentState } from '../../utils/messages';
import { recordFigures } from '../fixtures/reliability/figures';
import { type ChromiumTestBrowser } from './support/chromium-browser';
import type { ExtensionControl } from './support/control';
import { unexpectedFixtureRequests } from './support/firefox-network';
import { ChromiumNetworkRecorder } from './support/network';
import { highlightRect } from './support/probes';
import { chromiumSuite, type ChromiumSuite } from './support/suite';
import type { FixtureServer } from './support/server';
import { settle } from './support/wait';

/**
 * Nothing leaves the device: one whole research session in Chromium — a page scanned, its card shown, the
 * page flagged from the popup, the library opened, every export format downloaded, the JSON imported back,
 * a keyword pack imported and marking the open page — with every request of every context recorded
 * (Playwright's request events and DevTools Network on each page, extension page and the service worker).
 *
 * How the test's own requests are told apart: the only requests it makes itself are its page loads from the
 * fixture server (http://127.0.0.1:PORT/session.html, and the favicon the browser asks for). A request by
 * ClauseMark would show up as (1) any request to another origin (the browser's own background traffic is
 * switched off by its launch flags, so anything there fails the test), (2) any request, to any origin, whose
 * initiator is extension code (the service worker, an extension page, a content script's stack), or (3) a
 * request that reached the fixture server for a path the test never opened. All three must be empty.
 */

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>论坛：公园里的事</title></head><body>
<p>公园门口有几个人在讲法轮功的事，保安过来劝离了。</p>
<p>周末大家约好参加蓝莓行动，地点另行通知。</p>
<p>Long read: how Falun Gong practitioners abroad organise their newspapers.</p>
</body></html>`;
const PACK = 'keyword,category\r\n蓝莓行动,Gathering\r\n';
const FORMATS = [/^ClauseMark library/, /^Spreadsheet/, /^One match per line/, /^W3C Web Annotations/];

let site: ChromiumSuite;
let server: FixtureServer;
let browser: ChromiumTestBrowser;
let control: ExtensionControl;
let recorder: ChromiumNetworkRecorder;

beforeAll(async () => {
  site = await chromiumSuite({ pages: { 'session.html': PAGE } });
  ({ server, browser, control, recorder } = site);
});
afterAll(async () => {
  await site?.close();
});

async function download(library: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await library.getByRole('radio', { name: format }).check();
  await library.getByRole('radio', { name: /whole library/ }).check();
  const [file] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Export' }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

describe('privacy (Chromium)', () => {
  test('a whole session — scan, card, flag, library, four exports, import, keyword pack — makes no request', async () => {
    const origin = `chrome-extension://${browser.session.extensionId}`;
    // scan, and the card
    const page = await browser.open(server.url('session.html'));
    const tabId = await control.tabIdOf(page.url());
    await settle(
      () => control.getState(tabId) as Promise<ContentState>,
      (s) => s.status === 'done' && s.total > 0,
    );
    const rect = await settle(
      () => page.probe(highlightRect, { name: 'clausemark-art10-5', index: 0 }),
      (r) => r !== null,
    );
    if (!rect) throw new Error('nothing drawn');
    await browser.pageOf(page).mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 3 });
    await settle(
      () => control.getState(tabId),
      (s) => s.card.shown,
    );

    // flag from the popup
    const popup = await browser.session.context.newPage();
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    await popup.getByRole('tab', { name: 'Flag page' }).click();
    await popup.getByRole('button', { name: 'Flag this page' }).click();
    await expect.poll(() => popup.locator('.result').textContent()).toMatch(/^Flagged\./);
    await popup.close();

    // the library: every export, the JSON back in, a keyword pack
    const library = await browser.session.context.newPage();
    await library.goto(`${origin}/library.html`);
    await expect.poll(() => library.locator('[role="option"]').count()).toBe(1);
    const files: { name: string; bytes: Buffer }[] = [];
    for (const format of FORMATS) files.push(await download(library, format));
    expect(files.map((f) => f.name.replace(/^clausemark-\d{4}-\d{2}-\d{2}/, ''))).toEqual([
      '.json',
      '.csv',
      '.jsonl',
      '.jsonld',
    ]);
    for (const f of files) expect(f.bytes.toString('utf8'), f.name).toContain('法轮功');
    await library.getByLabel('ClauseMark library file (JSON)').setInputFiles({
      name: 'library.json',
      mimeType: 'application/json',
      buffer: files[0]!.bytes,
    });
    await expect.poll(() => library.getByText('Imported library.json.').count()).toBe(1);

    await library.goto(`${origin}/library.html#packs`);
    await library.getByLabel('Keyword list (CSV or text)').setInputFiles({
      name: 'gatherings.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(PACK),
    });
    const category = library.locator('.category[data-category="Gathering"]');
    await category.getByRole('combobox').selectOption('bj-microblog-2011/art10-9');
    await category.getByRole('button', { name: /^Add clause/ }).click();
    await library.getByRole('button', { name: 'Save pack' }).click();
    await settle(
      () => control.getState(tabId),
      (s) => s.matches.some((m) => m.text === '蓝莓行动'),
    );

    // the recorder was live: it saw the test's own page load
    expect(recorder.requests.some((r) => r.url === page.url())).toBe(true);
    const byExtension = recorder.byExtension();
    const foreign = recorder.foreign([server.origin, server.crossOrigin]);
    const unexpected = unexpectedFixtureRequests(server, /^\/session\.html$/);
    recordFigures('network-chromium', {
      requestsRecorded: recorder.requests.length,
      byExtension: byExtension.length,
      foreign: foreign.length,
      unexpectedFixtureRequests: unexpected.length,
    });
    expect(byExtension).toEqual([]);
    expect(foreign).toEqual([]);
    expect(unexpected).toEqual([]);
  });
});
