import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { familyCounts, inOrder, WEIBO } from './support/expectations';
import { familySizes } from './support/oracle';
import { cardHosts, highlightRect, readHighlights } from './support/probes';
import { chromiumSuite, highlightsWhen, stateWhen, type ChromiumSuite } from './support/suite';
import type { TestPage } from './support/test-browser';
import { settle, sleep } from './support/wait';

/** weibo.html as drawn with everything visible. */
const ALL = familyCounts(WEIBO);
const TOTAL = inOrder(WEIBO).length;
const without = (family: string) => Object.fromEntries(Object.entries(ALL).filter(([f]) => f !== family));
const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

let suite: ChromiumSuite;
const open: TestPage[] = [];
beforeAll(async () => {
  suite = await chromiumSuite();
});
afterEach(async () => {
  await suite.control.resetSettings();
  for (const p of open.splice(0)) await p.close();
});
afterAll(async () => {
  await suite?.close();
});

let opened = 0;
async function weibo(cross = false) {
  const page = await suite.browser.open(suite.server.url(`weibo.html?tab=${++opened}`, cross));
  open.push(page);
  return page;
}
const drawn = async (page: TestPage, want: object) =>
  familySizes(await highlightsWhen(page, (r) => same(familySizes(r), want)));

describe('toggles (Chromium)', () => {
  test('hide all and show again, per tab: the other tab keeps its highlights', async () => {
    const a = await weibo();
    const b = await weibo(true);
    expect(await drawn(a, ALL)).toEqual(ALL);
    expect(await drawn(b, ALL)).toEqual(ALL);
    const tabA = await suite.control.tabIdOf(a.url());
    await suite.control.send(tabA, { type: 'popup-to-content:set-visibility', visible: false });
    expect(await drawn(a, {})).toEqual({});
    const hidden = await suite.control.getState(tabA);
    expect(hidden.visible).toBe(false);
    expect(hidden.total).toBe(TOTAL);
    await sleep(300);
    expect(familySizes(await b.probe(readHighlights, 0))).toEqual(ALL);
    await suite.control.send(tabA, { type: 'popup-to-content:set-visibility', visible: true });
    expect(await drawn(a, ALL)).toEqual(ALL);
  });

  test('hide one family in a tab', async () => {
    const a = await weibo();
    await drawn(a, ALL);
    const tabA = await suite.control.tabIdOf(a.url());
    await suite.control.send(tabA, { type: 'popup-to-content:set-visibility', hiddenFamilies: ['art10-5'] });
    const want = without('art10-5');
    expect(await drawn(a, want)).toEqual(want);
    expect((await suite.control.getState(tabA)).hiddenFamilies).toEqual(['art10-5']);
  });

  test('defaults from settings apply live to open tabs and to new ones', async () => {
    const a = await weibo();
    await drawn(a, ALL);
    await suite.control.setSettings({ hiddenFamilies: ['art10-7'] });
    const want = without('art10-7');
    expect(await drawn(a, want)).toEqual(want);
    const b = await weibo(true);
    await stateWhen(suite.control, b, (s) => s.total === TOTAL);
    expect(await drawn(b, want)).toEqual(want);

    await suite.control.setSettings({ highlightsVisible: false, hiddenFamilies: [] });
    expect(await drawn(a, {})).toEqual({});
    const c = await weibo();
    const state = await stateWhen(suite.control, c, (s) => s.total === TOTAL);
    expect(state.visible).toBe(false);
    expect(familySizes(await c.probe(readHighlights, 0))).toEqual({});
  });

  test('a per-tab choice outlives a change of the default', async () => {
    const a = await weibo();
    await drawn(a, ALL);
    const tabA = await suite.control.tabIdOf(a.url());
    await suite.control.send(tabA, { type: 'popup-to-content:set-visibility', visible: false });
    await drawn(a, {});
    await suite.control.setSettings({ hiddenFamilies: ['art10-2'] });
    await sleep(500);
    expect(familySizes(await a.probe(readHighlights, 0))).toEqual({});
  });

  test('a never-scan site gets nothing, live and on load; other sites are unaffected', async () => {
    const a = await weibo();
    await drawn(a, ALL);
    await suite.control.setSettings({ neverScanSites: ['127.0.0.1'] });
    expect(await drawn(a, {})).toEqual({});
    const fresh = await weibo();
    const other = await weibo(true);
    if (new URL(suite.server.crossOrigin).hostname !== '127.0.0.1')
      expect(await drawn(other, ALL)).toEqual(ALL);
    // nothing is read there: the content script says so, and nothing is drawn
    const off = await stateWhen(suite.control, fresh, (s) => s.status === 'off');
    expect(off.status).toBe('off');
    expect(off.total).toBe(0);
    expect(familySizes(await fresh.probe(readHighlights, 0))).toEqual({});
  });

  test('popup-only mode draws nothing in the page but still answers the popup', async () => {
    await suite.control.setSettings({ drawMode: 'popup-only' });
    const a = await weibo();
    const state = await stateWhen(suite.control, a, (s) => s.total === TOTAL);
    expect(state.total).toBe(TOTAL);
    const tabA = await suite.control.tabIdOf(a.url());
    await suite.control.send(tabA, { type: 'popup-to-content:step-match', direction: 1 });
    await sleep(500);
    const report = await a.probe(readHighlights, 0);
    expect(report.names.filter((n) => n.startsWith('clausemark-') && (report.sizes[n] ?? 0) > 0)).toEqual([]);
    expect(await a.probe(cardHosts, null)).toBe(0);
    expect((await suite.control.getState(tabA)).card.shown).toBe(false);

    // switching back draws, live
    await suite.control.setSettings({ drawMode: 'inline' });
    expect(await drawn(a, ALL)).toEqual(ALL);
    const rect = await settle(
      () => a.probe(highlightRect, { name: 'clausemark-art10-7', index: 0 }),
      (r) => r !== null,
    );
    expect(rect).not.toBeNull();
  });
});
