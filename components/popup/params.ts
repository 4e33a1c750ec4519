import { browser } from 'wxt/browser';

/** What the popup's own URL asks for: a target tab (pop-out, tests) and a clause to open at (the card's link). */
export interface PopupParams {
  tabId: number | null;
  clause: string | null;
}

export function readParams(search: string): PopupParams {
  const q = new URLSearchParams(search);
  const raw = q.get('tabId');
  const tabId = raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
  return { tabId, clause: q.get('clause') || null };
}

/**
 * The tab the popup works on: the one named in its URL; else, when the popup itself was opened in a tab (the
 * card's "Full text" link), the tab that opened it; else the active tab of the window the toolbar popup belongs
 * to. Null when there is none.
 */
export async function targetTab(params: PopupParams, api: typeof browser = browser): Promise<number | null> {
  if (params.tabId !== null) return params.tabId;
  let own: { openerTabId?: number } | undefined;
  try {
    own = await api.tabs.getCurrent();
  } catch {
    // not available where the popup runs: treat it as the toolbar popup
  }
  if (own) return own.openerTabId ?? null;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The popup's address for a tab: what "pop out" opens and what e2e tests load. */
export function popupUrlFor(tabId: number, api: typeof browser = browser): string {
  return api.runtime.getURL(`/popup.html?tabId=${tabId}`);
}

/** Opens the popup for a tab in a window of its own (a tab where windows cannot be made) and closes this one. */
export async function popOut(tabId: number, api: typeof browser = browser, win: Window | null = window) {
  const url = popupUrlFor(tabId, api);
  if (api.windows) await api.windows.create({ url, type: 'popup', width: 520, height: 720 });
  else await api.tabs.create({ url });
  win?.close();
}
