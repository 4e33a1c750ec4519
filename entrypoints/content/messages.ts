import { browser } from 'wxt/browser';
import { BackgroundToContent, PopupToContent, receive } from '../../utils/messages';
import { reportError } from './guard';
import type { Session } from './session';

/** Subframes answer get-state a little later, so a message sent to the whole tab is answered by the top frame. */
const SUBFRAME_STATE_DELAY = 50;

/**
 * Answers the popup and the background. Messages are Zod-parsed; anything else is left for other listeners.
 * Registered before the session exists (storage is read first), so early questions wait for it.
 */
export function listenForMessages(
  session: Promise<Session | undefined>,
  signal: AbortSignal,
  win: Window = window,
) {
  const listener = (raw: unknown): Promise<unknown> | undefined => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string') return undefined;
    const msg = type.startsWith('popup-to-content:')
      ? receive(PopupToContent, raw, 'content script')
      : type.startsWith('background-to-content:')
        ? receive(BackgroundToContent, raw, 'content script')
        : undefined;
    if (!msg) return undefined;
    return (async () => {
      try {
        const s = await session;
        if (!s) return { ok: false, error: 'ClauseMark did not start in this frame' };
        if (msg.type === 'popup-to-content:get-state' && win !== win.top)
          await new Promise((resolve) => setTimeout(resolve, SUBFRAME_STATE_DELAY));
        return await s.handle(msg);
      } catch (err) {
        reportError(msg.type, err);
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
