import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getClause } from '../../utils/clauses';
import {
  familyCounts,
  FORUM,
  inOrder,
  NEWS,
  SHADOW,
  WEIBO,
  type PassageExpectations,
} from './support/expectations';
import { firefoxTestBrowser, openExtensionPage, type FirefoxTestBrowser } from './support/firefox';
import { foreignViaProxy } from './support/firefox-network';
import { familySizes, highlightsByPassage, lexiconDisagreements, sortedPassages } from './support/oracle';
import { artifactPath } from './support/paths';
import { highlightRect, readHighlights, readPassages } from './support/probes';
import { startFixtureServer, type FixtureServer } from './support/server';
import type { ExtensionControl } from './support/control';
import type { TestPage } from './support/test-browser';
import { settle } from './support/wait';

let server: FixtureServer;
let firefox: FirefoxTestBrowser;
let control: ExtensionControl;
beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await firefoxTestBrowser({ proxy: server.proxy });
  control = firefox.control as ExtensionControl;
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function expectPassages(page: TestPage, expected: PassageExpectations) {
  const ids = Object.keys(expected);
  expect(lexiconDisagreements(await page.probe(readPassages, ids), expected)).toBe('');
  const want = sortedPassages(expected);
  const report = await settle(
    () => page.probe(readHighlights, 200),
    (r) => same(sortedPassages(highlightsByPassage(r, ids)), want),
    { timeout: 20_000 },
  );
  expect(sortedPassages(highlightsByPassage(report, ids))).toEqual(want);
  return report;
}

describe('Firefox ESR', () => {
  test.each([
    ['weibo.html', WEIBO],
    ['news.html', NEWS],
    ['forum.html', FORUM],
    ['shadow.html', SHADOW],
  ] as const)('%s: every passage highlighted under exactly its clauses', async (file, expected) => {
    const page = await firefox.open(server.url(file));
    await expectPassages(page, expected);
    const tabId = await control.tabIdOf(page.url());
    const state = await settle(
      () => control.getState(tabId),
      (s) => s.status === 'done',
    );
    expect(state.total).toBe(inOrder(expected).length);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('hover card, toggles and next/previous through the popup messages', async () => {
    const page = await firefox.open(server.url('weibo.html?firefox-card'));
    await expectPassages(page, WEIBO);
    await page.screenshot(artifactPath('e2e/firefox-weibo-highlighted.png'));
    const rect = await page.probe(highlightRect, { name: 'clausemark-art10-5', index: 0 });
    if (!rect) throw new Error('no art10-5 range to hover');
    await firefox.pageOf(page).mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
    const tabId = await control.tabIdOf(page.url());
    const shown = await settle(
      () => control.getState(tabId),
      (s) => s.card.shown,
    );
    const clause = getClause('bj-microblog-2011/art10-5');
    expect(shown.card.shown).toBe(true);
    expect(shown.card.text).toContain(clause?.locator.en);
    expect(shown.card.text).toContain('法轮功');
    await page.screenshot(artifactPath('e2e/firefox-card.png'));

    await control.send(tabId, { type: 'popup-to-content:set-visibility', visible: false });
    const hidden = await settle(
      () => page.probe(readHighlights, 0),
      (r) => same(familySizes(r), {}),
    );
    expect(familySizes(hidden)).toEqual({});
    await control.send(tabId, { type: 'popup-to-content:set-visibility', visible: true });
    const back = await settle(
      () => page.probe(readHighlights, 0),
      (r) => same(familySizes(r), familyCounts(WEIBO)),
    );
    expect(familySizes(back)).toEqual(familyCounts(WEIBO));

    await control.send(tabId, { type: 'popup-to-content:reveal-match', index: 1 });
    await control.send(tabId, { type: 'popup-to-content:step-match', direction: 1 });
    const stepped = await settle(
      () => control.getState(tabId),
      (s) => s.focused === 2,
    );
    expect(stepped.focused).toBe(2);
    expect(stepped.card.matchIndex).toBe(2);
    const focus = await page.probe(readHighlights, 5);
    expect(focus.ranges['clausemark-focus']?.map((r) => r.text)).toEqual([inOrder(WEIBO)[2]?.[1]]);
    await page.close();
  });

  test('same-origin and cross-origin iframes', async () => {
    const url = server.url(`iframes.html?cross=${encodeURIComponent(server.crossOrigin)}`);
    const page = await firefox.open(url);
    const frames = await settle(
      () => page.inFrames(readHighlights, 10),
      (fs) =>
        fs.length === 2 &&
        fs.every((f) => !('error' in f.value) && Object.keys(familySizes(f.value)).length > 0),
      { timeout: 20_000 },
    );
    const byName = Object.fromEntries(
      frames.map((f) => [f.name, 'error' in f.value ? f.value : familySizes(f.value)]),
    );
    expect(byName).toEqual({ same: { 'art10-7': 1 }, cross: { 'art10-5': 1 } });

    // the popup lists the top frame's match and says how many the frames hold
    const tabId = await control.tabIdOf(page.url());
    const popup = await openExtensionPage(
      firefox.session.browser,
      `${firefox.session.extensionOrigin}/popup.html?tabId=${tabId}`,
    );
    const read = () =>
      popup.evaluate(() => [
        document.querySelector('.total')?.textContent ?? '',
        document.querySelector('.in-frames')?.textContent ?? '',
      ]);
    const want = [
      'Matches on this page: 1',
      'Embedded frames hold 2 more: they are marked in the frames, not listed here.',
    ];
    expect(await settle(read, (r) => same(r, want), { timeout: 20_000 })).toEqual(want);
    await popup.close();
    await page.close();
  });

  test('ClauseMark made no network request (every request passed the recording proxy)', () => {
    expect(server.received.some((r) => r.viaProxy)).toBe(true);
    expect(foreignViaProxy(server)).toEqual([]);
  });
});
