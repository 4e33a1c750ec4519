// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../utils/db/settings';
import { LIBRARY_STRINGS } from '../../utils/i18n/library';
import { libraryWorld, renderLibrary, type LibraryWorld } from './library-support';

let world: LibraryWorld;
afterEach(() => {
  cleanup();
  world?.db.close();
});

const stored = async () => (await loadSettings(world.db)).settings;

describe('library: settings', () => {
  it('stores each change and hands it to the content scripts', async () => {
    world = await libraryWorld({ sample: false });
    renderLibrary(world.backend, '#settings');
    const visible = (await screen.findByRole('checkbox', { name: 'Show highlights' })) as HTMLInputElement;
    expect(visible.checked).toBe(true);
    fireEvent.click(visible);
    fireEvent.click(screen.getByRole('checkbox', { name: /Art\. 10 \(vii\)/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Seven baselines' }));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        highlightsVisible: false,
        hiddenFamilies: ['art10-7', 'baseline'],
      }),
    );
    // the background hands the stored settings on to the content scripts after storing them
    await waitFor(() =>
      expect(world.mirrored.at(-1)?.settings).toMatchObject({
        highlightsVisible: false,
        hiddenFamilies: ['art10-7', 'baseline'],
      }),
    );

    const popupOnly = screen.getByRole('radio', { name: /List matches in the popup only/ });
    expect(popupOnly.closest('label')?.textContent).toContain('the page sees no trace of ClauseMark');
    fireEvent.click(popupOnly);
    await waitFor(async () => expect((await stored()).drawMode).toBe('popup-only'));
  });

  it('switches clause documents: the conventions are off until switched on', async () => {
    world = await libraryWorld({ sample: false });
    renderLibrary(world.backend, '#settings');
    const isc = (await screen.findByRole('checkbox', {
      name: /China Internet Sector Self-Discipline Convention/,
    })) as HTMLInputElement;
    const art10 = screen.getByRole('checkbox', { name: /Micro-Blog Development/ }) as HTMLInputElement;
    expect([isc.checked, art10.checked]).toEqual([false, true]);
    expect(isc.closest('label')?.textContent).toContain('off unless switched on');
    fireEvent.click(isc);
    await waitFor(async () =>
      expect((await stored()).enabledDocuments).toEqual([
        'bj-microblog-2011',
        'seven-baselines-2013',
        'isc-convention-2002',
      ]),
    );
  });

  it('keeps never-scan sites as host names and refuses text that names none', async () => {
    world = await libraryWorld({ sample: false });
    renderLibrary(world.backend, '#settings');
    const field = await screen.findByLabelText('Site (host name)');
    fireEvent.input(field, { target: { value: 'https://www.Weibo.com/u/123' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.input(field, { target: { value: 'not a site' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“not a site” is not a site name (e.g. weibo.com).',
    );
    await waitFor(async () => expect((await stored()).neverScanSites).toEqual(['www.weibo.com']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove www.weibo.com' }));
    await waitFor(async () => expect((await stored()).neverScanSites).toEqual([]));
  });

  it('switches the whole page to Chinese and remembers the choice', async () => {
    world = await libraryWorld({ sample: false });
    renderLibrary(world.backend, '#settings');
    fireEvent.change(await screen.findByLabelText('Language of ClauseMark'), { target: { value: 'zh' } });
    expect(await screen.findByRole('heading', { level: 2, name: '设置' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('ClauseMark 资料库');
    expect(screen.getByRole('link', { name: '已标记网页' })).toBeTruthy();
    await waitFor(async () => expect((await stored()).uiLanguage).toBe('zh'));
    cleanup();
    renderLibrary(world.backend, '#pages');
    expect(
      await screen.findByText('尚未标记任何网页。在 ClauseMark 弹出窗口中标记网页，即可收入此处。'),
    ).toBeTruthy();
  });
});

describe('library strings', () => {
  it('have every key in both languages, none empty, with the same placeholders', () => {
    const keys = Object.keys(LIBRARY_STRINGS.en);
    expect(Object.keys(LIBRARY_STRINGS.zh).sort()).toEqual([...keys].sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) {
      const en = LIBRARY_STRINGS.en[key as keyof typeof LIBRARY_STRINGS.en];
      const zh = LIBRARY_STRINGS.zh[key as keyof typeof LIBRARY_STRINGS.zh];
      expect(en.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(holes(zh), key).toEqual(holes(en));
    }
  });
});
