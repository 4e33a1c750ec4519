import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { familyCounts, inOrder, WEIBO } from './support/expectations';
import { familySizes } from './support/oracle';
import { cardHosts, highlightRect } from './support/probes';
import { chromiumSuite, highlightsWhen, stateWhen, type ChromiumSuite } from './support/suite';
import type { TestPage } from './support/test-browser';
import { settle, sleep } from './support/wait';

/**
 * Popup-only mode: a page must learn nothing of ClauseMark from what is drawn. A watcher in the page's own
 * world samples the shared CSS.highlights registry every few milliseconds and watches the DOM for the card's
 * host for the whole visit — scan, hover, next/previous, reveal from the popup, flagging — and must see
 * nothing, while the popup still lists every match and flags the page. Switching back to inline draws.
 */

const ALL = familyCounts(WEIBO);
const TOTAL = inOrder(WEIBO).length;

interface Seen {
  /** clausemark-* highlight names ever registered, with the largest size seen */
  highlights: Record<string, number>;
  /** clausemark-card elements ever inserted */
  cards: number;
  samples: number;
}

/** Installed before any page script runs: what the page itself could observe of ClauseMark. */
function watchForDrawing() {
  const seen: Seen = { highlights: {}, cards: 0, samples: 0 };
  (window as unknown as { __clausemarkSeen: Seen }).__clausemarkSeen = seen;
  const sample = () => {
    seen.samples++;
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<unknown>>)
      if (name.startsWith('clausemark-'))
        seen.highlights[name] = Math.max(seen.highlights[name] ?? 0, h.size);
  };
  setInterval(sample, 4);
  const frame = () => {
    sample();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'CLAUSEMARK-CARD') seen.cards++;
  }).observe(document, { childList: true, subtree: true });
}

let suite: ChromiumSuite;
let page: TestPage;
let tabId: number;
let popup: Page;
const seen = () => page.main(() => (window as unknown as { __clausemarkSeen: Seen }).__clausemarkSeen, null);

beforeAll(async () => {
  suite = await chromiumSuite();
  await suite.browser.session.context.addInitScript(watchForDrawing);
  await suite.control.setSettings({ drawMode: 'popup-only' });
  page = await suite.browser.open(suite.server.url('weibo.html?mode=popup-only'));
  tabId = await suite.control.tabIdOf(page.url());
});
afterAll(async () => {
  await suite?.control.resetSettings();
  await suite?.close();
});

/** Rests the pointer on a passage's text, where its highlight would be. */
async function restOn(text: string) {
  const rect = await page.probe((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue?.indexOf(t) ?? -1;
      if (at < 0) continue;
      n.parentElement?.scrollIntoView({ block: 'center' });
      const r = new Range();
      r.setStart(n, at);
      r.setEnd(n, at + t.length);
      const box = r.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, text);
  if (!rect) throw new Error(`${text} is not in the page`);
  const mouse = suite.browser.pageOf(page).mouse;
  await mouse.move(rect.x - 40, rect.y, { steps: 2 });
  await mouse.move(rect.x, rect.y, { steps: 4 });
  await sleep(600);
}

describe('popup-only mode (Chromium)', () => {
  test('the page is scanned but nothing is drawn, even on hover', async () => {
    const state = await stateWhen(suite.control, page, (s) => s.status === 'done' && s.total === TOTAL);
    expect(state.drawMode).toBe('popup-only');
    expect(state.total).toBe(TOTAL);
    for (const m of state.matches.slice(0, 3)) await restOn(m.text);
    expect((await suite.control.getState(tabId)).card.shown).toBe(false);
    const s = await seen();
    expect(s.samples).toBeGreaterThan(100);
    expect(s).toMatchObject({ highlights: {}, cards: 0 });
  });

  test('the popup lists every match; next, previous and reveal draw nothing', async () => {
    popup = await suite.browser.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.session.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.total').textContent()).toBe(`Matches on this page: ${TOTAL}`);
    expect(await popup.getByText(/^Popup-only mode: nothing is drawn in pages/).count()).toBe(1);
    const steps = popup.getByRole('group', { name: 'Step through matches' });
    for (const name of ['Next', 'Next', 'Previous', 'Next']) {
      await steps.getByRole('button', { name, exact: true }).click();
      await sleep(150);
    }
    const focused = await settle(
      () => suite.control.getState(tabId),
      (st) => st.focused !== null,
    );
    expect(focused.focused).not.toBeNull();
    expect(focused.card.shown).toBe(false);
    // reveal one from the list
    await popup.locator('.group-toggle').first().click();
    await popup.locator('.match-button').first().click();
    await sleep(500);
    await suite.control.send(tabId, { type: 'background-to-content:step-match', direction: 1 });
    await sleep(300);
    expect(await page.probe(cardHosts, null)).toBe(0);
    expect(await seen()).toMatchObject({ highlights: {}, cards: 0 });
  });

  test('flagging from the popup works and still draws nothing', async () => {
    await popup.getByRole('tab', { name: 'Flag page' }).click();
    await popup.getByRole('button', { name: 'Flag this page' }).click();
    await expect
      .poll(() => popup.locator('.result').textContent())
      .toMatch(new RegExp(`^Flagged\\. Matches saved: ${TOTAL};`));
    expect(await seen()).toMatchObject({ highlights: {}, cards: 0 });
  });

  test('switched back to inline, the same page is drawn and hovering shows the card', async () => {
    await suite.control.setSettings({ drawMode: 'inline' });
    expect(
      familySizes(await highlightsWhen(page, (r) => JSON.stringify(familySizes(r)) === JSON.stringify(ALL))),
    ).toEqual(ALL);
    const rect = await settle(
      () => page.probe(highlightRect, { name: 'clausemark-art10-5', index: 0 }),
      (r) => r !== null,
    );
    if (!rect) throw new Error('no art10-5 highlight');
    await suite.browser
      .pageOf(page)
      .mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
    const state = await stateWhen(suite.control, page, (s) => s.card.shown);
    expect(state.card.shown).toBe(true);
    // the watcher was live all along: now it sees what inline mode draws
    const s = await seen();
    for (const [family, n] of Object.entries(ALL)) expect(s.highlights[`clausemark-${family}`]).toBe(n);
    expect(s.cards).toBe(1);
  });
});
