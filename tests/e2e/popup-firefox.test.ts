import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContentState } from '../../utils/messages';
import type { ExtensionControl, WebExtApi } from './support/control';
import { firefoxTestBrowser, openExtensionPage, type FirefoxTestBrowser } from './support/firefox';
import { foreignViaProxy } from './support/firefox-network';
import { clickText, textOf } from './support/firefox-page';
import { artifactPath } from './support/paths';
import { startFixtureServer, type FixtureServer } from './support/server';
import type { TestPage } from './support/test-browser';
import { settle, sleep } from './support/wait';

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博正文</title></head><body>
<article><p>公园门口有几个人在讲法轮功的事，保安过来劝离了。</p></article>
<article><p>今天北京晴，最高气温二十六度。</p></article>
<div style="height: 2600px"></div>
<article><p>Long read: how Falun Gong practitioners abroad organise their newspapers.</p></article>
</body></html>`;

let root: string;
let server: FixtureServer;
let firefox: FirefoxTestBrowser;
let control: ExtensionControl;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausemark-popup-ff-'));
  writeFileSync(join(root, 'post.html'), PAGE);
  server = await startFixtureServer(root);
  firefox = await firefoxTestBrowser({ proxy: server.proxy });
  control = firefox.control as ExtensionControl;
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const origin = () => firefox.session.extensionOrigin as string;

function stateWhen(tabId: number, done: (s: ContentState) => boolean): Promise<ContentState> {
  return settle(() => control.send<ContentState>(tabId, { type: 'popup-to-content:get-state' }), done, {
    timeout: 20_000,
  });
}

async function openPost(path: string): Promise<{ page: TestPage; tabId: number; state: ContentState }> {
  const page = await firefox.open(server.url(path));
  const tabId = await control.tabIdOf(page.url());
  return { page, tabId, state: await stateWhen(tabId, (s) => s.status === 'done' && s.total > 0) };
}

/** Text of the first element matching a selector ('' when there is none). */
/** Polls the popup's DOM until `read` gives a value `done` accepts (the last value on timeout). */
const until = <T>(read: () => Promise<T>, done: (v: T) => boolean) => settle(read, done, { timeout: 15_000 });

describe('popup (Firefox ESR)', () => {
  test('moz-extension popup for a tab: matches per clause, reveal, flag, remembered dismissal', async () => {
    const { page, tabId, state } = await openPost('post.html?ff=1');
    let popup = await openExtensionPage(firefox.session.browser, `${origin()}/popup.html?tabId=${tabId}`);
    expect(
      await until(
        () => textOf(popup, '.total'),
        (t) => t.startsWith('Matches'),
      ),
    ).toBe(`Matches on this page: ${state.total}`);

    const last = state.matches[state.matches.length - 1];
    if (!last) throw new Error('no matches');
    await clickText(popup, '.group-toggle', 'Art. 10 (v)');
    await clickText(popup, '.match-button', last.text);
    const revealed = await stateWhen(tabId, (s) => s.card.shown && s.card.matchIndex === last.index);
    expect(revealed.card.text).toContain(last.text);
    expect(await page.main(() => scrollY, null)).toBeGreaterThan(1000);

    await clickText(popup, '[role="tab"]', 'Flag page');
    await until(
      () => textOf(popup, '.flag-panel'),
      (t) => t.includes('Matches to review'),
    );
    await popup.type('.flag-panel textarea', 'seen on Firefox');
    await popup.type('.flag-panel input[type="text"]', 'firefox');
    await clickText(popup, 'button[type="submit"]', 'Flag this page');
    expect(
      await until(
        () => textOf(popup, '.result'),
        (t) => t.startsWith('Flagged'),
      ),
    ).toMatch(/^Flagged\. Matches saved: \d+;/);
    await popup.evaluate(() => {
      const row = [...document.querySelectorAll('li.review')].find(
        (li) => li.querySelector('.review-head mark')?.textContent === '法轮功',
      );
      row?.querySelector<HTMLInputElement>('input[type="radio"][value="dismissed"]')?.click();
    });
    await sleep(300);
    await popup.close();

    popup = await openExtensionPage(firefox.session.browser, `${origin()}/popup.html?tabId=${tabId}`);
    expect(
      await until(
        () => textOf(popup, '.history'),
        (t) => t.includes('Captures'),
      ),
    ).toContain('Captures of this page: 1');
    expect(await textOf(popup, '.history')).toContain('seen on Firefox');
    await clickText(popup, '.group-toggle', 'Art. 10 (v)');
    expect(
      await popup.evaluate(() =>
        [...document.querySelectorAll('.match.dismissed mark')].map((m) => m.textContent),
      ),
    ).toEqual(['法轮功']);
    await popup.screenshot({ path: artifactPath('e2e/firefox-popup.png') as `${string}.png` });
    await popup.close();
    await page.close();
  });

  test('the card’s "Full text" tab finds its page through the tab that opened it', async () => {
    const { page, tabId } = await openPost('post.html?ff=2');
    const clause = 'bj-microblog-2011/art10-5';
    // what the background does for the card's link: a new tab at the clause, opened by the page's tab
    await control.context.evaluate(
      async ({ url, tabId }) => {
        const api = (
          globalThis as unknown as { browser: WebExtApi & { tabs: { create(o: object): Promise<unknown> } } }
        ).browser;
        await api.tabs.create({ url, openerTabId: tabId });
      },
      { url: `${origin()}/popup.html?clause=${encodeURIComponent(clause)}`, tabId },
    );
    const popup = await settle(
      async () => {
        for (const p of await firefox.session.browser.pages())
          if ((await p.evaluate(() => location.href).catch(() => '')).includes('popup.html?clause='))
            return p;
        return undefined;
      },
      (p) => p !== undefined,
    );
    if (!popup) throw new Error('the clause tab did not open');
    const here = await until(
      () => textOf(popup, '.here'),
      (t) => t.includes('法轮功'),
    );
    expect(here).toContain('法轮功');
    expect(await textOf(popup, '.clause-detail h2')).toContain('Art. 10 (v)');
    await popup.close();
    await page.close();
  });

  test('made no network request through the recording proxy', () => {
    expect(server.received.some((r) => r.viaProxy)).toBe(true);
    expect(foreignViaProxy(server)).toEqual([]);
  });
});
