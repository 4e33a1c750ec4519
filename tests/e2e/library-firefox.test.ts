import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContentSnapshot, ContentState } from '../../utils/messages';
import type { ExtensionControl } from './support/control';
import { firefoxTestBrowser, openExtensionPage, type FirefoxTestBrowser } from './support/firefox';
import { foreignViaProxy } from './support/firefox-network';
import {
  addGatheringsPack,
  allowDownloads,
  clickText,
  exportWholeLibrary,
  textOf,
  uploadFile,
} from './support/firefox-page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { settle } from './support/wait';

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>论坛：公园里的事</title></head><body>
<p>公园门口有几个人在讲法轮功的事，保安过来劝离了。</p>
<p>周末大家约好参加蓝莓行动，地点另行通知。</p>
<p>Long read: how Falun Gong practitioners abroad organise their newspapers.</p>
</body></html>`;

let root: string;
let downloads: string;
let server: FixtureServer;
let firefox: FirefoxTestBrowser;
let control: ExtensionControl;
let library: Page;
let tabId: number;
let exported = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausemark-library-ff-'));
  downloads = join(root, 'downloads');
  mkdirSync(downloads);
  writeFileSync(join(root, 'forum.html'), PAGE);
  server = await startFixtureServer(root);
  firefox = await firefoxTestBrowser({ proxy: server.proxy });
  control = firefox.control as ExtensionControl;
  await allowDownloads(firefox, downloads);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const until = <T>(read: () => Promise<T>, done: (v: T) => boolean) => settle(read, done, { timeout: 20_000 });
const titles = () =>
  library.evaluate(() =>
    [...document.querySelectorAll('[role="option"] .page-title')].map((e) => e.textContent),
  );
const exportAs = (format: string) => exportWholeLibrary(library, downloads, format);

describe('library (Firefox ESR)', () => {
  test('a flagged page is listed; CSV and JSON exports are real downloads through a Blob URL', async () => {
    const page = await firefox.open(server.url('forum.html'));
    tabId = await control.tabIdOf(page.url());
    await settle(
      () => control.getState(tabId) as Promise<ContentState>,
      (s) => s.status === 'done' && s.total > 0,
    );
    const snap = await control.send<ContentSnapshot>(tabId, { type: 'popup-to-content:get-snapshot' });
    library = await openExtensionPage(
      firefox.session.browser,
      `${firefox.session.extensionOrigin}/library.html`,
    );
    const reply = await library.evaluate(
      (message) =>
        (
          globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).browser.runtime.sendMessage(message),
      {
        type: 'popup-to-background:flag-page',
        url: snap.url,
        title: snap.title,
        snapshot: snap.text,
        matches: snap.matches,
        note: 'flagged in Firefox',
        tags: ['firefox'],
      },
    );
    expect(reply).toMatchObject({ ok: true });
    expect(await until(titles, (t) => t.length === 1)).toEqual(['论坛：公园里的事']);

    const csv = await exportAs('Spreadsheet');
    expect(csv.name).toMatch(/^clausemark-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    const rows = new Set(snap.matches.map((m) => `${m.start}:${[...new Set(m.clauses)].sort().join(' ')}`));
    const expected = [...rows].reduce((n, k) => n + (k.split(':')[1] ?? '').split(' ').length, 0);
    expect(lines).toHaveLength(1 + expected);
    expect(lines.slice(1).every((l) => l.startsWith(`${snap.url},论坛：公园里的事,`))).toBe(true);

    const json = await exportAs('ClauseMark library');
    exported = json.bytes.toString('utf8');
    const data = JSON.parse(exported);
    expect(data.pages).toHaveLength(1);
    expect(data.pages[0]).toMatchObject({
      note: 'flagged in Firefox',
      tags: ['firefox'],
      snapshot: snap.text,
    });
  });

  test('deleted, then imported again through the file input: the same page, matches and notes', async () => {
    await clickText(library, '[role="option"]', '论坛：公园里的事');
    await until(
      () => textOf(library, '.page-detail h2'),
      (t) => t === '论坛：公园里的事',
    );
    await clickText(library, '.page-detail button', 'Delete this page');
    await until(
      () => textOf(library, '.undo-bar'),
      (t) => t.startsWith('Deleted 1 page'),
    );
    expect(await until(titles, (t) => t.length === 0)).toEqual([]);

    const file = join(root, 'library.json');
    writeFileSync(file, exported);
    await uploadFile(library, '.import-panel input[type="file"]', file);
    await until(
      () => textOf(library, '.import-summary'),
      (t) => t.includes('Imported library.json.'),
    );
    expect(await until(titles, (t) => t.length === 1)).toEqual(['论坛：公园里的事']);
    const again = await exportAs('ClauseMark library');
    const withoutTime = (s: string) => s.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');
    expect(withoutTime(again.bytes.toString('utf8'))).toBe(withoutTime(exported));
  });

  test('a keyword pack chosen through the file input marks its term in the open tab', async () => {
    await addGatheringsPack(library, root);
    const state = await settle(
      () => control.getState(tabId) as Promise<ContentState>,
      (s) => s.matches.some((m) => m.text === '蓝莓行动'),
    );
    expect(state.matches.find((m) => m.text === '蓝莓行动')?.clauses).toEqual(['bj-microblog-2011/art10-9']);
  });

  test('made no network request through the recording proxy', () => {
    expect(server.received.some((r) => r.viaProxy)).toBe(true);
    expect(foreignViaProxy(server)).toEqual([]);
  });
});
