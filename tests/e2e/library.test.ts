import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getClause } from '../../utils/clauses';
import type { ContentSnapshot, ContentState } from '../../utils/messages';
import { chromiumTestBrowser, type ChromiumTestBrowser } from './support/chromium-browser';
import type { ExtensionControl } from './support/control';
import { ChromiumNetworkRecorder } from './support/network';
import { readHighlights } from './support/probes';
import { chromiumSuite, type ChromiumSuite } from './support/suite';
import type { FixtureServer } from './support/server';
import type { TestPage } from './support/test-browser';
import { settle } from './support/wait';
import { horizontalOverflow, saveFullScreenshot } from './support/zoom';

const page = (title: string, lang: string, paragraphs: string[]) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  paragraphs.map((p) => `<p>${p}</p>`).join('\n') +
  '</body></html>';

/** Two pages flagged from two sites, and one with words only a researcher's keyword pack knows. */
const PAGES = {
  'forum.html': page('论坛：公园里的事', 'zh-CN', [
    '公园门口有几个人在讲法轮功的事，保安过来劝离了。',
    '今天北京晴，最高气温二十六度。',
    'Long read: how Falun Gong practitioners abroad organise their newspapers.',
  ]),
  'anniversary.html': page('微博：纪念日', 'zh-CN', ['今天是六四三十五周年。', '晚上吃了饺子。']),
  'pack.html': page('群聊记录', 'zh-CN', ['周末大家约好参加蓝莓行动，地点另行通知。', '别忘了带伞。']),
};
const PACK_CSV = 'keyword,category\r\n蓝莓行动,Gathering\r\n紫薇快闪,Gathering\r\n';
const ASSEMBLY = 'bj-microblog-2011/art10-9';

let site: ChromiumSuite;
let server: FixtureServer;
let browser: ChromiumTestBrowser;
let control: ExtensionControl;
let recorder: ChromiumNetworkRecorder;
let library: Page;
const flagged: ContentSnapshot[] = [];
let exportedJson = '';

beforeAll(async () => {
  site = await chromiumSuite({ pages: PAGES });
  ({ server, browser, control, recorder } = site);
});
afterAll(async () => {
  await site?.close();
});

const libraryUrl = (b: ChromiumTestBrowser, hash = '') =>
  `chrome-extension://${b.session.extensionId}/library.html${hash}`;

async function openLibrary(b: ChromiumTestBrowser, hash = ''): Promise<Page> {
  const p = await b.session.context.newPage();
  await p.goto(libraryUrl(b, hash));
  return p;
}

async function openFixture(
  path: string,
  cross = false,
): Promise<{ page: TestPage; tabId: number; state: ContentState }> {
  const p = await browser.open(server.url(path, cross));
  const tabId = await control.tabIdOf(p.url());
  const state = await settle(
    () => control.getState(tabId) as Promise<ContentState>,
    (s) => s.status === 'done',
  );
  return { page: p, tabId, state };
}

const titles = (p: Page) => p.locator('[role="listbox"] [role="option"] .page-title').allTextContents();

/** Picks a value in one of the filter drop-downs and adds it. */
async function pick(p: Page, label: string, value: string) {
  await p.getByRole('combobox', { name: label, exact: true }).selectOption(value);
  await p.getByRole('button', { name: `Add: ${label}` }).click();
}

async function download(p: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await p.getByRole('radio', { name: format }).check();
  await p.getByRole('radio', { name: /whole library/ }).check();
  const [file] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('button', { name: 'Export' }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

/** Rows the CSV export has for a capture: one per match and direct clause (a re-flagged quote counts once). */
function csvRows(s: ContentSnapshot): number {
  const seen = new Set<string>();
  let rows = 0;
  for (const m of s.matches) {
    const key = `${m.start}:${[...new Set(m.clauses)].sort().join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows += new Set(m.clauses).size;
  }
  return rows;
}

describe('library (Chromium)', () => {
  test('flagged pages are listed, and filter by clause and by site', async () => {
    library = await openLibrary(browser);
    await expect.poll(() => library.getByText(/No pages flagged yet/).count()).toBe(1);
    for (const [path, cross] of [
      ['forum.html', false],
      ['anniversary.html', true],
    ] as const) {
      const { page: p, tabId, state } = await openFixture(path, cross);
      expect(state.total).toBeGreaterThan(0);
      const snap = await control.send<ContentSnapshot>(tabId, { type: 'popup-to-content:get-snapshot' });
      flagged.push(snap);
      // the popup's flag message, from an extension page as the popup sends it
      const reply = await library.evaluate(
        (message) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage(message),
        {
          type: 'popup-to-background:flag-page',
          url: snap.url,
          title: snap.title,
          snapshot: snap.text,
          matches: snap.matches,
          note: '',
          tags: ['e2e'],
        },
      );
      expect(reply).toMatchObject({ ok: true });
      await p.close();
    }
    // the open library follows the background's writes without a reload
    await expect.poll(() => titles(library)).toEqual(['微博：纪念日', '论坛：公园里的事']);

    const forumOnly = flagged[0]!.matches.flatMap((m) => [...m.clauses, ...m.implied]);
    const anniversary = new Set(flagged[1]!.matches.flatMap((m) => [...m.clauses, ...m.implied]));
    const clause = forumOnly.find((c) => !anniversary.has(c));
    if (!clause) throw new Error('the fixtures need a clause only the forum page has');
    await pick(library, 'Clause', clause);
    await expect.poll(() => titles(library)).toEqual(['论坛：公园里的事']);
    await library.getByRole('button', { name: 'Clear filters' }).click();
    await pick(library, 'Site', new URL(server.crossOrigin).hostname);
    await expect.poll(() => titles(library)).toEqual(['微博：纪念日']);
    await library.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => titles(library)).toHaveLength(2);
  });

  test('a page’s evidence, a dismissal with a note, then CSV and JSON exports read back', async () => {
    await library.getByRole('option').filter({ hasText: '论坛：公园里的事' }).click();
    const detail = library.getByRole('article');
    await expect.poll(() => detail.getByRole('heading', { level: 2 }).textContent()).toBe('论坛：公园里的事');
    await expect.poll(() => detail.getByText('✓ matches the stored text').count()).toBe(1);
    const forum = flagged[0]!;
    const marks = await detail.locator('.snapshot mark').allTextContents();
    expect(marks).toEqual(
      [...new Set(forum.matches.map((m) => `${m.start}:${m.text}`))].map((k) => k.split(':')[1]),
    );

    const first = detail.locator('li.match-item').first();
    await first.getByLabel('Note on this match').fill('a report about practitioners, not advocacy');
    await first.getByRole('button', { name: 'Dismiss' }).click();
    await expect
      .poll(() => first.getByRole('button', { name: 'Dismiss' }).getAttribute('aria-pressed'))
      .toBe('true');
    await detail.getByLabel('Note on this page').fill('seen in the e2e run');
    await detail.getByRole('button', { name: 'Save note and tags' }).click();
    await expect.poll(() => detail.getByText('Saved.').count()).toBe(1);

    const workers: string[] = [];
    library.on('worker', (w) => workers.push(w.url()));
    const csv = await download(library, /^Spreadsheet/);
    // the file was made off the page's main thread
    expect(workers.some((u) => /\/assets\/export-worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(csv.name).toMatch(/^clausemark-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'page_url,page_title,flagged_at,clause_id,locator,label,matched_text,term,context,verdict,note,implied_clauses,steps,page_id,match_id',
    );
    expect(lines).toHaveLength(1 + csvRows(flagged[0]!) + csvRows(flagged[1]!));
    const dismissed = lines.filter((l) =>
      l.includes(',dismissed,"a report about practitioners, not advocacy",'),
    );
    expect(dismissed.length).toBeGreaterThan(0);
    const quote = forum.matches[0]!;
    expect(dismissed[0]).toContain(`${getClause(quote.clauses[0]!)?.locator.en},`);

    const json = await download(library, /^ClauseMark library/);
    exportedJson = json.bytes.toString('utf8');
    const data = JSON.parse(exportedJson);
    expect(data.pages.map((p: { title: string }) => p.title).sort()).toEqual([
      '微博：纪念日',
      '论坛：公园里的事',
    ]);
    expect(data.pages.find((p: { title: string }) => p.title === '论坛：公园里的事').note).toBe(
      'seen in the e2e run',
    );
    expect(data.verdicts).toHaveLength(1);
  });

  test('the JSON imported into a fresh profile holds the same pages, matches, verdicts and notes', async () => {
    const fresh = await chromiumTestBrowser();
    try {
      const lib = await openLibrary(fresh);
      await expect.poll(() => lib.getByText(/No pages flagged yet/).count()).toBe(1);
      await lib.getByLabel('ClauseMark library file (JSON)').setInputFiles({
        name: 'library.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exportedJson),
      });
      await expect.poll(() => lib.getByText('Imported library.json.').count()).toBe(1);
      const matchCount = JSON.parse(exportedJson).matches.length;
      expect(
        await lib
          .getByRole('row', { name: /^Added/ })
          .locator('td')
          .allTextContents(),
      ).toEqual(['2', String(matchCount), '1', '0']);
      await expect.poll(() => titles(lib)).toEqual(['微博：纪念日', '论坛：公园里的事']);
      const again = await download(lib, /^ClauseMark library/);
      const withoutTime = (s: string) => s.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');
      expect(withoutTime(again.bytes.toString('utf8'))).toBe(withoutTime(exportedJson));

      // and the page shows it: the dismissal and both notes
      await lib.getByRole('option').filter({ hasText: '论坛：公园里的事' }).click();
      const detail = lib.getByRole('article');
      await expect
        .poll(() => detail.getByLabel('Note on this page').inputValue())
        .toBe('seen in the e2e run');
      const first = detail.locator('li.match-item').first();
      expect(await first.getByRole('button', { name: 'Dismiss' }).getAttribute('aria-pressed')).toBe('true');
      expect(await first.getByLabel('Note on this match').inputValue()).toBe(
        'a report about practitioners, not advocacy',
      );
    } finally {
      await fresh.close();
    }
  });

  test('a CSV keyword pack, mapped and switched on, marks its terms on an open page', async () => {
    const { page: fixture, tabId } = await openFixture('pack.html');
    const packMatches = async () =>
      (await control.getState(tabId)).matches.filter((m) => m.text === '蓝莓行动');
    expect(await packMatches()).toEqual([]);

    await library.goto(libraryUrl(browser, '#packs'));
    await library.getByLabel('Keyword list (CSV or text)').setInputFiles({
      name: 'gatherings.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(PACK_CSV),
    });
    await expect.poll(() => library.getByText('gatherings.csv: 2 keywords (CSV).').count()).toBe(1);
    const category = library.locator('.category[data-category="Gathering"]');
    await category.getByRole('combobox').selectOption(ASSEMBLY);
    await category.getByRole('button', { name: /^Add clause/ }).click();
    await expect.poll(() => library.getByText('Preview: pack gatherings, 2 keywords').count()).toBe(1);
    await library.getByRole('checkbox', { name: 'Switch the pack on when saved' }).uncheck();
    await library.getByRole('button', { name: 'Save pack' }).click();
    const item = library.locator('li.pack-item[data-pack-id="gatherings"]');
    await expect.poll(() => item.locator('.pack-state').textContent()).toBe('Off');
    expect(await packMatches()).toEqual([]);

    await item.getByRole('switch').check();
    await expect.poll(() => item.locator('.pack-state').textContent()).toBe('On');
    // the open tab picks the pack up from storage: its term is matched under the mapped clause and drawn
    const found = await settle(packMatches, (ms) => ms.length > 0);
    expect(found.map((m) => m.clauses)).toEqual([[ASSEMBLY]]);
    const drawn = await settle(
      () => fixture.probe(readHighlights, 50),
      (r) => (r.ranges['clausemark-art10-9'] ?? []).some((x) => x.text === '蓝莓行动'),
    );
    expect(drawn.ranges['clausemark-art10-9']?.map((x) => x.text)).toContain('蓝莓行动');
    await fixture.close();
  });

  test('readable at 200% zoom: list, detail, packs and settings reflow without horizontal overflow', async () => {
    const cdp = await browser.session.context.newCDPSession(library);
    // a 1280-pixel-wide window at 200% zoom: 640 CSS pixels at a device pixel ratio of 2
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 640,
      height: 480,
      deviceScaleFactor: 2,
      mobile: false,
    });
    const overflow = () => horizontalOverflow(library);
    const shot = (name: string) => saveFullScreenshot(cdp, `library-200pct-${name}`);
    const fits = { devicePixelRatio: 2, width: 640, scrollWidth: 640, wide: [] };
    for (const [name, hash] of [
      ['list', '#pages'],
      ['packs', '#packs'],
      ['settings', '#settings'],
    ] as const) {
      await library.goto(libraryUrl(browser, hash));
      await library.getByRole('heading', { level: 1 }).waitFor();
      if (name === 'list') await expect.poll(() => titles(library)).toHaveLength(2);
      if (name === 'packs') await library.locator('li.pack-item').first().waitFor();
      expect(await overflow()).toEqual(fits);
      await shot(name);
    }
    await library.goto(libraryUrl(browser, '#pages'));
    await library.getByRole('option').filter({ hasText: '论坛：公园里的事' }).click();
    await library.getByRole('article').getByText('✓ matches the stored text').waitFor();
    expect(await overflow()).toEqual(fits);
    await shot('detail');
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
  });

  test('makes no network requests of its own', async () => {
    expect(recorder.byExtension()).toEqual([]);
    expect(recorder.foreign([server.origin, server.crossOrigin])).toEqual([]);
  });
});
