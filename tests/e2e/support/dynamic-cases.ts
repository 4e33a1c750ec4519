import { expect } from 'vitest';
import type { ExtensionControl } from './control';
import { INFINITE_TEMPLATES, SPA_ARTICLE, SPA_HOME, type PassageExpectations } from './expectations';
import { highlightsByPassage, lexiconDisagreements, sortedPassages } from './oracle';
import { readPassages, type HighlightReport } from './probes';
import type { FixtureServer } from './server';
import { highlightsWhen, stateWhen } from './suite';
import type { TestBrowser } from './test-browser';

/** Pages that change, checked the same way in Chromium and Firefox. */
export interface DynamicEnv {
  browser: TestBrowser;
  server: FixtureServer;
  control: ExtensionControl;
}

/** Every highlight anchored in a passage, by passage, sorted (anchors outside `ids` are kept under '*'). */
function drawnIn(report: HighlightReport, ids: string[]): PassageExpectations {
  const all = highlightsByPassage(report, [...ids, '*']);
  for (const [name, ranges] of Object.entries(report.ranges))
    for (const r of ranges)
      if (!ids.includes(r.anchor) && name !== 'clausemark-focus')
        all['*']?.push([name.replace('clausemark-', ''), `${r.anchor}: ${r.text}`]);
  return sortedPassages(all);
}

/** Infinite feed: new posts are highlighted, removed posts drop out. */
export async function infiniteFeedCase(env: DynamicEnv): Promise<void> {
  const { browser, server, control } = env;
  const page = await browser.open(server.url('infinite.html'));
  const feedState = () =>
    page.main(
      () => (window as unknown as { feedState(): { next: number; ids: string[] } }).feedState(),
      null,
    );
  const expectedFor = (ids: string[]): PassageExpectations => ({
    ...Object.fromEntries(
      ids.map((id) => {
        const n = Number(id.replace('post-', ''));
        return [`text-${n}`, INFINITE_TEMPLATES[n % INFINITE_TEMPLATES.length] ?? []];
      }),
    ),
    '*': [],
  });
  const check = async () => {
    const { ids } = await feedState();
    const want = sortedPassages(expectedFor(ids));
    const textIds = Object.keys(want).filter((k) => k !== '*');
    const report = await highlightsWhen(
      page,
      (r) => JSON.stringify(drawnIn(r, textIds)) === JSON.stringify(want),
    );
    expect(drawnIn(report, textIds)).toEqual(want);
    for (const ranges of Object.values(report.ranges)) expect(ranges.every((r) => r.connected)).toBe(true);
    return { ids, report };
  };
  const texts = await page.probe(readPassages, ['text-1', 'text-2', 'text-3', 'text-4', 'text-5']);
  const firstFive = Object.fromEntries(
    [1, 2, 3, 4, 5].map((n) => [`text-${n}`, INFINITE_TEMPLATES[n % 5] ?? []]),
  );
  expect(lexiconDisagreements(texts, firstFive)).toBe('');

  const initial = await check();
  expect(initial.ids.length).toBeGreaterThanOrEqual(10);
  for (let round = 0; round < 3; round++) {
    const before = (await feedState()).next;
    for (let i = 0; i < 50 && (await feedState()).next === before; i++) {
      await page.main(() => scrollTo(0, document.documentElement.scrollHeight), null);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const later = await check();
  expect(later.ids).toHaveLength(30);
  expect(later.ids).not.toContain('post-1');
  const total = later.ids.filter((id) => (INFINITE_TEMPLATES[Number(id.slice(5)) % 5] ?? []).length).length;
  const state = await stateWhen(control, page, (s) => s.total === total);
  expect(state.total).toBe(total);
  expect(page.errors).toEqual([]);
  await page.close();
}

/** Single-page app: pushState and new content are scanned, the old view drops out; back restores it. */
export async function spaCase(env: DynamicEnv): Promise<void> {
  const { browser, server, control } = env;
  const page = await browser.open(server.url('spa.html'));
  const ids = [...Object.keys(SPA_HOME), ...Object.keys(SPA_ARTICLE)];
  const want = (e: PassageExpectations) =>
    sortedPassages({ ...Object.fromEntries(ids.map((id) => [id, []])), ...e, '*': [] });
  const home = await highlightsWhen(
    page,
    (r) => JSON.stringify(drawnIn(r, ids)) === JSON.stringify(want(SPA_HOME)),
  );
  expect(drawnIn(home, ids)).toEqual(want(SPA_HOME));

  await page.main(() => document.getElementById('nav-article')?.click(), null);
  const article = await highlightsWhen(
    page,
    (r) => JSON.stringify(drawnIn(r, ids)) === JSON.stringify(want(SPA_ARTICLE)),
  );
  expect(drawnIn(article, ids)).toEqual(want(SPA_ARTICLE));
  const url = server.url('spa-article');
  expect(page.url()).toBe(url);
  const state = await stateWhen(control, page, (s) => s.url === url && s.total === 2);
  expect(state.url).toBe(url);
  expect(state.total).toBe(2);
  expect(lexiconDisagreements(await page.probe(readPassages, Object.keys(SPA_ARTICLE)), SPA_ARTICLE)).toBe(
    '',
  );

  await page.main(() => history.back(), null);
  const back = await highlightsWhen(
    page,
    (r) => JSON.stringify(drawnIn(r, ids)) === JSON.stringify(want(SPA_HOME)),
  );
  expect(drawnIn(back, ids)).toEqual(want(SPA_HOME));
  expect(page.errors).toEqual([]);
  await page.close();
}
