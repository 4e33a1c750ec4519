import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getClause } from '../../utils/clauses';
import { type ChromiumTestBrowser } from './support/chromium-browser';
import type { ContentState } from '../../utils/messages';
import type { ExtensionControl } from './support/control';
import { ChromiumNetworkRecorder } from './support/network';
import { artifactPath } from './support/paths';
import { chromiumSuite, type ChromiumSuite } from './support/suite';
import type { FixtureServer } from './support/server';
import type { TestPage } from './support/test-browser';
import { settle } from './support/wait';
import { horizontalOverflow, saveFullScreenshot } from './support/zoom';

/** A post page, long enough that its last passage is out of view until revealed. */
const POSTS = {
  park: '公园门口有几个人在讲法轮功的事，保安过来劝离了。',
  weather: '今天北京晴，最高气温二十六度，下班去朝阳公园跑了五公里。',
  english: 'Long read: how Falun Gong practitioners abroad organise their newspapers.',
  anniversary: '今天是六四三十五周年。',
};
function postPage(posts: (keyof typeof POSTS)[]): string {
  const body = posts
    .map((id, i) => {
      const spacer = i === posts.length - 1 ? '<div style="height: 2600px"></div>' : '';
      return `${spacer}<article id="post-${id}"><p>${POSTS[id]}</p></article>`;
    })
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博正文</title></head><body>${body}</body></html>`;
}
const ALL_POSTS: (keyof typeof POSTS)[] = ['park', 'weather', 'english', 'anniversary'];

let site: ChromiumSuite;
let server: FixtureServer;
let browser: ChromiumTestBrowser;
let control: ExtensionControl;
let recorder: ChromiumNetworkRecorder;

beforeAll(async () => {
  site = await chromiumSuite({
    pages: { 'post.html': postPage(ALL_POSTS), 'scan.html': postPage(['park']) },
  });
  ({ server, browser, control, recorder } = site);
});
afterAll(async () => {
  await site?.close();
});

/** The popup for a tab, opened the way the pop-out button opens it (toolbar popups cannot be automated). */
async function openPopup(tabId: number, extra = ''): Promise<Page> {
  const popup = await browser.session.context.newPage();
  await popup.setViewportSize({ width: 480, height: 800 });
  await popup.goto(`chrome-extension://${browser.session.extensionId}/popup.html?tabId=${tabId}${extra}`);
  return popup;
}

/** The content script's full state for a tab, once `done` accepts it (the last one seen on timeout). */
function stateWhen(tabId: number, done: (s: ContentState) => boolean): Promise<ContentState> {
  return settle(() => control.send<ContentState>(tabId, { type: 'popup-to-content:get-state' }), done);
}

async function openPost(path: string): Promise<{ page: TestPage; tabId: number; state: ContentState }> {
  const page = await browser.open(server.url(path));
  const tabId = await control.tabIdOf(page.url());
  return { page, tabId, state: await stateWhen(tabId, (s) => s.status === 'done' && s.total > 0) };
}

/** Per clause, how many matches fall under it directly or by implication: what the popup lists. */
function perClause(state: ContentState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of state.matches)
    for (const id of new Set([...m.clauses, ...m.implied])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

const groupToggle = (popup: Page, locator: string): Locator =>
  popup.locator('.group-toggle').filter({
    has: popup.locator('.locator', { hasText: new RegExp(`^${locator.replace(/[()]/g, '\\$&')}$`) }),
  });

function reviewRow(popup: Page, quote: string): Locator {
  return popup.locator('li.review').filter({ has: popup.locator('.review-head mark', { hasText: quote }) });
}

describe('popup (Chromium)', () => {
  test('lists this page’s matches per clause; clicking one scrolls the page to it and shows its card', async () => {
    const { page, tabId, state } = await openPost('post.html?case=list');
    const popup = await openPopup(tabId);
    await expect
      .poll(() => popup.locator('.total').textContent())
      .toBe(`Matches on this page: ${state.total}`);

    const expected = perClause(state);
    const listed = await popup
      .locator('.group-toggle')
      .evaluateAll((buttons) =>
        buttons.map((b) => [
          b.querySelector('.locator')?.textContent ?? '',
          Number(b.querySelector('.count')?.textContent),
        ]),
      );
    expect(new Map(listed as [string, number][])).toEqual(
      new Map([...expected].map(([id, n]) => [getClause(id)?.locator.en ?? id, n])),
    );

    // the last match is below the fold: reveal it from the popup
    const last = state.matches[state.matches.length - 1];
    if (!last) throw new Error('no matches');
    const clause = getClause(last.clauses[0] ?? '');
    await groupToggle(popup, clause?.locator.en ?? '').click();
    const item = popup
      .locator('.match-button')
      .filter({ has: popup.locator('mark', { hasText: last.text }) });
    await item.first().click();
    const revealed = await stateWhen(tabId, (s) => s.card.shown && s.card.matchIndex === last.index);
    expect(revealed.card.matchIndex).toBe(last.index);
    expect(revealed.card.text).toContain(last.text);
    const view = await page.main((text) => {
      const el = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(text));
      const r = el?.getBoundingClientRect();
      return { scrollY, inView: !!r && r.top >= 0 && r.bottom <= innerHeight };
    }, last.text);
    expect(view.scrollY).toBeGreaterThan(1000);
    expect(view.inView).toBe(true);
    await expect.poll(() => item.first().getAttribute('aria-current')).toBe('true');

    // next / previous walk the page from there
    await popup.getByRole('button', { name: 'Previous' }).click();
    await stateWhen(tabId, (s) => s.focused === last.index - 1);
    await popup.close();
    await page.close();
  });

  test('clause lookup: "10.7" shows Art. 10 (vii) in full, in both languages, with its source and crosswalk', async () => {
    const { page, tabId } = await openPost('post.html?case=lookup');
    const popup = await openPopup(tabId);
    await popup.getByRole('tab', { name: 'Clause lookup' }).click();
    await popup.getByRole('searchbox').fill('10.7');
    const article = popup.getByRole('article');
    const clause = getClause('bj-microblog-2011/art10-7');
    if (!clause) throw new Error('registry lacks Art. 10 (vii)');
    await expect
      .poll(() => article.getByRole('heading', { level: 2 }).textContent())
      .toContain('Art. 10 (vii)');
    const text = (await article.textContent()) ?? '';
    expect(text).toContain(clause.text.zh);
    expect(text).toContain(clause.text.en);
    expect(text).toContain('003_7828c21dec4f4dd9.txt');
    expect(text).toContain('Baseline 6');
    await popup.close();
    await page.close();
  });

  test('?clause=<id> in a tab opened by the page (the card\'s "Full text") lists that page\'s matches under it', async () => {
    const { page, tabId, state } = await openPost('post.html?case=clause');
    const clause = 'bj-microblog-2011/art10-5';
    const url = `chrome-extension://${browser.session.extensionId}/popup.html?clause=${encodeURIComponent(clause)}`;
    const opened = browser.session.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('clause='),
    });
    // what the background does for the card's link
    await browser.session.worker?.evaluate(
      async ({ url, tabId }) => {
        const tabs = (globalThis as unknown as { chrome: { tabs: { create(o: object): Promise<unknown> } } })
          .chrome.tabs;
        await tabs.create({ url, openerTabId: tabId });
      },
      { url, tabId },
    );
    const popup = await opened;
    const here = popup.getByRole('region', { name: 'On this page' });
    const under = state.matches.filter((m) => m.clauses.includes(clause)).map((m) => m.text);
    expect(under.length).toBeGreaterThan(0);
    await expect.poll(() => here.locator('mark').allTextContents()).toEqual(under);
    expect(await popup.getByRole('tab', { name: 'Clause lookup' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await popup.close();
    await page.close();
  });

  test('flag with a note and a tag, dismiss a match; reopened, the page is flagged and the dismissal remembered', async () => {
    const { page, tabId, state } = await openPost('post.html?case=flag');
    let popup = await openPopup(tabId);
    await popup.getByRole('tab', { name: 'Flag page' }).click();
    await popup.getByLabel('Note on this capture').fill('Park post, removed by noon');
    await popup.getByLabel('Tags').fill('weibo, park');
    await popup.getByRole('button', { name: 'Flag this page' }).click();
    await expect
      .poll(() => popup.locator('.result').textContent())
      .toMatch(/^Flagged\. Matches saved: \d+; with a verdict remembered from before: 0\.$/);
    await reviewRow(popup, '法轮功').getByRole('radio', { name: 'Dismiss' }).check();
    await popup.close();

    popup = await openPopup(tabId);
    const history = popup.getByRole('region', { name: 'Flagged before' });
    await expect.poll(() => history.textContent()).toContain('Captures of this page: 1');
    expect(await history.textContent()).toContain('Park post, removed by noon');
    expect(await history.textContent()).toContain('weibo, park');
    await expect
      .poll(() => history.getByRole('status').textContent())
      .toBe(`Since that capture: ${state.total} still on the page, 0 disappeared.`);
    await groupToggle(popup, 'Art. 10 (v)').click();
    const dismissed = popup.locator('.match.dismissed mark');
    expect(await dismissed.allTextContents()).toEqual(['法轮功']);
    await popup.getByRole('tab', { name: 'Flag page' }).click();
    expect(await reviewRow(popup, '法轮功').getByRole('radio', { name: 'Dismiss' }).isChecked()).toBe(true);
    await popup.screenshot({ path: artifactPath('e2e/popup-flagged.png'), fullPage: true });
    // flagged again, the new capture takes the remembered dismissal
    await popup.getByRole('button', { name: 'Flag again (new capture)' }).click();
    await expect
      .poll(() => popup.locator('.result').textContent())
      .toMatch(/with a verdict remembered from before: 1\.$/);
    expect(await reviewRow(popup, '法轮功').getByRole('radio', { name: 'Dismiss' }).isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });

  test('a changed page: passages removed since the capture are reported as disappeared', async () => {
    site.writePage('post.html', postPage(ALL_POSTS));
    const first = await openPost('post.html?case=changed');
    let popup = await openPopup(first.tabId);
    await popup.getByRole('tab', { name: 'Flag page' }).click();
    await popup.getByRole('button', { name: 'Flag this page' }).click();
    await expect.poll(() => popup.locator('.result').textContent()).toMatch(/^Flagged\./);
    await popup.close();

    // the site takes the park post down; the same URL now serves the rest
    site.writePage('post.html', postPage(ALL_POSTS.filter((p) => p !== 'park')));
    const pw = browser.pageOf(first.page);
    await pw.reload();
    control.forget(first.page.url());
    const now = await stateWhen(
      first.tabId,
      (s) => s.status === 'done' && !s.matches.some((m) => m.text === '法轮功'),
    );
    const removed = first.state.matches.filter((m) => m.text === '法轮功').length;
    expect(removed).toBeGreaterThan(0);

    popup = await openPopup(first.tabId);
    const history = popup.getByRole('region', { name: 'Flagged before' });
    await expect
      .poll(() => history.getByRole('status').textContent())
      .toBe(`Since that capture: ${first.state.total - removed} still on the page, ${removed} disappeared.`);
    expect(now.total).toBe(first.state.total - removed);
    const gone = history.getByRole('list', { name: 'Passages that disappeared' });
    expect(await gone.textContent()).toContain('Removed: 法轮功');
    await popup.close();
    await first.page.close();
    site.writePage('post.html', postPage(ALL_POSTS));
  });

  test('readable at 200% zoom: nothing overflows horizontally (screenshot artifact)', async () => {
    const { page, tabId } = await openPost('post.html?case=zoom');
    const popup = await openPopup(tabId);
    const cdp = await browser.session.context.newCDPSession(popup);
    // a toolbar popup is at most 800 device pixels wide: at 200% zoom that is 400 CSS pixels at a ratio of 2
    const zoom = () =>
      cdp.send('Emulation.setDeviceMetricsOverride', {
        width: 400,
        height: 600,
        deviceScaleFactor: 2,
        mobile: false,
      });
    const shot = (name: string) => saveFullScreenshot(cdp, `popup-200pct-${name}`);
    const overflow = () => horizontalOverflow(popup);
    await zoom();
    await expect.poll(() => popup.locator('.total').textContent()).toMatch(/^Matches on this page/);
    for (const toggle of (await popup.locator('.group-toggle').all()).slice(0, 2)) await toggle.click();
    await popup.locator('.families summary').click();
    expect(await overflow()).toEqual({ devicePixelRatio: 2, width: 400, scrollWidth: 400, wide: [] });
    await shot('page');
    await popup.getByRole('tab', { name: 'Clause lookup' }).click();
    await popup.getByRole('searchbox').fill('10.7');
    expect(await overflow()).toEqual({ devicePixelRatio: 2, width: 400, scrollWidth: 400, wide: [] });
    await shot('lookup');
    await popup.getByRole('tab', { name: 'Flag page' }).click();
    expect(await overflow()).toEqual({ devicePixelRatio: 2, width: 400, scrollWidth: 400, wide: [] });
    await shot('flag');
    await cdp.detach();
    await popup.close();
    await page.close();
  });

  test('never scan this site, and back; a browser page gets a plain message', async () => {
    const { page, tabId } = await openPost('scan.html');
    const popup = await openPopup(tabId);
    const host = new URL(server.origin).hostname;
    await popup.getByRole('checkbox', { name: `Never scan ${host}` }).check();
    await expect
      .poll(() => popup.locator('.unavailable').textContent())
      .toContain(`${host} is on your never-scan list`);
    expect((await stateWhen(tabId, (s) => s.status === 'off')).status).toBe('off');
    await popup.getByRole('button', { name: 'Scan this site again' }).click();
    await expect
      .poll(() => popup.locator('.total').textContent(), { timeout: 10_000 })
      .toMatch(/^Matches on this page: [1-9]/);

    // the same tab on a browser page: no content script can run there
    await browser.pageOf(page).goto('chrome://version');
    await popup.reload();
    await expect
      .poll(() => popup.locator('.unavailable').textContent())
      .toContain('ClauseMark cannot read this page');
    await popup.close();
    await page.close();
  });

  test('makes no network requests of its own', async () => {
    const foreign = recorder.foreign([server.origin, server.crossOrigin]);
    expect(foreign).toEqual([]);
    expect(recorder.byExtension()).toEqual([]);
    // the popup's own requests are its packaged files only
    const popupRequests = recorder.requests.filter(
      (r) => r.url.includes('/popup') || r.url.includes('/chunks/'),
    );
    expect(popupRequests.every((r) => r.url.startsWith('chrome-extension://'))).toBe(true);
    expect(popupRequests.length).toBeGreaterThan(0);
  });
});
