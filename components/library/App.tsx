import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { resolveLang } from '../../utils/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import type { LibraryBackend } from './backend';
import { LibraryContext, libraryWords, type LibraryEnv } from './context';
import { formatCount } from './format';
import { LibraryView } from './LibraryView';
import { Nav } from './Nav';
import { PacksSection } from './PacksSection';
import { parseRoute, routeHash, type Route } from './route';
import { SettingsSection } from './SettingsSection';

export interface AppProps {
  backend: LibraryBackend;
  win?: Window;
}

/** The library page: sections chosen by the address's hash, in the language the settings ask for. */
export function App({ backend, win = window }: AppProps) {
  const [route, setRoute] = useState<Route>(() => parseRoute(win.location.hash, win.location.search));
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsError, setSettingsError] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(win.location.hash));
    win.addEventListener('hashchange', onHash);
    return () => win.removeEventListener('hashchange', onHash);
  }, [win]);

  const loadSettings = useCallback(() => {
    backend.getSettings().then(
      (s) => {
        setSettings(s);
        setSettingsError(null);
      },
      (err: unknown) => {
        setSettings((s) => s ?? DEFAULT_SETTINGS);
        setSettingsError(err instanceof Error ? err.message : String(err));
      },
    );
  }, [backend]);
  useEffect(loadSettings, [loadSettings]);
  useEffect(() => backend.watch(loadSettings), [backend, loadSettings]);

  const lang = resolveLang(settings?.uiLanguage ?? 'auto', win.navigator.language);
  const env = useMemo<LibraryEnv>(
    () => ({ backend, lang, ...libraryWords(lang, (n) => formatCount(n, lang)) }),
    [backend, lang],
  );
  useEffect(() => {
    win.document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    win.document.title = env.t('app.title');
  }, [lang]);

  const navigate = (next: Route) => {
    win.location.hash = routeHash(next);
    setRoute(next);
  };
  // shown at once, so a second change made before the first is stored builds on it; only the answer to the
  // latest change is applied (answers may arrive out of order)
  const saves = useRef(0);
  const saveSettings = async (patch: Partial<Settings>) => {
    const n = ++saves.current;
    setSettings((s) => s && { ...s, ...patch });
    try {
      const stored = await backend.saveSettings(patch);
      if (n === saves.current) setSettings(stored);
    } catch (err) {
      loadSettings();
      throw err;
    }
  };

  return (
    <LibraryContext.Provider value={env}>
      <header class="app-header">
        <h1>{env.t('app.title')}</h1>
        <Nav current={route.section} />
      </header>
      <main>
        {settingsError && (
          <p class="error" role="alert">
            {env.t('app.settingsError', { error: settingsError })}
          </p>
        )}
        {route.section === 'pages' && (
          <LibraryView
            openId={route.page}
            onOpen={(page) => navigate({ section: 'pages', page })}
            onClose={() => navigate({ section: 'pages', page: null })}
          />
        )}
        {route.section === 'packs' && settings && (
          <PacksSection settings={settings} onSettings={saveSettings} />
        )}
        {route.section === 'settings' && settings && (
          <SettingsSection settings={settings} onSettings={saveSettings} />
        )}
      </main>
    </LibraryContext.Provider>
  );
}
