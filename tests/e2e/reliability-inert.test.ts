import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIBRARY_FORMAT } from '../../utils/export/records';
import type { ContentState } from '../../utils/messages';
import { packFromList, packIdFor } from '../../utils/packs/build-pack';
import { readKeywordList } from '../../utils/packs/keyword-list';
import { recordFigures } from '../fixtures/reliability/figures';
import {
  cardInertReport,
  INERT,
  inertReport,
  recordViolations,
  type InertReport,
} from '../fixtures/reliability/inert';
import { csvCell, escapeHtml, PAYLOAD_FILE_NAME, PAYLOADS } from '../fixtures/reliability/payloads';
import { type ChromiumTestBrowser } from './support/chromium-browser';
import type { ExtensionControl } from './support/control';
import { ChromiumNetworkRecorder } from './support/network';
import { chromiumSuite, type ChromiumSuite } from './support/suite';
import type { FixtureServer } from './support/server';
import type { TestPage } from './support/test-browser';
import { settle } from './support/wait';

/**
 * Untrusted input is only ever text: script-injection payloads go in through every untrusted input — a page's
 * text, title and URL, an imported library file (titles, notes, tags, URLs, quotes, terms, notes of matches,
 * a pack), a keyword list (keywords, categories, file name) — and every surface that shows them (the hover
 * card, the popup, the library) is read back in real Chromium: each payload must appear verbatim as text, no
 * element may be made from one, no script may run (window.__cmPwned stays unset and the extension pages
 * report no CSP violation), and no link may point at a javascript: or data: URL.
 */

const N = PAYLOADS.length;
const P = (i: number) => PAYLOADS[i % N] as string;
const ASSEMBLY = 'bj-microblog-2011/art10-9';
const ALL = [...PAYLOADS];

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(ALL.join(' '))}</title></head><body>
${ALL.map((p, i) => `<p id="p${i}">有人在讲法轮功的事 ${escapeHtml(p)} 周末参加 ${escapeHtml(p)} 吧</p>`).join('\n')}
</body></html>`;
/** keyword i is payload i, its category payload i+1: every payload is a keyword, a category and a note */
const KEYWORDS = `keyword,category\r\n${ALL.map((p, i) => `${csvCell(p)},${csvCell(P(i + 1))}`).join('\r\n')}\r\n`;
const FILE_BASE = PAYLOAD_FILE_NAME.replace(/\.csv$/, '');

let site: ChromiumSuite;
let server: FixtureServer;
let browser: ChromiumTestBrowser;
let control: ExtensionControl;
let recorder: ChromiumNetworkRecorder;
let page: TestPage;
let tabId: number;
let library: Page;
let origin: string;
/** every surface checked, and how many payloads it had to show as text */
const tally: { surface: string; payloads: number }[] = [];

/** Checks one surface: everything inert, every expected payload shown verbatim; counts it. */
function expectInert(surface: string, report: InertReport | null, expected: readonly string[]) {
  expect(report, `${surface}: nothing to read`).not.toBeNull();
  expect(report, surface).toEqual(INERT);
  tally.push({ surface, payloads: new Set(expected).size });
}

const readExtensionPage = (p: Page, expected: readonly string[]) => p.evaluate(inertReport, [...expected]);

/** A library file whose every free-text field is a payload; its main page has the open tab's URL. */
function libraryFile(tabUrl: string) {
  const snapshot = ALL.map((p) => `前文 ${p} 后文`).join('\n');
  const page = (id: string, url: string, title: string, note: string, tags: string[]) => ({
    id,
    url,
    title,
    flaggedAt: '2025-01-01T00:00:00.000Z',
    lang: 'zh-CN',
    note,
    tags,
    snapshot,
    snapshotSha256: createHash('sha256').update(snapshot, 'utf8').digest('hex'),
  });
  const pages = [
    page('imp-main', tabUrl, `Imported ${ALL.join(' ')}`, ALL.join('\n'), ALL),
    page('imp-js', 'javascript:window.__cmPwned=13//', 'Imported javascript: URL', P(0), []),
    page('imp-data', 'data:text/html,<script>parent.__cmPwned=14</script>', 'Imported data: URL', P(1), []),
    page('imp-markup', `https://example.org/${P(3)}?q=${P(0)}`, 'Imported markup URL', '', [P(4)]),
  ];
  const matches = pages.flatMap((pg) => {
    let at = 0;
    return ALL.map((quote, i) => {
      const start = snapshot.indexOf(quote, at);
      at = start + quote.length;
      return {
        id: `${pg.id}-m${i}`,
        pageId: pg.id,
        clauseIds: [ASSEMBLY],
        implied: [],
        quote,
        prefix: snapshot.slice(Math.max(0, start - 32), start),
        suffix: snapshot.slice(start + quote.length, start + quote.length + 32),
        start,
        end: start + quote.length,
        term: quote,
        base: P(i + 2),
        steps: [],
        entry: `pack:${quote}`,
        entryNote: P(i + 1),
        verdict: 'dismissed' as const,
        note: P(i + 3),
      };
    });
  });
  const list = readKeywordList(KEYWORDS, `imported ${PAYLOAD_FILE_NAME}`);
  const mapping = Object.fromEntries(ALL.map((p) => [p, [ASSEMBLY]]));
  const pack = packFromList(list, mapping, { id: packIdFor(list.fileName), name: `Imported ${FILE_BASE}` });
  return JSON.stringify({
    format: LIBRARY_FORMAT,
    exportedAt: '2026-01-01T00:00:00.000Z',
    pages,
    matches,
    verdicts: [
      {
        url: tabUrl,
        clauseIds: [ASSEMBLY],
        quote: P(0),
        verdict: 'dismissed',
        note: P(5),
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
    ],
    packs: [
      {
        id: pack.id,
        name: pack.name,
        sourceFormat: 'csv',
        sourceFile: list.fileName,
        mapping,
        enabled: false,
        createdAt: '2025-01-01T00:00:00.000Z',
        source: list,
        lexicon: pack.lexicon,
      },
    ],
  });
}

async function openPopup(): Promise<Page> {
  const popup = await browser.session.context.newPage();
  await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
  await popup.locator('.total').waitFor();
  return popup;
}

async function showPage(id: string, title: string) {
  await library.goto(`${origin}/library.html#page=${encodeURIComponent(id)}`);
  await expect
    .poll(() => library.getByRole('article').getByRole('heading', { level: 2 }).textContent())
    .toBe(title);
}

beforeAll(async () => {
  site = await chromiumSuite({
    pages: { 'inert.html': PAGE },
    beforeRecording: (b) => b.session.context.addInitScript(recordViolations),
  });
  ({ server, browser, control, recorder } = site);
  origin = `chrome-extension://${browser.session.extensionId}`;
  page = await browser.open(server.url(`inert.html?q=${encodeURIComponent(ALL.join(' '))}#${P(0)}`));
  tabId = await control.tabIdOf(page.url());
  await settle(
    () => control.getState(tabId) as Promise<ContentState>,
    (s) => s.status === 'done' && s.total >= N,
  );
  library = await browser.session.context.newPage();
  await library.goto(`${origin}/library.html`);
  await library.getByRole('heading', { level: 1 }).waitFor();
});
afterAll(async () => {
  if (tally.length > 0)
    recordFigures('inert-text', {
      payloads: N + 1,
      surfaces: tally.length,
      checks: tally.reduce((n, t) => n + t.payloads, 0),
      detail: tally,
    });
  await site?.close();
});

describe('untrusted input is rendered only as text (Chromium)', () => {
  test('an imported library file: import summary, list, every page detail, its pack', async () => {
    const tabUrl = (await control.getState(tabId)).url;
    const fileName = PAYLOAD_FILE_NAME.replace(/\.csv$/, '.json');
    await library.getByLabel('ClauseMark library file (JSON)').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(libraryFile(tabUrl)),
    });
    await expect
      .poll(() => library.locator('.import-panel [role="status"]').textContent())
      .toContain('Imported');
    expectInert('import summary: file name', await readExtensionPage(library, [fileName]), [fileName]);
    await expect.poll(() => library.locator('[role="option"]').count()).toBe(4);
    expectInert('library list: imported titles and tags', await readExtensionPage(library, ALL), ALL);

    await showPage('imp-main', `Imported ${ALL.join(' ')}`);
    // title, note, tags, snapshot, quotes, terms, bases, entry notes and match notes
    expectInert('library detail: imported page', await readExtensionPage(library, ALL), ALL);
    for (const [id, title, url] of [
      ['imp-js', 'Imported javascript: URL', 'javascript:window.__cmPwned=13//'],
      ['imp-data', 'Imported data: URL', 'data:text/html,<script>parent.__cmPwned=14</script>'],
      ['imp-markup', 'Imported markup URL', `https://example.org/${P(3)}?q=${P(0)}`],
    ] as const) {
      await showPage(id, title);
      expectInert(`library detail: ${title}`, await readExtensionPage(library, [url]), [url]);
    }
    await library.goto(`${origin}/library.html#packs`);
    await library.locator('li.pack-item').first().waitFor();
    expectInert(
      'packs list: imported pack (name, file, categories)',
      await readExtensionPage(library, ALL),
      ALL,
    );
  });

  test('a keyword list: preview of keywords, categories and file name, then the saved pack', async () => {
    await library.getByLabel('Keyword list (CSV or text)').setInputFiles({
      name: PAYLOAD_FILE_NAME,
      mimeType: 'text/csv',
      buffer: Buffer.from(KEYWORDS),
    });
    const categories = library.locator('.pack-mapping .category');
    await expect.poll(() => categories.count()).toBe(N);
    for (let i = 0; i < N; i++) {
      const c = categories.nth(i);
      await c.getByRole('combobox').selectOption(ASSEMBLY);
      await c.getByRole('button', { name: /^Add clause/ }).click();
    }
    await library.locator('.pack-preview').waitFor();
    expectInert('pack import: preview', await readExtensionPage(library, [...ALL, PAYLOAD_FILE_NAME]), [
      ...ALL,
      PAYLOAD_FILE_NAME,
    ]);
    await library.getByRole('button', { name: 'Save pack' }).click();
    await expect.poll(() => library.locator('li.pack-item').count()).toBe(2);
    expectInert('packs list: saved pack', await readExtensionPage(library, [...ALL, PAYLOAD_FILE_NAME]), [
      ...ALL,
      PAYLOAD_FILE_NAME,
    ]);
  });

  test('the hover card: keyword, matched text and category note of every pack match', async () => {
    const state = await settle(
      () => control.getState(tabId),
      (s) => s.matches.filter((m) => m.clauses.includes(ASSEMBLY)).length >= 2 * N,
    );
    const packMatches = state.matches.filter((m) => m.clauses.includes(ASSEMBLY));
    // each payload occurs twice in the page, and every one of them was found as a keyword
    expect(new Set(packMatches.map((m) => m.term))).toEqual(new Set(ALL));
    const pw = browser.pageOf(page);
    // one by pointer, the rest revealed (the same card)
    const first = packMatches[0]!;
    await control.send(tabId, { type: 'popup-to-content:reveal-match', index: first.index });
    await settle(
      () => control.getState(tabId),
      (s) => s.card.shown,
    );
    await pw.keyboard.press('Escape');
    const rect = await page.probe((name) => {
      const h = (CSS.highlights as unknown as Map<string, Set<AbstractRange>>).get(name);
      const r = h && [...h][0];
      if (!r) return null;
      const live = new Range();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const box = live.getClientRects()[0] ?? live.getBoundingClientRect();
      return { x: box.x + Math.min(4, box.width / 2), y: box.y + box.height / 2 };
    }, 'clausemark-art10-9');
    if (!rect) throw new Error('no drawn pack match');
    await pw.mouse.move(rect.x, rect.y, { steps: 4 });
    const hovered = await settle(
      () => control.getState(tabId),
      (s) => s.card.shown,
    );
    const shown = hovered.matches[hovered.card.matchIndex ?? -1];
    if (!shown) throw new Error('the hover card shows no match');
    const noteOf = (term: string) => P(ALL.indexOf(term) + 1);
    expectInert(
      'hover card (pointer)',
      await settle(
        () => cardInertReport(pw, [shown.text, shown.term, noteOf(shown.term), FILE_BASE]),
        (r) => r !== null && r.missing.length === 0,
      ),
      [shown.text, shown.term, noteOf(shown.term), FILE_BASE],
    );
    for (const m of packMatches.filter((_, k) => k % 2 === 0)) {
      await control.send(tabId, { type: 'popup-to-content:reveal-match', index: m.index });
      const expected = [m.text, m.term, noteOf(m.term), FILE_BASE];
      expectInert(
        `hover card: ${JSON.stringify(m.term)}`,
        await settle(
          () => cardInertReport(pw, expected),
          (r) => r !== null && r.missing.length === 0,
        ),
        expected,
      );
    }
  });

  test('the popup: matches of this page, the imported capture, the flag form, the new capture', async () => {
    let popup = await openPopup();
    for (const toggle of await popup.locator('.group-toggle').all()) await toggle.click();
    await expect.poll(() => popup.locator('.match-button').count()).toBeGreaterThanOrEqual(2 * N);
    expectInert('popup: matches of this page', await readExtensionPage(popup, ALL), ALL);
    const history = popup.getByRole('region', { name: 'Flagged before' });
    await history.waitFor();
    expectInert('popup: imported capture (title, note, tags)', await readExtensionPage(popup, ALL), ALL);

    await popup.getByRole('tab', { name: 'Flag page' }).click();
    await expect.poll(() => popup.locator('li.review').count()).toBeGreaterThan(0);
    expectInert(
      'popup: flag form (matches to review)',
      await readExtensionPage(popup, ALL.slice(0, 3)),
      ALL.slice(0, 3),
    );
    await popup.getByRole('button', { name: /^Flag (this page|again)/ }).click();
    await expect.poll(() => popup.locator('.result').textContent()).toMatch(/^Flagged\./);
    await popup.close();

    popup = await openPopup();
    await popup.getByRole('region', { name: 'Flagged before' }).waitFor();
    const url = (await control.getState(tabId)).url;
    const title = await page.main(() => document.title, null);
    expectInert('popup: new capture (page title and URL)', await readExtensionPage(popup, [title, url]), [
      title,
      url,
    ]);
    await popup.close();
  });

  test('the library: the flagged page in the list and in detail (title, URL, snapshot, keywords, notes)', async () => {
    await library.goto(`${origin}/library.html#pages`);
    await expect.poll(() => library.locator('[role="option"]').count()).toBe(5);
    const title = await page.main(() => document.title, null);
    // the title holds every payload
    expect(title).toBe(ALL.join(' '));
    expectInert('library list: page title', await readExtensionPage(library, ALL), ALL);
    const id = await library
      .locator('[role="option"]')
      .filter({ hasNotText: 'Imported' })
      .getAttribute('data-page-id');
    await showPage(id as string, title);
    const url = (await control.getState(tabId)).url;
    expectInert('library detail: flagged page', await readExtensionPage(library, [...ALL, url]), [
      ...ALL,
      url,
    ]);
  });

  test('the page itself holds no element, script or request made from a payload', async () => {
    const own = await page.main(inertReport, ALL);
    // the fixture page has no CSP of its own to report violations against
    expectInert('the page after ClauseMark ran', { ...own, violations: [] }, ALL);
    // an <img src=x> made from a payload would have been fetched
    expect(recorder.requests.filter((r) => /\/x(\?|$)/.test(r.url))).toEqual([]);
    expect(recorder.byExtension()).toEqual([]);
    expect(recorder.foreign([server.origin, server.crossOrigin])).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  test('control: the same checks do see a payload that is parsed as markup', async () => {
    // what an HTML sink would do with two payloads, in an extension page and in the fixture page
    const parse = (html: string) =>
      document.body.append(document.createRange().createContextualFragment(html));
    const lib = await browser.session.context.newPage();
    await lib.goto(`${origin}/library.html`);
    await lib.evaluate(parse, P(0) + P(9));
    const caught = await settle(
      () => readExtensionPage(lib, []),
      (r) => r.violations.length > 0,
    );
    expect(caught.injected).toHaveLength(2);
    expect(caught.handlers).toEqual(['IMG[onerror]']);
    expect(caught.scriptLinks).toEqual(['javascript:window.__cmPwned=10']);
    // the extension's CSP blocked the handler, and said so
    expect(caught.violations.join(' ')).toMatch(/script-src/);
    expect(recorder.requests.some((r) => r.url === `${origin}/x`)).toBe(true);
    await lib.close();
    await page.main(parse, P(0));
    expect(
      await settle(
        () => page.main(inertReport, []),
        (r) => r.pwned !== undefined,
      ),
    ).toMatchObject({
      pwned: 1,
    });
  });
});
