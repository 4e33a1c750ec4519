import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { colorOf, getClause } from '../../utils/clauses';
import { nodeCentre, renderedCard } from './support/card';
import { artifactPath } from './support/paths';
import { decodePng, pixelsNear } from './support/png';
import { cardHosts, highlightRect } from './support/probes';
import { chromiumSuite, highlightsWhen, stateWhen, type ChromiumSuite } from './support/suite';
import type { TestPage } from './support/test-browser';
import { settle } from './support/wait';

let suite: ChromiumSuite;
beforeAll(async () => {
  suite = await chromiumSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** Rests the pointer on the index-th range of a family's highlight. */
async function hover(page: TestPage, family: string, index = 0) {
  const rect = await page.probe(highlightRect, { name: `clausemark-${family}`, index });
  if (!rect) throw new Error(`no range ${index} in clausemark-${family}`);
  const mouse = suite.browser.pageOf(page).mouse;
  await mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  return rect;
}

describe('hover card (Chromium)', () => {
  test('highlights are painted in the family colour (screenshot artifact)', async () => {
    const page = await suite.browser.open(suite.server.url('weibo.html'));
    await highlightsWhen(page, (r) => (r.sizes['clausemark-art10-5'] ?? 0) === 2);
    const rect = await page.probe(highlightRect, { name: 'clausemark-art10-5', index: 0 });
    expect(rect).not.toBeNull();
    const pw = suite.browser.pageOf(page);
    await pw.screenshot({ path: artifactPath('e2e/weibo-highlighted.png'), fullPage: true });
    const r = rect as NonNullable<typeof rect>;
    const clip = { x: r.x - 2, y: r.y - 2, width: r.width + 4, height: r.height + 6 };
    const shot = decodePng(await pw.screenshot({ clip }));
    expect(pixelsNear(shot, colorOf('art10-5'))).toBeGreaterThan(0);
    // the same passage in the plain text colour elsewhere carries no colour of any other family
    expect(pixelsNear(shot, colorOf('art10-7'))).toBe(0);
    await page.close();
  });

  test('resting on a match shows the card for that match: locator, label, text, term, link', async () => {
    const page = await suite.browser.open(suite.server.url('weibo.html'));
    await highlightsWhen(page, (r) => (r.sizes['clausemark-art10-5'] ?? 0) === 2);
    expect(await page.probe(cardHosts, null)).toBe(0);
    await hover(page, 'art10-5', 0);
    const state = await stateWhen(suite.control, page, (s) => s.card.shown);
    expect(state.card.shown).toBe(true);
    const index = state.card.matchIndex as number;
    const match = state.matches[index];
    expect(match?.text).toBe('法轮功');
    expect(match?.clauses[0]).toBe('bj-microblog-2011/art10-5');

    const clause = getClause('bj-microblog-2011/art10-5');
    if (!clause) throw new Error('registry lacks art10-5');
    const pw = suite.browser.pageOf(page);
    const card = await settle(
      () => renderedCard(pw),
      (c) => c !== null,
    );
    expect(card).not.toBeNull();
    const rendered = card as NonNullable<typeof card>;
    expect(rendered.shadowRootTypes).toEqual(['closed']);
    expect(rendered.text).toContain(clause.locator.en);
    expect(rendered.text).toContain(clause.label.en);
    expect(rendered.text).toContain('法轮功');
    expect(state.card.text).toContain(clause.locator.en);
    expect(state.card.text).toContain('法轮功');
    // the page sees only the empty host element
    expect(await page.probe(cardHosts, null)).toBe(1);
    await pw.screenshot({ path: artifactPath('e2e/card.png') });

    const full = rendered.links.find((l) => l.text === 'Full text');
    expect(full, `links in the card: ${JSON.stringify(rendered.links)}`).toBeDefined();
    const link = full as NonNullable<typeof full>;
    expect(decodeURIComponent(link.href)).toMatch(/popup\.html\?clause=bj-microblog-2011\/art10-5$/);
    const opened = suite.browser.session.context.waitForEvent('page', { timeout: 15_000 });
    const at = await nodeCentre(pw, link.backendNodeId);
    await pw.mouse.move(at.x, at.y, { steps: 3 });
    await pw.mouse.click(at.x, at.y);
    const popup = await opened;
    await popup.waitForLoadState('domcontentloaded');
    expect(decodeURIComponent(popup.url())).toBe(
      `chrome-extension://${suite.browser.session.extensionId}/popup.html?clause=bj-microblog-2011/art10-5`,
    );
    await popup.close();
    await page.close();
  });

  test('the card says how an evasion was undone (Traditional characters, inserted symbols)', async () => {
    const page = await suite.browser.open(suite.server.url('forum.html'));
    const report = await highlightsWhen(page, (r) => (r.sizes['clausemark-art10-5'] ?? 0) >= 3);
    const ranges = report.ranges['clausemark-art10-5'] ?? [];
    const pw = suite.browser.pageOf(page);
    for (const [text, words] of [
      ['法輪功', 'matched in Traditional characters'],
      ['法*轮*功', 'noise characters removed'],
    ] as const) {
      const index = ranges.findIndex((r) => r.text === text);
      expect(index, `${text} among ${JSON.stringify(ranges)}`).toBeGreaterThanOrEqual(0);
      await pw.mouse.move(5, 5);
      await hover(page, 'art10-5', index);
      const card = await settle(
        () => renderedCard(pw),
        (c) => c !== null && c.text.includes(text),
      );
      expect(card?.text).toContain(text);
      expect(card?.text).toContain(words);
    }
    await page.close();
  });

  test('the card and its styles are not readable or styleable by the page', async () => {
    const page = await suite.browser.open(suite.server.url('weibo.html'));
    await highlightsWhen(page, (r) => (r.sizes['clausemark-art10-2'] ?? 0) === 2);
    await hover(page, 'art10-2', 0);
    await settle(
      () => page.probe(cardHosts, null),
      (n) => n === 1,
    );
    const seen = await page.main(() => {
      const host = document.querySelector('clausemark-card');
      return {
        shadowRoot: host?.shadowRoot === null,
        text: host?.textContent ?? null,
        kids: host?.children.length,
      };
    }, null);
    expect(seen).toEqual({ shadowRoot: true, text: '', kids: 0 });
    await page.close();
  });

  test('the manifest declares the highlight style sheet (no style element in pages)', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../.output/chrome-mv3/manifest.json', import.meta.url), 'utf8'),
    ) as { content_scripts: { css?: string[] }[] };
    const css = manifest.content_scripts.flatMap((c) => c.css ?? []);
    expect(css.length).toBeGreaterThan(0);
    const text = css
      .map((f) => readFileSync(new URL(`../../.output/chrome-mv3/${f}`, import.meta.url), 'utf8'))
      .join('\n');
    for (let i = 1; i <= 11; i++) expect(text).toContain(`::highlight(clausemark-art10-${i})`);
    expect(text).toContain('::highlight(clausemark-focus)');
    const hex = colorOf('art10-5').toLowerCase();
    const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join('[, ]+');
    expect(text.toLowerCase()).toMatch(new RegExp(`${hex}|${rgb}`));
  });
});
