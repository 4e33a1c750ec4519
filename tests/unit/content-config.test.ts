import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildMatcher, isNeverScan, loadConfig, watchConfig } from '../../entrypoints/content/config';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
const at = (href: string, ancestors: string[] = []) =>
  ({
    hostname: new URL(href).hostname,
    ancestorOrigins: { length: ancestors.length, item: (i: number) => ancestors[i] ?? null },
  }) as unknown as Location;

const PACK = {
  format: 'clausemark-lexicon/1',
  id: 'my-pack',
  name: { zh: '我的', en: 'Mine' },
  entries: [{ term: '绿坝娘', lang: 'zh', clauses: ['bj-microblog-2011/art10-11'], note: 'test pack term' }],
};

describe('never-scan sites', () => {
  test('a listed host and its subdomains are not scanned; other hosts are', () => {
    const s = settings({ neverScanSites: ['Example.org', '*.bank.test'] });
    expect(isNeverScan(s, at('https://example.org/a'))).toBe(true);
    expect(isNeverScan(s, at('https://www.example.org/a'))).toBe(true);
    expect(isNeverScan(s, at('https://online.bank.test/'))).toBe(true);
    expect(isNeverScan(s, at('https://notexample.org/'))).toBe(false);
    expect(isNeverScan(settings({}), at('https://example.org/'))).toBe(false);
  });

  test('a frame inside a listed page is not scanned either, when the browser says whose page it is', () => {
    const s = settings({ neverScanSites: ['example.org'] });
    expect(isNeverScan(s, at('https://ads.test/frame', ['https://example.org']))).toBe(true);
    expect(isNeverScan(s, at('https://ads.test/frame', ['null']))).toBe(false);
  });
});

describe('matcher', () => {
  test('packs add their terms; the allow-list cancels matches; a bad pack is skipped with an error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { matcher } = buildMatcher([PACK, { format: 'clausemark-lexicon/1', id: 'broken' }], []);
    expect(matcher.match('我们都讨厌绿坝娘').map((m) => m.text)).toEqual(['绿坝娘']);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[1])).toContain('activePacks[1] (broken)');
    const allowed = buildMatcher([PACK], ['讨厌绿坝娘']).matcher;
    expect(allowed.match('我们都讨厌绿坝娘')).toEqual([]);
    error.mockRestore();
  });
});

describe('stored configuration', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  test('reads settings (defaults for what is damaged) and packs', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      settings: { drawMode: 'popup-only', hiddenFamilies: 7 },
      activePacks: [PACK],
    });
    const config = await loadConfig();
    expect(config.settings.drawMode).toBe('popup-only');
    expect(config.settings.hiddenFamilies).toEqual([]);
    expect(config.packs).toEqual([PACK]);
  });

  test('changes are reported parsed; writing the same value again is no change', async () => {
    const seen: unknown[] = [];
    const stop = watchConfig((c) => seen.push(c));
    await fakeBrowser.storage.local.set({ settings: { drawMode: 'popup-only' } });
    await fakeBrowser.storage.local.set({ settings: { drawMode: 'popup-only' } });
    await fakeBrowser.storage.local.set({ activePacks: [PACK] });
    stop();
    await fakeBrowser.storage.local.set({ activePacks: [] });
    expect(seen).toHaveLength(2);
    expect((seen[0] as { settings: Settings }).settings.drawMode).toBe('popup-only');
    expect(seen[1]).toEqual({ packs: [PACK] });
  });
});
