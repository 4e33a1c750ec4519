import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser, WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Session } from '../../entrypoints/content/session';
import { listenForMessages } from '../../entrypoints/content/messages';
import { registerBadge } from '../../utils/background/badge';
import { registerCommands } from '../../utils/background/commands';
import { registerStorage } from '../../utils/background/storage';
import type { ClauseMarkDB } from '../../utils/db/database';
import { saveSettings } from '../../utils/db/settings';
import { BAD_MESSAGES, prototypePolluted } from '../fixtures/reliability/bad-messages';
import { buildSampleLibrary, dumpTables, makeDb } from '../fixtures/db/library';

/**
 * Every runtime.onMessage receiver, wired as the extension wires it (background: storage, badge, commands;
 * content script: its popup/background listener), is fed every malformed message from every kind of sender.
 * Nothing may throw, nothing may be stored, no tab opened, no badge or page state changed, and the same
 * receivers must answer good messages afterwards.
 */

const api = fakeBrowser as unknown as WxtBrowser;
const TAB = 5;
const fromExtensionPage = () => ({ url: fakeBrowser.runtime.getURL('/library.html') });
const fromContentScript = {
  tab: { id: TAB, index: 0 } as Browser.tabs.Tab,
  frameId: 0,
  url: 'https://example.org/',
};

let db: ClauseMarkDB;
let handle: ReturnType<typeof vi.fn>;
let abort: AbortController;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  fakeBrowser.reset();
  // receivers log what they drop in development builds (tests run as one); production bundles carry no log
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  db = makeDb();
  await buildSampleLibrary(db);
  await saveSettings(db, {});
  const storage = registerStorage(api, db);
  await storage.ready;
  const badge = registerBadge(api);
  await badge.ready;
  // the fake browser has no commands API; the message half of registerCommands is what is under test
  registerCommands(badge.totals, { ...api, commands: undefined } as unknown as WxtBrowser);
  handle = vi.fn(async () => ({ ok: true }));
  abort = new AbortController();
  // a top frame: win.top is itself
  const win = {} as { top: unknown };
  win.top = win;
  listenForMessages(
    Promise.resolve({ handle } as unknown as Session),
    abort.signal,
    win as unknown as Window,
  );
  await fakeBrowser.runtime.onMessage.trigger(
    { type: 'content-to-background:scan-report', url: 'https://example.org/', total: 3, counts: {} },
    fromContentScript,
  );
  await new Promise((r) => setTimeout(r, 0));
});
afterEach(() => {
  vi.restoreAllMocks();
  abort?.abort();
  db?.close();
});

const badgeText = () => fakeBrowser.action.getBadgeText({ tabId: TAB });
const mirrored = async () => JSON.stringify(await fakeBrowser.storage.local.get(['settings', 'activePacks']));

describe('runtime messages: every receiver drops what does not fit', () => {
  for (const [sender, from] of [
    ['an extension page', fromExtensionPage],
    ['a content script', () => fromContentScript],
  ] as const)
    it(`${BAD_MESSAGES.length} malformed or unknown messages from ${sender}: no crash, nothing stored or changed`, async () => {
      const tables = await dumpTables(db);
      const badge = await badgeText();
      const config = await mirrored();
      const created = vi.spyOn(fakeBrowser.tabs, 'create');
      for (const { why, message, harmless } of BAD_MESSAGES) {
        const replies = await fakeBrowser.runtime.onMessage.trigger(message, from());
        await new Promise((r) => setTimeout(r, 0));
        for (const reply of replies) {
          if (reply === undefined) continue;
          // a refusal names its reason; only a message that is valid apart from a polluting key may succeed
          if (harmless) expect(reply, why).toMatchObject({ ok: expect.any(Boolean) });
          else expect(reply, why).toEqual({ ok: false, error: expect.any(String) });
        }
        if (!harmless) expect(handle, why).not.toHaveBeenCalled();
        expect(await dumpTables(db), why).toEqual(tables);
        expect(await badgeText(), why).toBe(badge);
        expect(await mirrored(), why).toBe(config);
        expect(created, why).not.toHaveBeenCalled();
        expect(prototypePolluted(), why).toBe(false);
      }
      // the polluting keys of the harmless ones reached the content script as nothing
      for (const [m] of handle.mock.calls) expect(m).toEqual({ type: 'popup-to-content:set-visibility' });
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/^\[clausemark\] .+: dropped malformed message$/),
        expect.anything(),
      );
    });

  it('storage answers only extension pages: a content script asking gets a refusal and nothing is read', async () => {
    const [reply] = (
      await fakeBrowser.runtime.onMessage.trigger({ type: 'library-to-background:facets' }, fromContentScript)
    ).filter(Boolean);
    expect(reply).toEqual({
      ok: false,
      error: 'library-to-background:facets: only extension pages may use storage',
    });
  });

  it('afterwards the same receivers still answer good messages', async () => {
    for (const { message } of BAD_MESSAGES)
      await fakeBrowser.runtime.onMessage.trigger(message, fromExtensionPage());
    const pages = await db.pages.count();
    const [flagged] = (
      await fakeBrowser.runtime.onMessage.trigger(
        {
          type: 'popup-to-background:flag-page',
          url: 'https://weibo.example/p/9',
          title: '微博',
          snapshot: '有人宣扬台独。',
          matches: [
            {
              start: 3,
              end: 5,
              text: '台独',
              term: '台独',
              base: '台独',
              clauses: ['bj-microblog-2011/art10-2'],
              entry: 'default:台独',
            },
          ],
        },
        fromExtensionPage(),
      )
    ).filter(Boolean);
    expect(flagged).toMatchObject({ ok: true, value: { matchCount: 1 } });
    expect(await db.pages.count()).toBe(pages + 1);

    await fakeBrowser.runtime.onMessage.trigger({ type: 'popup-to-content:get-state' }, fromExtensionPage());
    expect(handle).toHaveBeenCalledWith({ type: 'popup-to-content:get-state' });

    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content-to-background:scan-report', url: 'https://example.org/', total: 8, counts: {} },
      fromContentScript,
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(await badgeText()).toBe('8');

    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content-to-background:open-clause', clauseId: 'bj-microblog-2011/art10-5' },
      fromContentScript,
    );
    expect(created).toHaveBeenCalledTimes(1);
  });
});
