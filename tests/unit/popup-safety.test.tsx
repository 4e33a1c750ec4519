// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { createStorageHandler, isStorageMessage } from '../../utils/background/storage';
import type { ClauseMarkDB } from '../../utils/db/database';
import { makeDb } from '../fixtures/db/library';
import { fakePage } from './popup-support';

const TAB = 5;
const PAYLOAD = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';

let db: ClauseMarkDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = makeDb();
  const handler = createStorageHandler(db, { set: (items) => fakeBrowser.storage.local.set(items) });
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) =>
    isStorageMessage(raw) ? handler.handle(raw) : undefined,
  );
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
  delete (globalThis as { pwned?: unknown }).pwned;
});

/** Elements a payload would create if it were parsed as HTML anywhere in the popup. */
const injected = () =>
  document.querySelectorAll('img, script, iframe, object, embed, svg, [onerror], [onload]');

describe('popup: untrusted text', () => {
  it('renders page text, title, URL, notes and tags containing markup as inert text', async () => {
    fakePage(TAB, {
      url: `https://example.com/p?q=${encodeURIComponent(PAYLOAD)}#${PAYLOAD}`,
      title: `Title ${PAYLOAD}`,
      text: `${PAYLOAD}有人在讲法轮功${PAYLOAD}`,
    });
    render(<Popup search={`?tabId=${TAB}`} />);
    fireEvent.click(await screen.findByRole('button', { name: /Art\. 10 \(v\)/, expanded: false }));
    const snippet = document.querySelector('.snippet');
    // the snippet shows the markup around the match as characters
    expect(snippet?.textContent).toContain('</script>有人在讲法轮功<img src=x');
    expect(snippet?.querySelector('mark')?.textContent).toBe('法轮功');

    fireEvent.click(screen.getByRole('tab', { name: 'Flag page' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Note on this capture' }), {
      target: { value: `note ${PAYLOAD}` },
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: `<b>tag</b>` } });
    fireEvent.change(screen.getByRole('textbox', { name: /Note on “法轮功”/ }), {
      target: { value: PAYLOAD },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Flag this page' }));
    await screen.findByText(/^Flagged\./);
    expect(injected()).toHaveLength(0);
    cleanup();

    render(<Popup search={`?tabId=${TAB}`} />);
    const history = await screen.findByRole('region', { name: 'Flagged before' });
    const text = history.textContent ?? '';
    expect(text).toContain(`Title ${PAYLOAD}`);
    expect(text).toContain(`note ${PAYLOAD}`);
    expect(text).toContain('<b>tag</b>');
    expect(text).toContain('https://example.com/p?q=');
    expect(within(history).queryByRole('link', { name: /example\.com/ })).toBeNull();
    expect(injected()).toHaveLength(0);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });
});
