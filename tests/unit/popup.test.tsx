// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { colorOf } from '../../utils/clauses';
import { fakePage, memoryStorage, noContentScript, renderPopup } from './popup-support';

const TAB = 7;
const TEXT =
  '公园门口有人在讲法轮功的事。\n另一条：法轮功学员在海外办报。\nLong read: how Falun Gong practitioners organise.';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The hex colour a swatch was given (happy-dom keeps the inline style as written). */
const swatchColor = (el: Element) => (el.querySelector('.swatch') as HTMLElement).style.background;

describe('popup: this page', () => {
  it('lists matches per clause, Article 10 items in their family colour, implied baselines after them', async () => {
    fakePage(TAB, { text: TEXT });
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    expect(await screen.findByText('Matches on this page: 3')).toBeTruthy();
    const groups = screen.getAllByRole('button', { expanded: false });
    const names = groups.map((b) => b.textContent);
    expect(names[0]).toContain('Art. 10 (v)');
    expect(names[0]).toContain('3');
    expect(swatchColor(groups[0] as Element)).toBe(colorOf('art10-5'));
    // the starter lexicon's Art. 10 (v) implies baselines; they follow the item, in registry order
    const baselines = names.slice(1);
    expect(baselines.length).toBeGreaterThan(0);
    expect(baselines.every((n) => n?.startsWith('Baseline'))).toBe(true);
  });

  it('expands a clause to its matches with context; activating one reveals it in the page', async () => {
    const page = fakePage(TAB, { text: TEXT });
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    const toggle = await screen.findByRole('button', { name: /Art\. 10 \(v\)/, expanded: false });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = document.getElementById(toggle.getAttribute('aria-controls') as string) as HTMLElement;
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.querySelector('mark')?.textContent)).toEqual([
      '法轮功',
      '法轮功',
      'Falun Gong',
    ]);
    expect(items[1]?.textContent).toContain('另一条：');
    fireEvent.click(items[2] as HTMLElement);
    await waitFor(() =>
      expect(page.received).toContainEqual({ type: 'popup-to-content:reveal-match', index: 2 }),
    );
    // the state is read again, so the revealed match is marked as the current one
    await waitFor(() => expect(items[2]?.getAttribute('aria-current')).toBe('true'));
  });

  it('says how many more matches the tab’s embedded frames hold, as the background counts them', async () => {
    fakePage(TAB, { text: TEXT });
    const asked: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      asked.push(message);
      return {
        ok: true,
        value: [
          { frameId: 0, total: 3 },
          { frameId: 2, total: 4 },
          { frameId: 5, total: 1 },
        ],
      };
    }) as never);
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    expect(await screen.findByText('Matches on this page: 3')).toBeTruthy();
    expect(
      await screen.findByText('Embedded frames hold 5 more: they are marked in the frames, not listed here.'),
    ).toBeTruthy();
    expect(asked).toContainEqual({ type: 'popup-to-background:get-frame-totals', tabId: TAB });
  });

  it('says nothing of frames when only the top frame has matches', async () => {
    fakePage(TAB, { text: TEXT });
    const answered = vi.fn(async () => ({ ok: true, value: [{ frameId: 0, total: 3 }] }));
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(answered as never);
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    expect(await screen.findByText('Matches on this page: 3')).toBeTruthy();
    await waitFor(() => expect(answered).toHaveBeenCalled());
    expect(screen.queryByText(/Embedded frames hold/)).toBeNull();
  });

  it('renders a long list a hundred at a time', async () => {
    fakePage(TAB, { text: Array.from({ length: 250 }, (_, i) => `第${i}条：法轮功。`).join('\n') });
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    const toggle = await screen.findByRole('button', { name: /Art\. 10 \(v\)/, expanded: false });
    expect(toggle.textContent).toContain('250');
    fireEvent.click(toggle);
    const list = () => document.getElementById(toggle.getAttribute('aria-controls') as string) as HTMLElement;
    expect(within(list()).getAllByRole('button')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more (150 not shown)' }));
    expect(within(list()).getAllByRole('button')).toHaveLength(200);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more (50 not shown)' }));
    const all = within(list()).getAllByRole('button');
    expect(all).toHaveLength(250);
    expect(all[249]?.textContent).toContain('第249条');
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('next and previous step through the page', async () => {
    const page = fakePage(TAB, { text: TEXT });
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() =>
      expect(page.received.filter((m) => m.type === 'popup-to-content:step-match')).toEqual([
        { type: 'popup-to-content:step-match', direction: 1 },
        { type: 'popup-to-content:step-match', direction: -1 },
      ]),
    );
  });

  it('switches this tab’s highlights off, and a family off', async () => {
    const page = fakePage(TAB, { text: TEXT });
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    const all = await screen.findByRole('checkbox', { name: 'Show highlights in this tab' });
    fireEvent.click(all);
    await waitFor(() => expect(page.visible).toBe(false));
    fireEvent.click(all);
    await waitFor(() => expect(page.visible).toBe(true));
    fireEvent.click(screen.getByRole('checkbox', { name: /Art\. 10 \(v\) Cults/ }));
    await waitFor(() => expect(page.hiddenFamilies).toEqual(['art10-5']));
    expect(page.received).toContainEqual({
      type: 'popup-to-content:set-visibility',
      hiddenFamilies: ['art10-5'],
    });
  });

  it('puts the site on the never-scan list, and shows why nothing is read there', async () => {
    const page = fakePage(TAB, { text: TEXT, url: 'https://www.weibo.com/u/1' });
    const storage = memoryStorage();
    renderPopup(`?tabId=${TAB}`, storage);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Never scan weibo.com' }));
    await waitFor(() => expect(storage.settings.neverScanSites).toEqual(['weibo.com']));
    page.status = 'off'; // as the content script does once the settings reach it
    expect(await screen.findByText(/weibo\.com is on your never-scan list/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Scan this site again' }));
    await waitFor(() => expect(storage.settings.neverScanSites).toEqual([]));
  });

  it('says plainly when no content script can run in the tab (browser pages, the web store)', async () => {
    noContentScript();
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    expect(await screen.findByText(/ClauseMark cannot read this page/, {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('works on the active tab when no tab is named in its address', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: {
      active?: boolean;
      currentWindow?: boolean;
    }) => (q.active && q.currentWindow ? [{ id: 12, index: 0, active: true }] : [])) as never);
    // the toolbar popup is not a tab
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation((async () => undefined) as never);
    fakePage(12, { text: TEXT });
    renderPopup('', memoryStorage());
    expect(await screen.findByText('Matches on this page: 3')).toBeTruthy();
    // pop out: the same popup for the same tab, in a window of its own
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockImplementation((async () => ({})) as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Pop out' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'chrome-extension://test-extension-id/popup.html?tabId=12',
        type: 'popup',
      }),
    );
  });
});
