import { browser } from 'wxt/browser';
import { ContentToBackground, receive, type BackgroundToContent } from '../messages';
import type { BadgeTotals } from './badge';

/** Keyboard commands (manifest `commands`) and their direction. */
export const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-match': 1, 'previous-match': -1 };

/**
 * The frame that steps through matches: the top frame when it has any, else the first frame that does (the
 * badge's per-frame totals say which), else the top frame.
 */
export function stepFrame(frames: readonly number[]): number {
  return frames.includes(0) || frames.length === 0 ? 0 : (frames[0] as number);
}

/**
 * User actions that reach the background: next/previous-match keyboard commands, forwarded to the active
 * tab, and the card's "Full text" link, which opens the popup at a clause in a new tab.
 */
export function registerCommands(totals: () => BadgeTotals, api: typeof browser = browser): void {
  api.commands?.onCommand.addListener((command: string) => {
    const direction = STEP_COMMANDS[command];
    if (!direction) return;
    void (async () => {
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) return;
      const message: BackgroundToContent = { type: 'background-to-content:step-match', direction };
      const frameId = stepFrame(totals().framesWithMatches(tab.id));
      await api.tabs.sendMessage(tab.id, message, { frameId }).catch(() => undefined);
    })();
  });

  api.runtime.onMessage.addListener((raw: unknown, sender) => {
    if ((raw as { type?: unknown } | null)?.type !== 'content-to-background:open-clause') return undefined;
    const msg = receive(ContentToBackground, raw, 'open clause');
    if (msg?.type !== 'content-to-background:open-clause') return undefined;
    const url = api.runtime.getURL(`/popup.html?clause=${encodeURIComponent(msg.clauseId)}`);
    const tab = sender.tab;
    return api.tabs
      .create({
        url,
        ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
        ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
      })
      .then(() => ({ ok: true }))
      .catch((err: unknown) => ({ ok: false, error: String(err) }));
  });
}
