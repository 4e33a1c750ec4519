import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser, WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BadgeTotals, badgeColor, badgeText, registerBadge } from '../../utils/background/badge';
import { registerCommands, stepFrame } from '../../utils/background/commands';
import { colorOf } from '../../utils/clauses';

const A = (n: number) => `bj-microblog-2011/art10-${n}`;

describe('badge arithmetic', () => {
  test('a tab’s total is the sum over its frames; a frame reporting again replaces its own figure', () => {
    const t = new BadgeTotals();
    t.set(1, 0, 4, { [A(5)]: 3, [A(2)]: 1 });
    t.set(1, 7, 2, { [A(5)]: 2 });
    t.set(2, 0, 9, { [A(7)]: 9 });
    expect(t.sum(1)).toBe(6);
    expect(t.counts(1)).toEqual({ [A(5)]: 5, [A(2)]: 1 });
    t.set(1, 7, 1, { [A(5)]: 1 });
    expect(t.sum(1)).toBe(5);
    t.set(1, 0, 0, {});
    expect(t.sum(1)).toBe(1);
    expect(t.framesWithMatches(1)).toEqual([7]);
    t.clearTab(1);
    expect(t.sum(1)).toBe(0);
    expect(t.sum(2)).toBe(9);
  });

  test('survives a round trip through storage; damaged stored data gives empty totals', () => {
    const t = new BadgeTotals();
    t.set(3, 0, 2, { [A(1)]: 2 });
    t.set(3, 4, 1, { [A(9)]: 1 });
    const back = BadgeTotals.fromJSON(JSON.parse(JSON.stringify(t.toJSON())));
    expect(back.sum(3)).toBe(3);
    expect(back.counts(3)).toEqual({ [A(1)]: 2, [A(9)]: 1 });
    expect(BadgeTotals.fromJSON({ nonsense: true }).sum(3)).toBe(0);
    expect(BadgeTotals.fromJSON([[3, [[0, null]]]]).sum(3)).toBe(0);
  });

  test('badge text is empty at zero and capped above 999', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });

  test('badge colour is that of the Article 10 item with most matches (ties: the earlier item)', () => {
    expect(badgeColor({ [A(2)]: 1, [A(10)]: 3 })).toBe(colorOf('art10-10'));
    expect(badgeColor({ [A(10)]: 2, [A(2)]: 2 })).toBe(colorOf('art10-2'));
    expect(badgeColor({ 'seven-baselines-2013/3': 5 })).toBe(colorOf('art10-11'));
  });
});

describe('badge wiring', () => {
  beforeEach(() => fakeBrowser.reset());

  const sender = (tabId: number, frameId: number) => ({ tab: { id: tabId } as Browser.tabs.Tab, frameId });
  const report = (tabId: number, frameId: number, total: number, counts: Record<string, number> = {}) =>
    fakeBrowser.runtime.onMessage.trigger(
      { type: 'content-to-background:scan-report', url: 'https://example.org/', total, counts },
      sender(tabId, frameId),
    );
  const text = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
  const settle = () => new Promise((r) => setTimeout(r, 0));

  test('scan reports from several frames set the tab’s badge to their sum; navigation clears it', async () => {
    const badge = registerBadge(fakeBrowser as unknown as WxtBrowser);
    await badge.ready;
    await report(5, 0, 3, { [A(5)]: 3 });
    await report(5, 2, 4, { [A(2)]: 4 });
    await settle();
    expect(await text(5)).toBe('7');
    // art10-2 has the most matches: its colour, #d32f2f
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 5 })).toEqual([0xd3, 0x2f, 0x2f, 255]);
    await report(5, 2, 0);
    await settle();
    expect(await text(5)).toBe('3');
    await fakeBrowser.tabs.onUpdated.trigger(
      5,
      { status: 'loading', url: 'https://example.org/next' },
      {} as Browser.tabs.Tab,
    );
    await settle();
    expect(await text(5)).toBe('');
  });

  test('a malformed report is dropped and changes nothing', async () => {
    const badge = registerBadge(fakeBrowser as unknown as WxtBrowser);
    await badge.ready;
    await report(6, 0, 2);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content-to-background:scan-report', url: 'x', total: -4, counts: {} },
      sender(6, 0),
    );
    await settle();
    expect(await text(6)).toBe('2');
  });

  test('the popup learns how many matches the tab’s embedded frames hold; a content script is told nothing', async () => {
    const badge = registerBadge(fakeBrowser as unknown as WxtBrowser);
    await badge.ready;
    await report(9, 0, 2);
    await report(9, 4, 5);
    await report(9, 7, 1);
    await settle();
    const ask = async (message: unknown, url: string) => {
      const answers = await fakeBrowser.runtime.onMessage.trigger(message, { url });
      return (answers as unknown[]).find((a) => a !== undefined);
    };
    const popup = fakeBrowser.runtime.getURL('/popup.html');
    expect(await ask({ type: 'popup-to-background:get-frame-totals', tabId: 9 }, popup)).toEqual({
      ok: true,
      value: [
        { frameId: 0, total: 2 },
        { frameId: 4, total: 5 },
        { frameId: 7, total: 1 },
      ],
    });
    expect(await ask({ type: 'popup-to-background:get-frame-totals', tabId: 10 }, popup)).toEqual({
      ok: true,
      value: [],
    });
    expect(
      await ask({ type: 'popup-to-background:get-frame-totals', tabId: 9 }, 'https://example.org/'),
    ).toBeUndefined();
    expect(await ask({ type: 'popup-to-background:get-frame-totals', tabId: -1 }, popup)).toBeUndefined();
  });

  test('totals are kept in session storage, so a restarted background resumes with them', async () => {
    const first = registerBadge(fakeBrowser as unknown as WxtBrowser);
    await first.ready;
    await report(8, 0, 2, { [A(1)]: 2 });
    await report(8, 3, 1, { [A(1)]: 1 });
    await settle();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const second = registerBadge(fakeBrowser as unknown as WxtBrowser);
    await second.ready;
    expect(second.totals().sum(8)).toBe(3);
  });
});

describe('commands', () => {
  test('the stepping frame is the top frame when it has matches, else the first frame that has', () => {
    expect(stepFrame([])).toBe(0);
    expect(stepFrame([0, 4])).toBe(0);
    expect(stepFrame([4, 9])).toBe(4);
  });

  test('next/previous commands go to the active tab’s stepping frame; "Full text" opens the popup', async () => {
    fakeBrowser.reset();
    let onCommand: ((name: string) => void) | undefined;
    const sendMessage = vi.fn(async () => undefined);
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    // The fake browser implements neither commands nor tabs.sendMessage, and has no way to make a tab active.
    const api = {
      ...fakeBrowser,
      commands: { onCommand: { addListener: (l: (name: string) => void) => (onCommand = l) } },
      tabs: {
        ...fakeBrowser.tabs,
        sendMessage,
        query: async (q: { active?: boolean }) => (q.active ? [tab] : fakeBrowser.tabs.query(q)),
      },
    } as unknown as WxtBrowser;
    const totals = new BadgeTotals();
    registerCommands(() => totals, api);
    totals.set(tab.id as number, 6, 2, {});

    onCommand?.('previous-match');
    onCommand?.('unrelated');
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(1));
    expect(sendMessage).toHaveBeenCalledWith(
      tab.id,
      { type: 'background-to-content:step-match', direction: -1 },
      { frameId: 6 },
    );

    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content-to-background:open-clause', clauseId: A(5) },
      { tab },
    );
    expect(answer).toEqual({ ok: true });
    const opened = await fakeBrowser.tabs.query({});
    expect(opened.map((t) => t.url)).toContain(
      fakeBrowser.runtime.getURL(`/popup.html?clause=${encodeURIComponent(A(5))}`),
    );
  });
});
