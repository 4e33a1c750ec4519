import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_EXTENSION } from './support/paths';
import { familyCounts, inOrder, WEIBO } from './support/expectations';
import { readHighlights } from './support/probes';
import { chromiumSuite, stateWhen, type ChromiumSuite } from './support/suite';
import type { TestPage } from './support/test-browser';
import { settle } from './support/wait';

let suite: ChromiumSuite;
let page: TestPage;
let tabId: number;
beforeAll(async () => {
  suite = await chromiumSuite();
  page = await suite.browser.open(suite.server.url('weibo.html'));
  await stateWhen(suite.control, page, (s) => s.total === inOrder(WEIBO).length);
  tabId = await suite.control.tabIdOf(page.url());
});
afterAll(async () => {
  await suite?.close();
});

/** The focus highlight's one range and whether it is inside the viewport. */
function focusInView() {
  const focus = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(
    'clausemark-focus',
  );
  const ranges = focus ? [...focus] : [];
  const r = ranges[0];
  if (!r) return { size: ranges.length, text: '', inView: false };
  const live = new Range();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  const rect = live.getBoundingClientRect();
  return {
    size: ranges.length,
    text: live.toString(),
    inView: rect.top >= 0 && rect.bottom <= innerHeight && rect.height > 0,
  };
}

async function focusedAfter(message: Record<string, unknown>, want: number) {
  await suite.control.send(tabId, message);
  return stateWhen(suite.control, page, (s) => s.focused === want && s.card.matchIndex === want);
}

describe('next / previous match (Chromium)', () => {
  test('step-match walks the matches in document order, focusing, scrolling and showing the card', async () => {
    const first = await focusedAfter({ type: 'popup-to-content:step-match', direction: 1 }, 0);
    expect(first.card.shown).toBe(true);
    const order = first.matches.map((m) => m.text);
    expect(order).toEqual(inOrder(WEIBO).map(([, text]) => text));

    const second = await focusedAfter({ type: 'popup-to-content:step-match', direction: 1 }, 1);
    expect(second.focused).toBe(1);
    expect((await page.probe(focusInView, null)).text).toBe(order[1]);
    const back = await focusedAfter({ type: 'popup-to-content:step-match', direction: -1 }, 0);
    expect(back.focused).toBe(0);
    expect(await page.probe(focusInView, null)).toEqual({ size: 1, text: order[0], inView: true });
  });

  test('reveal-match scrolls a given match into view and focuses it', async () => {
    await page.main(() => scrollTo(0, 0), null);
    const state = await focusedAfter({ type: 'popup-to-content:reveal-match', index: 4 }, 4);
    expect(state.card.shown).toBe(true);
    const focus = await settle(
      () => page.probe(focusInView, null),
      (f) => f.inView,
    );
    expect(focus).toEqual({ size: 1, text: inOrder(WEIBO)[4]?.[1], inView: true });
    // focusing adds a highlight; the family highlights stay as they were
    const report = await page.probe(readHighlights, 10);
    expect(report.sizes['clausemark-art10-2']).toBe(familyCounts(WEIBO)['art10-2']);
  });

  test('the next-match / previous-match commands are forwarded by the background to the active tab', async () => {
    await suite.browser.pageOf(page).bringToFront();
    await focusedAfter({ type: 'popup-to-content:reveal-match', index: 2 }, 2);
    const dispatch = (name: string) =>
      suite.browser.session.worker?.evaluate(
        async ({ name, tabId }) => {
          type Api = {
            tabs: { get(id: number): Promise<unknown> };
            commands: { onCommand: { dispatch(n: string, t: unknown): void } };
          };
          const c = (globalThis as unknown as { chrome: Api }).chrome;
          // what Chromium does when the user presses the command's keys
          c.commands.onCommand.dispatch(name, await c.tabs.get(tabId));
        },
        { name, tabId },
      );
    await dispatch('next-match');
    expect((await stateWhen(suite.control, page, (s) => s.focused === 3)).focused).toBe(3);
    await dispatch('previous-match');
    await dispatch('previous-match');
    expect((await stateWhen(suite.control, page, (s) => s.focused === 1)).focused).toBe(1);
  });

  test('the manifest declares both commands with their suggested keys', () => {
    const manifest = JSON.parse(readFileSync(`${CHROME_EXTENSION}/manifest.json`, 'utf8')) as {
      commands?: Record<string, { suggested_key?: { default?: string } }>;
    };
    expect(manifest.commands?.['next-match']?.suggested_key?.default).toBe('Alt+Shift+N');
    expect(manifest.commands?.['previous-match']?.suggested_key?.default).toBe('Alt+Shift+P');
  });
});
