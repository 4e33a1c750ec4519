import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { colorOf } from '../../utils/clauses';
import { IFRAME_CROSS, IFRAME_SAME, IFRAMES_TOP, SHADOW } from './support/expectations';
import { highlightsByPassage, lexiconDisagreements, sortedPassages } from './support/oracle';
import { decodePng, pixelsNear } from './support/png';
import { highlightRect, readHighlights, readPassages } from './support/probes';
import { chromiumSuite, highlightsWhen, stateWhen, type ChromiumSuite } from './support/suite';
import { settle } from './support/wait';

let suite: ChromiumSuite;
beforeAll(async () => {
  suite = await chromiumSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('frames and shadow roots (Chromium)', () => {
  test('same-origin and cross-origin iframes are scanned by their own content script', async () => {
    const url = suite.server.url(`iframes.html?cross=${encodeURIComponent(suite.server.crossOrigin)}`);
    const page = await suite.browser.open(url);
    const pw = suite.browser.pageOf(page);
    const top = await highlightsWhen(page, (r) => (r.sizes['clausemark-art10-2'] ?? 0) === 1);
    expect(sortedPassages(highlightsByPassage(top, Object.keys(IFRAMES_TOP)))).toEqual(IFRAMES_TOP);
    // the frames' highlights live in their own documents' registries, not the top one
    expect(top.sizes['clausemark-art10-5'] ?? 0).toBe(0);
    expect(top.sizes['clausemark-art10-7'] ?? 0).toBe(0);

    for (const [name, expected, origin] of [
      ['same', IFRAME_SAME, suite.server.origin],
      ['cross', IFRAME_CROSS, suite.server.crossOrigin],
    ] as const) {
      const frame = await settle(
        async () => pw.frame({ name }),
        (f) => f !== null && f.url().startsWith(origin),
      );
      if (!frame) throw new Error(`no ${name} frame`);
      const ids = Object.keys(expected);
      expect(lexiconDisagreements(await frame.evaluate(readPassages, ids), expected)).toBe('');
      const report = await settle(
        () => frame.evaluate(readHighlights, 100),
        (r) => JSON.stringify(sortedPassages(highlightsByPassage(r, ids))) === JSON.stringify(expected),
      );
      expect(sortedPassages(highlightsByPassage(report, ids))).toEqual(expected);
    }
    // the badge sums the frames' reports
    const tabId = await suite.control.tabIdOf(url);
    const badge = await settle(
      () => suite.control.badgeText(tabId),
      (b) => b === '3',
    );
    expect(badge).toBe('3');
    expect((await stateWhen(suite.control, page, (s) => s.total === 1)).total).toBe(1);

    // the popup lists the top frame's match and says how many the frames hold
    const popup = await suite.browser.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.session.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.total').textContent()).toBe('Matches on this page: 1');
    await expect
      .poll(() => popup.locator('.in-frames').textContent())
      .toBe('Embedded frames hold 2 more: they are marked in the frames, not listed here.');
    await popup.close();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('open shadow roots are walked, nested ones and slotted text too, and drawn there', async () => {
    const page = await suite.browser.open(suite.server.url('shadow.html'));
    const ids = Object.keys(SHADOW);
    expect(lexiconDisagreements(await page.probe(readPassages, ids), SHADOW)).toBe('');
    const want = sortedPassages(SHADOW);
    const report = await highlightsWhen(
      page,
      (r) => JSON.stringify(sortedPassages(highlightsByPassage(r, ids))) === JSON.stringify(want),
    );
    expect(sortedPassages(highlightsByPassage(report, ids))).toEqual(want);

    // registered is not enough: the ::highlight() rule must reach into the shadow tree to paint it
    const rect = await page.probe(highlightRect, { name: 'clausemark-art10-5', index: 0 });
    if (!rect) throw new Error('no art10-5 range');
    const shot = decodePng(
      await suite.browser.pageOf(page).screenshot({
        clip: { x: rect.x - 2, y: rect.y - 2, width: rect.width + 4, height: rect.height + 6 },
      }),
    );
    expect(pixelsNear(shot, colorOf('art10-5'))).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
