import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BAD_MESSAGES } from '../fixtures/reliability/bad-messages';
import { sendFromExtensionPage } from '../fixtures/reliability/runtime-message';
import { readDbState, type DbState } from '../fixtures/reliability/db-state';
import { familyCounts, WEIBO } from './support/expectations';
import { familySizes } from './support/oracle';
import { CHROME_EXTENSION } from './support/paths';
import { readHighlights } from './support/probes';
import { chromiumSuite, highlightsWhen, stateWhen, type ChromiumSuite } from './support/suite';
import type { TestPage } from './support/test-browser';

/**
 * The malformed messages of the unit test, sent for real from an extension page: to the background with
 * runtime.sendMessage and to a page's content script with tabs.sendMessage. The service worker and the content
 * script must survive all of them, store nothing, leave the page drawn as it was, and keep working.
 * The hostile corpus's forged-postmessage.html, whose page posts extension-shaped window messages, is checked
 * here too for what the corpus check does not look at: the badge and the tab's state.
 */

const ALL = familyCounts(WEIBO);

let suite: ChromiumSuite;
let library: Page;
let page: TestPage;
let tabId: number;
let before: DbState;

type Outcome = { reply?: unknown; error?: string };

/** Sends from the library page; a rejection (no receiver answered) is an outcome too, not a failure. */
function sendAll(kind: 'runtime' | 'tab'): Promise<Outcome[]> {
  return library.evaluate(
    async ({ kind, tabId, messages }) => {
      const chrome = (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage(m: unknown): Promise<unknown> };
            tabs: { sendMessage(t: number, m: unknown, o: object): Promise<unknown> };
          };
        }
      ).chrome;
      const out: Outcome[] = [];
      for (const message of messages)
        try {
          const reply =
            kind === 'runtime'
              ? await chrome.runtime.sendMessage(message)
              : await chrome.tabs.sendMessage(tabId, message, { frameId: 0 });
          out.push({ reply });
        } catch (e) {
          out.push({ error: String(e) });
        }
      return out;
    },
    { kind, tabId, messages: BAD_MESSAGES.map((m) => m.message) },
  );
}

const state = () => library.evaluate(readDbState, { known: null, normalize: null });
const drawn = async () => familySizes(await page.probe(readHighlights, 0));

beforeAll(async () => {
  suite = await chromiumSuite();
  library = await suite.browser.session.context.newPage();
  await library.goto(`chrome-extension://${suite.browser.session.extensionId}/library.html`);
  await library.getByRole('heading', { level: 1 }).waitFor();
  page = await suite.browser.open(suite.server.url('weibo.html?messages'));
  tabId = await suite.control.tabIdOf(page.url());
  await highlightsWhen(page, (r) => JSON.stringify(familySizes(r)) === JSON.stringify(ALL));
  // the settings row exists, so a valid-but-empty settings change (one of the harmless messages) rewrites it
  // unchanged rather than creating it
  await sendFromExtensionPage(library, { type: 'library-to-background:set-settings', patch: {} });
  before = await state();
  expect(before.counts.settings).toBe(1);
});
afterAll(async () => {
  await suite?.close();
});

describe('malformed runtime messages in Chromium', () => {
  test(`${BAD_MESSAGES.length} sent to the background: refused or unanswered, nothing stored`, async () => {
    const outcomes = await sendAll('runtime');
    outcomes.forEach((o, i) => {
      const { why, harmless } = BAD_MESSAGES[i]!;
      if (o.reply === undefined) return;
      if (harmless) expect(o.reply, why).toMatchObject({ ok: expect.any(Boolean) });
      else expect(o.reply, why).toEqual({ ok: false, error: expect.any(String) });
    });
    expect(await state()).toEqual(before);
    expect(await suite.control.getSettings()).toMatchObject({ drawMode: 'inline', highlightsVisible: true });
  });

  test(`${BAD_MESSAGES.length} sent to a page's content script: ignored, the page drawn as before`, async () => {
    const outcomes = await sendAll('tab');
    outcomes.forEach((o, i) => {
      const { why, harmless } = BAD_MESSAGES[i]!;
      // a message no listener takes up is rejected by the browser itself ("port closed before a response")
      if (!harmless) expect(o.reply, why).toBeUndefined();
    });
    const s = await stateWhen(suite.control, page, (x) => x.status === 'done');
    expect(s).toMatchObject({ visible: true, hiddenFamilies: [], focused: null, card: { shown: false } });
    expect(await drawn()).toEqual(ALL);
  });

  test('afterwards the background flags a page, the content script answers, nothing escaped as an error', async () => {
    const snapshot = await suite.control.send<{
      url: string;
      title: string;
      text: string;
      matches: unknown[];
    }>(tabId, { type: 'popup-to-content:get-snapshot' });
    const reply = await sendFromExtensionPage(library, {
      type: 'popup-to-background:flag-page',
      url: snapshot.url,
      title: snapshot.title,
      snapshot: snapshot.text,
      matches: snapshot.matches,
    });
    expect(reply).toMatchObject({ ok: true, value: { matchCount: snapshot.matches.length } });
    expect((await state()).counts.pages).toBe((before.counts.pages ?? 0) + 1);
    expect(page.errors).toEqual([]);
  });

  test('the production bundles carry no development log of dropped messages', () => {
    const files = readdirSync(CHROME_EXTENSION, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(files.length).toBeGreaterThan(2);
    for (const f of files)
      expect(readFileSync(join(CHROME_EXTENSION, f), 'utf8'), f).not.toContain('dropped malformed message');
  });

  test("a page's forged window messages reach no receiver: its badge and highlights are its own", async () => {
    // posts set-visibility, get-state and a scan report of 99 shaped like ClauseMark's, forty times over
    const forged = await suite.browser.open(suite.server.url('corpus/forged-postmessage.html'));
    const forgedTab = await suite.control.tabIdOf(forged.url());
    await forged.main(() => new Promise<void>((resolve) => setTimeout(resolve, 2500)), null);
    const s = await suite.control.getState(forgedTab);
    expect(s).toMatchObject({ total: 1, visible: true, status: 'done' });
    expect(await suite.control.badgeText(forgedTab)).toBe('1');
    expect(familySizes(await forged.probe(readHighlights, 0))).toEqual({ 'art10-5': 1 });
    // the page saw only its own messages: ClauseMark posted none
    expect(await forged.main(() => document.documentElement.getAttribute('data-report'), null)).toBe(
      'seen=[]',
    );
    expect(forged.errors).toEqual([]);
  });
});
