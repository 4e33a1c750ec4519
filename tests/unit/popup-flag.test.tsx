// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { createStorageHandler, isStorageMessage } from '../../utils/background/storage';
import type { ClauseMarkDB } from '../../utils/db/database';
import { makeDb } from '../fixtures/db/library';
import { fakePage, type FakePage } from './popup-support';

const TAB = 9;
const URL = 'https://weibo.example/post/88?utm_source=share';
const TEXT = [
  '公园门口有人在讲法轮功的事，保安过来劝离了。',
  '今天北京晴，最高气温二十六度。',
  'Long read: how Falun Gong practitioners abroad organise their newspapers.',
].join('\n');

let db: ClauseMarkDB;
let page: FakePage;

beforeEach(() => {
  fakeBrowser.reset();
  db = makeDb();
  // the background's real storage handler, over an in-memory IndexedDB, at the runtime messaging boundary
  const handler = createStorageHandler(db, { set: (items) => fakeBrowser.storage.local.set(items) });
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) =>
    isStorageMessage(raw) ? handler.handle(raw) : undefined,
  );
  page = fakePage(TAB, { url: URL, title: '微博正文', text: TEXT });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
});

const open = (search = `?tabId=${TAB}`) => render(<Popup search={search} />);

async function flagTab() {
  fireEvent.click(await screen.findByRole('tab', { name: 'Flag page' }));
  return screen.findByRole('group', { name: /Matches to review/ });
}

/** The review row of a quote in the flag form. */
function reviewOf(quote: string): HTMLElement {
  const row = screen
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.review-head mark')?.textContent === quote);
  if (!row) throw new Error(`no review row for ${quote}`);
  return row;
}

describe('popup: flag this page', () => {
  it('stores the capture with note, tags and a verdict given before flagging', async () => {
    open();
    const reviews = await flagTab();
    expect(within(reviews).getAllByRole('radiogroup')).toHaveLength(2); // 法轮功 and Falun Gong
    fireEvent.input(screen.getByRole('textbox', { name: 'Note on this capture' }), {
      target: { value: 'Post removed within the hour' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), {
      target: { value: 'weibo，deleted, weibo' },
    });
    fireEvent.click(within(reviewOf('Falun Gong')).getByRole('radio', { name: 'Dismiss' }));
    fireEvent.change(within(reviewOf('Falun Gong')).getByRole('textbox'), {
      target: { value: 'news report' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Flag this page' }));
    expect(await screen.findByText(/^Flagged\. Matches saved: 2;/)).toBeTruthy();

    const pages = await db.pages.toArray();
    expect(pages).toHaveLength(1);
    const [stored] = pages;
    expect(stored).toMatchObject({ url: URL, title: '微博正文', note: 'Post removed within the hour' });
    expect(stored?.tags).toEqual(['weibo', 'deleted']);
    expect((await db.snapshots.get(stored?.id ?? ''))?.text).toBe(TEXT);
    const matches = (await db.matches.toArray()).sort((a, b) => a.start - b.start);
    expect(matches.map((m) => [m.quote, m.verdict, m.note])).toEqual([
      ['法轮功', 'unreviewed', ''],
      ['Falun Gong', 'dismissed', 'news report'],
    ]);
    expect(await db.verdicts.count()).toBe(1);
    // the snapshot came from the page, not from the state list
    expect(page.received.map((m) => m.type)).toContain('popup-to-content:get-snapshot');
  });

  it('shows the page as flagged when reopened, with the dismissal remembered; later verdicts save at once', async () => {
    open();
    await flagTab();
    fireEvent.click(within(reviewOf('Falun Gong')).getByRole('radio', { name: 'Dismiss' }));
    fireEvent.click(screen.getByRole('button', { name: 'Flag this page' }));
    await screen.findByText(/^Flagged\./);
    cleanup();

    open();
    const history = await screen.findByRole('region', { name: 'Flagged before' });
    expect(history.textContent).toMatch(/Captures of this page: 1/);
    expect(
      await within(history).findByText('Since that capture: 2 still on the page, 0 disappeared.'),
    ).toBeTruthy();
    // the page list marks the dismissed match
    fireEvent.click(screen.getByRole('button', { name: /Art\. 10 \(v\)/, expanded: false }));
    const dismissed = screen.getAllByText('dismissed');
    expect(dismissed).toHaveLength(1);
    expect(dismissed[0]?.closest('button')?.querySelector('mark')?.textContent).toBe('Falun Gong');

    await flagTab();
    expect(screen.getByRole('button', { name: 'Flag again (new capture)' })).toBeTruthy();
    expect(
      (within(reviewOf('Falun Gong')).getByRole('radio', { name: 'Dismiss' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(within(reviewOf('法轮功')).getByRole('radio', { name: 'Confirm' }));
    await waitFor(async () =>
      expect((await db.matches.toArray()).find((m) => m.quote === '法轮功')?.verdict).toBe('confirmed'),
    );

    // a new capture takes both remembered verdicts
    fireEvent.click(screen.getByRole('button', { name: 'Flag again (new capture)' }));
    expect(
      await screen.findByText('Flagged. Matches saved: 2; with a verdict remembered from before: 2.'),
    ).toBeTruthy();
    expect(await db.pages.count()).toBe(2);
  });

  it('re-anchors the last capture against the page now and names what disappeared', async () => {
    open();
    await flagTab();
    fireEvent.click(screen.getByRole('button', { name: 'Flag this page' }));
    await screen.findByText(/^Flagged\./);
    cleanup();

    // the post's first sentence was taken down, the rest moved up
    page.text = TEXT.split('\n').slice(1).join('\n');
    open();
    const history = await screen.findByRole('region', { name: 'Flagged before' });
    expect(
      await within(history).findByText('Since that capture: 1 still on the page, 1 disappeared.'),
    ).toBeTruthy();
    const gone = within(history).getByRole('list', { name: 'Passages that disappeared' });
    expect(gone.textContent).toContain('Removed:');
    expect(gone.textContent).toContain('法轮功');
    expect(gone.textContent).toContain('Art. 10 (v)');
    const link = within(history).getByRole('link', { name: 'Open in the library' });
    const id = (await db.pages.toArray())[0]?.id ?? '(none)';
    expect(link.getAttribute('href')).toBe(
      `chrome-extension://test-extension-id/library.html#page=${encodeURIComponent(id)}`,
    );
  });

  it('shows the background’s refusal when the capture cannot be stored', async () => {
    page.url = ''; // the flag schema refuses an empty URL
    open();
    await flagTab();
    fireEvent.click(screen.getByRole('button', { name: 'Flag this page' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/url/);
    expect(await db.pages.count()).toBe(0);
  });
});
