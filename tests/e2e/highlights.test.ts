import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { familyCounts, FORUM, inOrder, NEWS, WEIBO, type PassageExpectations } from './support/expectations';
import { familySizes, highlightsByPassage, lexiconDisagreements, sortedPassages } from './support/oracle';
import { readPassages } from './support/probes';
import {
  chromiumSuite,
  familiesOfMatches,
  highlightsWhen,
  stateWhen,
  type ChromiumSuite,
} from './support/suite';

let suite: ChromiumSuite;
beforeAll(async () => {
  suite = await chromiumSuite();
});
afterAll(async () => {
  await suite?.close();
});

const PAGES: [string, PassageExpectations][] = [
  ['weibo.html', WEIBO],
  ['news.html', NEWS],
  ['forum.html', FORUM],
];

describe('highlights in Chromium', () => {
  test.each(PAGES)('%s: every passage is highlighted under exactly its clauses', async (file, expected) => {
    const page = await suite.browser.open(suite.server.url(file));
    const ids = Object.keys(expected);
    expect(lexiconDisagreements(await page.probe(readPassages, ids), expected)).toBe('');

    const want = sortedPassages(expected);
    const report = await highlightsWhen(
      page,
      (r) => JSON.stringify(sortedPassages(highlightsByPassage(r, ids))) === JSON.stringify(want),
    );
    expect(sortedPassages(highlightsByPassage(report, ids))).toEqual(want);
    for (const ranges of Object.values(report.ranges)) expect(ranges.every((r) => r.connected)).toBe(true);

    // What is drawn is what the content script reports to the popup.
    const state = await stateWhen(suite.control, page, (s) => s.total > 0);
    expect(familySizes(report)).toEqual(familiesOfMatches(state.matches));
    expect(state.total).toBe(state.matches.length);
    expect(state.url).toBe(page.url());
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('the page itself can see the registrations (one Highlight per family, sizes from CSS.highlights)', async () => {
    const page = await suite.browser.open(suite.server.url('weibo.html'));
    const want = familyCounts(WEIBO);
    const sizes = await highlightsWhen(page, (r) => JSON.stringify(familySizes(r)) === JSON.stringify(want));
    expect(familySizes(sizes)).toEqual(want);
    // read from the page's own JavaScript world, as any page script could
    const fromPage = await page.main(
      () =>
        ['art10-2', 'art10-5', 'art10-7'].map(
          (f) =>
            (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(`clausemark-${f}`)
              ?.size,
        ),
      null,
    );
    expect(fromPage).toEqual([want['art10-2'], want['art10-5'], want['art10-7']]);
    expect(
      sizes.names.filter(
        (n) => n.startsWith('clausemark-') && !/^clausemark-(art10-\d+|focus|convention)$/.test(n),
      ),
    ).toEqual([]);
    await page.close();
  });

  test('the extension page count and the badge agree with the page', async () => {
    const page = await suite.browser.open(suite.server.url('weibo.html'));
    const total = inOrder(WEIBO).length;
    const state = await stateWhen(suite.control, page, (s) => s.total === total);
    expect(state.total).toBe(total);
    const tabId = await suite.control.tabIdOf(page.url());
    let badge = '';
    for (let i = 0; i < 50 && badge !== String(total); i++) {
      badge = await suite.control.badgeText(tabId);
      if (badge !== String(total)) await new Promise((r) => setTimeout(r, 100));
    }
    expect(badge).toBe(String(total));
    await page.close();
  });

  test('ClauseMark made no network request', () => {
    expect(suite.recorder.byExtension()).toEqual([]);
    expect(suite.recorder.foreign([suite.server.origin, suite.server.crossOrigin])).toEqual([]);
  });
});
