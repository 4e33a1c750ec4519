// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POPUP_STRINGS } from '../../utils/i18n/popup';
import { fakePage, memoryStorage, renderPopup } from './popup-support';

const TAB = 4;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup: languages', () => {
  it('has every string in both languages, with the same placeholders', () => {
    const en = POPUP_STRINGS.en;
    const zh = POPUP_STRINGS.zh;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), `en.${key}`).not.toBe('');
      expect(zh[key].trim(), `zh.${key}`).not.toBe('');
      expect(placeholders(zh[key]), `placeholders of ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it('follows the saved choice, and saves a new one', async () => {
    fakePage(TAB, { text: '有人在讲法轮功。' });
    const storage = memoryStorage({ uiLanguage: 'zh' });
    renderPopup(`?tabId=${TAB}`, storage);
    expect(await screen.findByText('本页匹配：1 处')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'en' } });
    expect(await screen.findByText('Matches on this page: 1')).toBeTruthy();
    expect(storage.settings.uiLanguage).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the browser language when the setting is "auto"', async () => {
    fakePage(TAB, { text: '有人在讲法轮功。' });
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
    renderPopup(`?tabId=${TAB}`, memoryStorage({ uiLanguage: 'auto' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: '条款查询' })).toBeTruthy());
  });
});

describe('popup: keyboard', () => {
  it('moves between sections with the arrow keys, one tab stop for the tab list', async () => {
    fakePage(TAB, { text: '有人在讲法轮功。' });
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    (tabs[0] as HTMLElement).focus();
    fireEvent.keyDown(tabs[0] as HTMLElement, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Clause lookup'));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(document.activeElement?.id);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Flag page'));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('This page'));
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });

  it('labels every form control and keeps the natural tab order', async () => {
    fakePage(TAB, { text: '有人在讲法轮功。Falun Gong too.' });
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    await screen.findByText('Matches on this page: 2');
    for (const tab of ['This page', 'Clause lookup', 'Flag page']) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      await waitFor(() =>
        expect(screen.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true'),
      );
      for (const input of document.querySelectorAll('input, select, textarea'))
        expect(
          input.closest('label') ??
            document.querySelector(`label[for="${input.id}"]`) ??
            input.getAttribute('aria-label'),
          `${tab}: ${input.tagName}`,
        ).toBeTruthy();
      expect(document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').length).toBe(0);
    }
  });
});
