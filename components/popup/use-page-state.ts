import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentState } from '../../utils/messages';
import { contentClient, PageUnavailable, type ContentClient } from './content-client';
import { targetTab, type PopupParams } from './params';

export type PageStatus =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; state: ContentState }
  | { kind: 'error'; message: string };

/** A content script may still be starting in a page that is loading: ask a few times before giving up. */
const ATTEMPTS = 4;
const RETRY_MS = 300;
/** How often the state is read again while the page's first scan is running. */
const SCANNING_POLL_MS = 400;

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });

export interface PageConnection {
  tabId: number | null | undefined;
  content: ContentClient | null;
  status: PageStatus;
  /** reads the state again (after the popup changed something in the page) */
  refresh: () => Promise<void>;
}

/** The target tab and its content script's state, kept current while the first scan runs. */
export function usePageState(params: PopupParams, api: typeof browser = browser): PageConnection {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    targetTab(params, api).then(
      (id) => live && setTabId(id),
      () => live && setTabId(null),
    );
    return () => {
      live = false;
    };
  }, [params, api]);

  const content = useMemo(() => (typeof tabId === 'number' ? contentClient(tabId, api) : null), [tabId, api]);

  const read = useCallback(async (): Promise<PageStatus> => {
    if (!content) return { kind: 'no-tab' };
    try {
      return { kind: 'ready', state: await content.getState() };
    } catch (e) {
      if (e instanceof PageUnavailable) return { kind: 'unavailable' };
      return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
    }
  }, [content]);

  useEffect(() => {
    if (tabId === undefined) return;
    const abort = new AbortController();
    const { signal } = abort;
    void (async () => {
      let next = await read();
      for (let i = 1; i < ATTEMPTS && next.kind === 'unavailable' && !signal.aborted; i++) {
        await wait(RETRY_MS, signal);
        if (!signal.aborted) next = await read();
      }
      while (!signal.aborted) {
        setStatus(next);
        if (next.kind !== 'ready' || next.state.status !== 'scanning') break;
        await wait(SCANNING_POLL_MS, signal);
        if (!signal.aborted) next = await read();
      }
    })();
    return () => abort.abort();
  }, [tabId, read]);

  const refresh = useCallback(async () => setStatus(await read()), [read]);
  return { tabId, content, status, refresh };
}
