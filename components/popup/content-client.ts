import { browser } from 'wxt/browser';
import { ContentSnapshot, ContentState, type PopupToContent } from '../../utils/messages';
import { z } from '../../utils/zod';

/** No content script answers in the tab: a browser page, the extension store, or a page opened before install. */
export class PageUnavailable extends Error {
  constructor(cause: unknown) {
    super(`no ClauseMark in this tab: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PageUnavailable';
  }
}

const Failure = z.object({ ok: z.literal(false), error: z.string() });
const Done = z.object({ ok: z.boolean(), index: z.number().int().nullable().optional() });
const Visibility = z.object({
  ok: z.literal(true),
  visible: z.boolean(),
  hiddenFamilies: z.array(z.string()),
});

export type ContentClient = ReturnType<typeof contentClient>;

/**
 * The popup's side of the popup-to-content messages, for the top frame of one tab (match indexes are that
 * frame's). Answers are Zod-parsed; a frame that reports a failure throws its error, a tab without a content
 * script throws PageUnavailable.
 */
export function contentClient(tabId: number, api: typeof browser = browser) {
  async function ask<T>(message: PopupToContent, schema: z.ZodType<T>): Promise<T> {
    let answer: unknown;
    try {
      answer = await api.tabs.sendMessage(tabId, message, { frameId: 0 });
    } catch (err) {
      throw new PageUnavailable(err);
    }
    if (answer === undefined) throw new PageUnavailable('no answer');
    const failure = Failure.safeParse(answer);
    if (failure.success) {
      if (/did not start/.test(failure.data.error)) throw new PageUnavailable(failure.data.error);
      throw new Error(failure.data.error);
    }
    const parsed = schema.safeParse(answer);
    if (parsed.success) return parsed.data;
    throw new Error(`${message.type}: unexpected answer (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  }

  return {
    tabId,
    getState: () => ask({ type: 'popup-to-content:get-state' }, ContentState),
    getSnapshot: () => ask({ type: 'popup-to-content:get-snapshot' }, ContentSnapshot),
    reveal: (index: number) => ask({ type: 'popup-to-content:reveal-match', index }, Done),
    step: (direction: 1 | -1) => ask({ type: 'popup-to-content:step-match', direction }, Done),
    setVisibility: (change: { visible?: boolean; hiddenFamilies?: string[] }) =>
      ask({ type: 'popup-to-content:set-visibility', ...change }, Visibility),
  };
}
