import { render, type RenderResult } from '@testing-library/preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import type { StorageClient } from '../../components/popup/storage-client';
import { createMatcher } from '../../utils/match';
import type { ContentSnapshot, ContentState, MatchSummary, PopupToContent } from '../../utils/messages';
import { DEFAULT_SETTINGS, Settings } from '../../utils/settings';
import { STARTER } from './helpers/lexicon';

const matcher = createMatcher(STARTER);

/** Matches as the content script reports them, found by the real engine in a page's text. */
export function summaries(text: string): MatchSummary[] {
  return matcher.match(text).map((m, index) => ({
    index,
    start: m.start,
    end: m.end,
    text: m.text,
    term: m.term,
    base: m.base,
    clauses: [...m.clauses],
    implied: [...m.implied],
    steps: [...m.steps],
    ...(m.variant ? { variant: m.variant } : {}),
    entry: m.entry,
    note: m.note,
    prefix: text.slice(Math.max(0, m.start - 32), m.start),
    suffix: text.slice(m.end, m.end + 32),
  }));
}

export interface FakePage {
  url: string;
  title: string;
  text: string;
  status: ContentState['status'];
  visible: boolean;
  hiddenFamilies: string[];
  focused: number | null;
  /** every message the popup sent to the tab */
  received: PopupToContent[];
}

/**
 * A tab whose content script answers the popup as the real one does (same message shapes), over a text matched
 * by the real engine; installed at the browser API boundary, tabs.sendMessage.
 */
export function fakePage(tabId: number, init: Partial<FakePage> & { text: string }): FakePage {
  const page: FakePage = {
    url: 'https://example.com/post/1',
    title: 'A post',
    status: 'done',
    visible: true,
    hiddenFamilies: [],
    focused: null,
    received: [],
    ...init,
  };
  const state = (): ContentState => {
    const matches = page.status === 'off' ? [] : summaries(page.text);
    const counts: Record<string, number> = {};
    for (const m of matches) for (const c of m.clauses) counts[c] = (counts[c] ?? 0) + 1;
    return {
      url: page.url,
      total: matches.length,
      counts,
      visible: page.visible,
      hiddenFamilies: page.hiddenFamilies,
      focused: page.focused,
      card: { shown: page.focused !== null, matchIndex: page.focused, text: '' },
      matches,
      status: page.status,
      drawMode: 'inline',
      timing: { firstPassStart: 1, firstPassEnd: 2, matcherMs: 1 },
    };
  };
  const answer = (msg: PopupToContent): unknown => {
    const total = summaries(page.text).length;
    switch (msg.type) {
      case 'popup-to-content:get-state':
        return state();
      case 'popup-to-content:get-snapshot': {
        const snap: ContentSnapshot = {
          url: page.url,
          title: page.title,
          text: page.text,
          matches: state().matches,
        };
        return snap;
      }
      case 'popup-to-content:reveal-match':
        if (msg.index >= total)
          return { ok: false, error: `no match ${msg.index} (this frame has ${total})` };
        page.focused = msg.index;
        return { ok: true, index: msg.index };
      case 'popup-to-content:step-match':
        if (total === 0) return { ok: false, index: null };
        page.focused =
          page.focused === null
            ? msg.direction === 1
              ? 0
              : total - 1
            : (page.focused + msg.direction + total) % total;
        return { ok: true, index: page.focused };
      case 'popup-to-content:set-visibility':
        if (msg.visible !== undefined) page.visible = msg.visible;
        if (msg.hiddenFamilies !== undefined) page.hiddenFamilies = msg.hiddenFamilies;
        return { ok: true, visible: page.visible, hiddenFamilies: page.hiddenFamilies };
    }
  };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number, message: unknown) => {
    if (id !== tabId) throw new Error('Could not establish connection. Receiving end does not exist.');
    page.received.push(message as PopupToContent);
    return answer(message as PopupToContent);
  }) as never);
  return page;
}

/** A tab where no content script runs (a browser page, the extension store). */
export function noContentScript() {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as never);
}

/** The settings half of the background, in memory; the evidence half refuses (tests that need it use the real one). */
export function memoryStorage(initial: Partial<Settings> = {}): StorageClient & { settings: Settings } {
  const store = {
    settings: Settings.parse({ ...DEFAULT_SETTINGS, ...initial }),
    getSettings: async () => store.settings,
    setSettings: async (patch: Partial<Settings>) =>
      (store.settings = Settings.parse({ ...store.settings, ...patch })),
    getPageFlags: async (url: string) => ({ normUrl: url, captures: [], verdicts: [] }),
    flagPage: async () => {
      throw new Error('not stored in this test');
    },
    setVerdict: async () => {
      throw new Error('not stored in this test');
    },
  };
  return store;
}

export function renderPopup(search: string, storage: StorageClient): RenderResult {
  return render(<Popup search={search} api={fakeBrowser as never} storage={storage} />);
}
