import { browser } from 'wxt/browser';
import { colorOf, compareClauseIds, familyOf, getClause } from '../clauses';
import { ContentToBackground, PopupToBadge, receive, type FrameTotals } from '../messages';

interface FrameTotal {
  total: number;
  counts: Record<string, number>;
}

/**
 * Match totals per tab and frame (every frame's content script reports its own); the badge shows a tab's
 * sum. Plain arithmetic, apart from the browser API, so it is tested directly.
 */
export class BadgeTotals {
  private readonly tabs = new Map<number, Map<number, FrameTotal>>();

  set(tabId: number, frameId: number, total: number, counts: Record<string, number>): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    if (total > 0) frames.set(frameId, { total, counts: { ...counts } });
    else frames.delete(frameId);
    if (frames.size === 0) this.tabs.delete(tabId);
  }

  clearTab(tabId: number): void {
    this.tabs.delete(tabId);
  }

  sum(tabId: number): number {
    let n = 0;
    for (const f of this.tabs.get(tabId)?.values() ?? []) n += f.total;
    return n;
  }

  /** Per-clause counts summed over the tab's frames. */
  counts(tabId: number): Record<string, number> {
    const out: Record<string, number> = {};
    for (const f of this.tabs.get(tabId)?.values() ?? [])
      for (const [clause, n] of Object.entries(f.counts)) out[clause] = (out[clause] ?? 0) + n;
    return out;
  }

  /** Each frame's total, top frame (0) first; frames without matches are left out. */
  frameTotals(tabId: number): FrameTotals {
    return this.framesWithMatches(tabId).map((frameId) => ({
      frameId,
      total: this.tabs.get(tabId)?.get(frameId)?.total ?? 0,
    }));
  }

  /** Frames of a tab that have matches, top frame (0) first. */
  framesWithMatches(tabId: number): number[] {
    return [...(this.tabs.get(tabId)?.keys() ?? [])].sort((a, b) => a - b);
  }

  toJSON(): [number, [number, FrameTotal][]][] {
    return [...this.tabs].map(([tab, frames]) => [tab, [...frames]]);
  }

  static fromJSON(data: unknown): BadgeTotals {
    const totals = new BadgeTotals();
    if (Array.isArray(data))
      for (const [tab, frames] of data as [number, [number, FrameTotal][]][])
        if (typeof tab === 'number' && Array.isArray(frames))
          for (const [frame, t] of frames)
            if (typeof frame === 'number' && t && typeof t.total === 'number')
              totals.set(tab, frame, t.total, t.counts ?? {});
    return totals;
  }
}

/** Badge text for a total: empty at zero, capped so it fits. */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

/** The colour of the Article 10 item with the most matches (ties: the earlier item). */
export function badgeColor(counts: Record<string, number>): string {
  let best: string | undefined;
  let most = 0;
  for (const [clause, n] of Object.entries(counts)) {
    if (getClause(clause)?.document !== 'bj-microblog-2011') continue;
    if (n > most || (n === most && best !== undefined && compareClauseIds(clause, best) < 0)) {
      best = clause;
      most = n;
    }
  }
  return colorOf(familyOf(best ?? 'bj-microblog-2011/art10-11'));
}

const STORE_KEY = 'badgeTotals';

type BadgeApi = {
  setBadgeText(d: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { tabId: number; color: string }): Promise<void>;
};

/**
 * Keeps the toolbar badge in step with the content scripts' scan reports: sums a tab's frames, clears on
 * navigation and tab close. Totals are kept in storage.session so a background that was stopped (MV3 service
 * workers are) resumes with them.
 */
export function registerBadge(api: typeof browser = browser): {
  totals: () => BadgeTotals;
  ready: Promise<void>;
} {
  let totals = new BadgeTotals();
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const apis = api as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  const action = apis.action ?? apis.browserAction;
  const session = (api.storage as { session?: typeof api.storage.local }).session;
  const ready = (async () => {
    try {
      const stored = await session?.get(STORE_KEY);
      totals = BadgeTotals.fromJSON(stored?.[STORE_KEY]);
    } catch {
      // No session storage (older browsers): totals start empty.
    }
  })();

  const show = (tabId: number) => {
    const counts = totals.counts(tabId);
    action?.setBadgeText({ tabId, text: badgeText(totals.sum(tabId)) }).catch(() => undefined);
    action?.setBadgeBackgroundColor({ tabId, color: badgeColor(counts) }).catch(() => undefined);
    session?.set({ [STORE_KEY]: totals.toJSON() }).catch(() => undefined);
  };

  const ownPages = api.runtime.getURL('/');
  api.runtime.onMessage.addListener((raw: unknown, sender) => {
    if ((raw as { type?: unknown } | null)?.type !== 'popup-to-background:get-frame-totals') return undefined;
    const msg = receive(PopupToBadge, raw, 'badge');
    // which tabs have matches is the researcher's business: content scripts are not told
    if (!msg || !sender.url?.startsWith(ownPages)) return undefined;
    return ready.then(() => ({ ok: true, value: totals.frameTotals(msg.tabId) }));
  });

  api.runtime.onMessage.addListener((raw: unknown, sender) => {
    if ((raw as { type?: unknown } | null)?.type !== 'content-to-background:scan-report') return undefined;
    const msg = receive(ContentToBackground, raw, 'badge');
    const tabId = sender.tab?.id;
    if (msg?.type !== 'content-to-background:scan-report' || tabId === undefined) return undefined;
    void ready.then(() => {
      totals.set(tabId, sender.frameId ?? 0, msg.total, msg.counts);
      show(tabId);
    });
    return undefined;
  });
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || change.url === undefined) return;
    void ready.then(() => {
      totals.clearTab(tabId);
      show(tabId);
    });
  });
  api.tabs.onRemoved.addListener((tabId) => {
    void ready.then(() => {
      totals.clearTab(tabId);
      session?.set({ [STORE_KEY]: totals.toJSON() }).catch(() => undefined);
    });
  });
  return { totals: () => totals, ready };
}
