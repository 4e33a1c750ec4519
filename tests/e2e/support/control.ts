/**
 * Talking to the extension the way its popup does: from inside an extension context (the service worker in
 * Chromium, an extension page in Firefox), with tabs.sendMessage and storage.local. The functions passed to
 * `evaluate` run in that context, so they must be self-contained.
 */

import type { ContentState } from '../../../utils/messages';

export type { ContentState };

/** The part of the WebExtension API these helpers use (chrome.* in Chromium, browser.* in Firefox). */
export interface WebExtApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { getManifest(): Record<string, unknown> };
}

export interface ExtensionContext {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export class ExtensionControl {
  private readonly tabIds = new Map<string, number>();

  constructor(readonly context: ExtensionContext) {}

  /** Sends a message to one frame (the top frame by default) of a tab; rejects when nothing answers. */
  send<R = unknown>(tabId: number, message: Record<string, unknown>, frameId = 0): Promise<R> {
    return this.context.evaluate(
      ({ tabId, message, frameId }) => {
        const g = globalThis as unknown as { browser?: WebExtApi; chrome?: WebExtApi };
        const api = (g.browser ?? g.chrome) as WebExtApi;
        return api.tabs.sendMessage(tabId, message, { frameId }) as Promise<R>;
      },
      { tabId, message, frameId },
    );
  }

  getState(tabId: number): Promise<ContentState> {
    return this.send<ContentState>(tabId, { type: 'popup-to-content:get-state' });
  }

  /**
   * The tab showing `url`, found by asking every tab's content script for its state (the extension has no
   * "tabs" permission, so tab URLs are not visible to it). The page must have loaded; two open tabs with the
   * same URL are an error (give them different query strings).
   */
  async tabIdOf(url: string, timeout = 20_000): Promise<number> {
    const cached = this.tabIds.get(url);
    if (cached !== undefined) {
      const still = await this.getState(cached).then(
        (s) => s.url === url,
        () => false,
      );
      if (still) return cached;
      this.tabIds.delete(url);
    }
    const until = Date.now() + timeout;
    for (;;) {
      const ids = await this.context.evaluate(async (url) => {
        const g = globalThis as unknown as { browser?: WebExtApi; chrome?: WebExtApi };
        const api = (g.browser ?? g.chrome) as WebExtApi;
        const found: number[] = [];
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          try {
            const state = (await api.tabs.sendMessage(
              tab.id,
              { type: 'popup-to-content:get-state' },
              { frameId: 0 },
            )) as { url?: string } | undefined;
            if (state?.url === url) found.push(tab.id);
          } catch {
            // no content script in that tab (extension pages, about:blank)
          }
        }
        return found;
      }, url);
      if (ids.length > 1)
        throw new Error(`${ids.length} tabs show ${url}: give each a distinct query string`);
      const [id] = ids;
      if (id !== undefined) {
        this.tabIds.set(url, id);
        return id;
      }
      if (Date.now() > until)
        throw new Error(`no tab's content script answered popup-to-content:get-state with url ${url}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Forgets cached tab ids, e.g. after a page navigated or closed. */
  forget(url: string) {
    this.tabIds.delete(url);
  }

  async getSettings(): Promise<Record<string, unknown>> {
    return this.context.evaluate(async () => {
      const g = globalThis as unknown as { browser?: WebExtApi; chrome?: WebExtApi };
      const api = (g.browser ?? g.chrome) as WebExtApi;
      const got = await api.storage.local.get('settings');
      return (got.settings ?? {}) as Record<string, unknown>;
    }, null);
  }

  /** Merges fields into the stored settings, as the options page would. */
  async setSettings(patch: Record<string, unknown>): Promise<void> {
    await this.startupSynced();
    await this.context.evaluate(async (patch) => {
      const g = globalThis as unknown as { browser?: WebExtApi; chrome?: WebExtApi };
      const api = (g.browser ?? g.chrome) as WebExtApi;
      const got = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(got.settings ?? {}), ...patch } });
    }, patch);
  }

  private synced = false;

  /**
   * When it starts, the background copies the database's settings into storage.local (settings and
   * activePacks, always both). A test's write made before that copy would be overwritten by it, so the
   * first write waits for it.
   */
  private async startupSynced(): Promise<void> {
    if (this.synced) return;
    const seen = await this.context.evaluate(async () => {
      const g = globalThis as unknown as { browser?: WebExtApi; chrome?: WebExtApi };
      const api = (g.browser ?? g.chrome) as WebExtApi;
      for (let i = 0; i < 300; i++) {
        const got = await api.storage.local.get('activePacks');
        if (got.activePacks !== undefined) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    }, null);
    if (!seen) throw new Error('the background never wrote its settings to storage.local');
    this.synced = true;
  }

  async resetSettings(): Promise<void> {
    await this.context.evaluate(async () => {
      const g = globalThis as unknown as { browser?: WebExtApi; chrome?: WebExtApi };
      const api = (g.browser ?? g.chrome) as WebExtApi;
      await api.storage.local.remove('settings');
    }, null);
  }

  /** The badge text the background set on a tab. */
  badgeText(tabId: number): Promise<string> {
    return this.context.evaluate(async (tabId) => {
      const g = globalThis as unknown as { browser?: WebExtApi; chrome?: WebExtApi };
      const api = (g.browser ?? g.chrome) as WebExtApi;
      const action = api.action ?? api.browserAction;
      if (!action) throw new Error('no action API in this extension context');
      return action.getBadgeText({ tabId });
    }, tabId);
  }
}
