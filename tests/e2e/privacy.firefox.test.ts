import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContentState } from '../../utils/messages';
import { recordFigures } from '../fixtures/reliability/figures';
import type { ExtensionControl } from './support/control';
import { firefoxTestBrowser, openExtensionPage, type FirefoxTestBrowser } from './support/firefox';
import { foreignViaProxy, unexpectedFixtureRequests } from './support/firefox-network';
import {
  addGatheringsPack,
  allowDownloads,
  clickText,
  exportWholeLibrary,
  textOf,
  uploadFile,
} from './support/firefox-page';
import { highlightRect } from './support/probes';
import { startFixtureServer, type FixtureServer } from './support/server';
import { settle } from './support/wait';

/**
 * Nothing leaves the device, in Firefox ESR: the same whole session as privacy.test.ts, with the profile's
 * HTTP proxy pointed at the fixture server, so every request of every context (content scripts, the
 * background page, extension pages) passes through it and is recorded. The test's own requests are its page
 * loads of /session.html; Firefox's own service hosts are set aside by name (support/firefox-network.ts).
 * Anything else through the proxy, or any fixture-server path the test did not open, fails it.
 */

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>论坛：公园里的事</title></head><body>
<p>公园门口有几个人在讲法轮功的事，保安过来劝离了。</p>
<p>周末大家约好参加蓝莓行动，地点另行通知。</p>
</body></html>`;
const FORMATS = ['ClauseMark library', 'Spreadsheet', 'One match per line', 'W3C Web Annotations'];

let root: string;
let downloads: string;
let server: FixtureServer;
let firefox: FirefoxTestBrowser;
let control: ExtensionControl;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausemark-privacy-ff-'));
  downloads = join(root, 'downloads');
  mkdirSync(downloads);
  writeFileSync(join(root, 'session.html'), PAGE);
  server = await startFixtureServer(root);
  firefox = await firefoxTestBrowser({ proxy: server.proxy });
  control = firefox.control as ExtensionControl;
  await allowDownloads(firefox, downloads);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const until = <T>(read: () => Promise<T>, done: (v: T) => boolean) => settle(read, done, { timeout: 20_000 });
const exportAs = async (library: Page, format: string) =>
  (await exportWholeLibrary(library, downloads, format)).name;

describe('privacy (Firefox ESR)', () => {
  test('a whole session — scan, card, flag, library, four exports, import, keyword pack — sends nothing through the proxy', async () => {
    const origin = firefox.session.extensionOrigin as string;
    const page = await firefox.open(server.url('session.html'));
    const tabId = await control.tabIdOf(page.url());
    await until(
      () => control.getState(tabId) as Promise<ContentState>,
      (s) => s.status === 'done' && s.total > 0,
    );
    const rect = await until(
      () => page.probe(highlightRect, { name: 'clausemark-art10-5', index: 0 }),
      (r) => r !== null,
    );
    if (!rect) throw new Error('nothing drawn');
    await firefox.pageOf(page).mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 3 });
    await until(
      () => control.getState(tabId),
      (s) => s.card.shown,
    );

    const popup = await openExtensionPage(firefox.session.browser, `${origin}/popup.html?tabId=${tabId}`);
    await until(
      () => textOf(popup, '.total'),
      (t) => t.startsWith('Matches on this page'),
    );
    await clickText(popup, '[role="tab"]', 'Flag page');
    await until(
      () => textOf(popup, '.flag-panel'),
      (t) => t.includes('Flag this page'),
    );
    await clickText(popup, 'button[type="submit"]', 'Flag this page');
    expect(
      await until(
        () => textOf(popup, '.result'),
        (t) => t.startsWith('Flagged'),
      ),
    ).toMatch(/^Flagged\./);
    await popup.close();

    const library = await openExtensionPage(firefox.session.browser, `${origin}/library.html`);
    await until(
      () => library.evaluate(() => document.querySelectorAll('[role="option"]').length),
      (n) => n === 1,
    );
    const names: string[] = [];
    for (const format of FORMATS) names.push(await exportAs(library, format));
    expect(names.map((n) => n.replace(/^clausemark-\d{4}-\d{2}-\d{2}/, ''))).toEqual([
      '.json',
      '.csv',
      '.jsonl',
      '.jsonld',
    ]);
    for (const n of names) expect(readFileSync(join(downloads, n), 'utf8'), n).toContain('法轮功');
    await uploadFile(library, '.import-panel input[type="file"]', join(downloads, names[0] as string));
    await until(
      () => textOf(library, '.import-panel'),
      (t) => t.includes(`Imported ${names[0]}.`),
    );

    await addGatheringsPack(library, root);
    const state = await until(
      () => control.getState(tabId),
      (s) => s.matches.some((m) => m.text === '蓝莓行动'),
    );
    expect(state.matches.some((m) => m.text === '蓝莓行动')).toBe(true);

    // the proxy was live: the test's own page load went through it
    expect(server.received.some((r) => r.viaProxy && r.url === page.url())).toBe(true);
    const foreign = foreignViaProxy(server);
    const unexpected = unexpectedFixtureRequests(server, /^\/session\.html$/);
    const proxied = server.received.filter((r) => r.viaProxy);
    const fixtures = [server.origin, server.crossOrigin];
    recordFigures('network-firefox', {
      requestsThroughProxy: proxied.length,
      testPageLoads: proxied.filter((r) => fixtures.includes(new URL(r.url).origin)).length,
      firefoxOwnServices:
        proxied.length - proxied.filter((r) => fixtures.includes(new URL(r.url).origin)).length,
      foreign: foreign.length,
      unexpectedFixtureRequests: unexpected.length,
    });
    expect(foreign).toEqual([]);
    expect(unexpected).toEqual([]);
  });
});
