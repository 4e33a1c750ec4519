import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveLang, translator } from '../../utils/i18n';
import { POPUP_STRINGS } from '../../utils/i18n/popup';
import { libraryUrl } from '../shared/library-url';
import { CaptureHistory } from './CaptureHistory';
import { PopupContext } from './context';
import { FlagPanel } from './FlagPanel';
import { useMatchesInFrames } from './frame-totals';
import { LanguageSelect } from './LanguageSelect';
import { LookupPanel } from './LookupPanel';
import { panelId, PanelTabs, tabId as tabDomId } from './PanelTabs';
import { popOut, readParams } from './params';
import { PagePanel } from './PagePanel';
import { isListed, siteOf, withSite } from './sites';
import { SiteSwitch } from './SiteSwitch';
import { storageClient, type StorageClient } from './storage-client';
import { PageStatusMessage } from './PageStatusMessage';
import { useEvidence } from './use-evidence';
import { useSettings } from './use-settings';
import { usePageState } from './use-page-state';

type Panel = 'page' | 'lookup' | 'flag';

export interface PopupProps {
  /** the popup's location.search: ?tabId=N, ?clause=<id> */
  search: string;
  api?: typeof browser;
  storage?: StorageClient;
  doc?: Document;
}

/** The toolbar popup (or its popped-out tab): this page's matches, the clause lookup, flagging the page. */
export function Popup({ search, api = browser, storage: given, doc = document }: PopupProps) {
  const params = useMemo(() => readParams(search), [search]);
  const storage = useMemo(() => given ?? storageClient(api), [given, api]);
  const { settings, save: saveSettings, problem: settingsProblem } = useSettings(storage, api);
  const [problem, setProblem] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(params.clause ? 'lookup' : 'page');
  const [clause, setClause] = useState<string | null>(params.clause);
  const page = usePageState(params, api);
  const state = page.status.kind === 'ready' ? page.status.state : null;
  const evidence = useEvidence(storage, state ? page.content : null, state?.url ?? null);
  const inFrames = useMatchesInFrames(page.tabId, api);
  const lang = resolveLang(settings.uiLanguage);
  const env = useMemo(() => ({ lang, t: translator(POPUP_STRINGS, lang) }), [lang]);
  const { t } = env;

  useEffect(() => {
    doc.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    doc.title = t('title');
  }, [doc, lang, t]);

  const act = async (task: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await task();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
    await page.refresh();
  };
  const content = page.content;
  const reveal = (index: number) => void act(async () => content?.reveal(index));
  const step = (direction: 1 | -1) => void act(async () => content?.step(direction));
  const lookup = (id: string) => {
    setClause(id);
    setPanel('lookup');
  };

  const host = state ? siteOf(state.url) : null;
  const setSite = (listed: boolean) =>
    void (async () => {
      if (!host) return;
      await saveSettings({ neverScanSites: withSite(settings.neverScanSites, host, listed) });
      // the page follows the settings through storage; give it a moment before reading its state again
      await new Promise((r) => setTimeout(r, 250));
      await page.refresh();
    })();

  const blocked = <PageStatusMessage status={page.status} host={host} onScanAgain={() => setSite(false)} />;
  // the page's sections need a page ClauseMark reads
  const shown = state && state.status !== 'off' ? state : null;

  const history =
    evidence.flags && evidence.flags.captures.length > 0 ? (
      <CaptureHistory
        flags={evidence.flags}
        currentText={evidence.currentText}
        libraryUrl={(page) => libraryUrl({ page }, api)}
        onOpen={(url) => void api.tabs.create({ url })}
      />
    ) : null;

  const tabs = [
    { id: 'page' as const, label: t('tabPage') },
    { id: 'lookup' as const, label: t('tabLookup') },
    { id: 'flag' as const, label: t('tabFlag') },
  ];

  return (
    <PopupContext.Provider value={env}>
      <div class="popup">
        <header class="top">
          <h1>{t('title')}</h1>
          <div class="top-actions">
            <LanguageSelect
              value={settings.uiLanguage}
              onChange={(v) => void saveSettings({ uiLanguage: v })}
            />
            {params.tabId === null && typeof page.tabId === 'number' && (
              <button type="button" onClick={() => void popOut(page.tabId as number, api, doc.defaultView)}>
                {t('popOut')}
              </button>
            )}
          </div>
        </header>
        <PanelTabs tabs={tabs} active={panel} onSelect={setPanel} label={t('sections')} />
        <div class="panel" id={panelId(panel)} role="tabpanel" aria-labelledby={tabDomId(panel)} tabIndex={0}>
          {panel === 'page' &&
            (!shown ? (
              blocked
            ) : (
              <PagePanel
                state={shown}
                inFrames={inFrames}
                verdictOf={evidence.verdictOf}
                onReveal={reveal}
                onStep={step}
                onVisibility={(change) => void act(async () => content?.setVisibility(change))}
                onLookup={lookup}
                siteControl={
                  host && (
                    <SiteSwitch
                      host={host}
                      listed={isListed(settings.neverScanSites, host)}
                      onChange={setSite}
                    />
                  )
                }
                history={history}
              />
            ))}
          {panel === 'lookup' && (
            <LookupPanel
              selected={clause}
              onSelect={setClause}
              enabledDocuments={settings.enabledDocuments}
              matches={state?.matches ?? []}
              focused={state?.focused ?? null}
              verdictOf={evidence.verdictOf}
              onReveal={reveal}
            />
          )}
          {panel === 'flag' && (shown ? <FlagPanel matches={shown.matches} evidence={evidence} /> : blocked)}
        </div>
        {(problem ?? settingsProblem ?? evidence.error) && (
          <p class="problem" role="alert">
            {problem ?? settingsProblem ?? evidence.error}
          </p>
        )}
      </div>
    </PopupContext.Provider>
  );
}
