import { useId, useState } from 'preact/hooks';
import { REGISTRY } from '../../utils/clauses';
import type { Settings } from '../../utils/settings';
import { useLibrary } from './context';
import { formatDate } from './format';
import { HighlightSettings } from './HighlightSettings';
import { ListEditor } from './ListEditor';
import { siteName } from './site-name';

export interface SettingsSectionProps {
  settings: Settings;
  /** stores a change; rejects with the storage layer's reason */
  onSettings: (patch: Partial<Settings>) => Promise<void>;
}

/** ClauseMark's settings; each change is stored at once (and applies to open tabs). */
export function SettingsSection({ settings, onSettings }: SettingsSectionProps) {
  const { t, lang } = useLibrary();
  const langId = useId();
  const [status, setStatus] = useState<{ ok: true } | { ok: false; error: string } | null>(null);
  const save = (patch: Partial<Settings>) =>
    void onSettings(patch).then(
      () => setStatus({ ok: true }),
      (err: unknown) => setStatus({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );

  return (
    <div class="settings-section">
      <h2>{t('settings.heading')}</h2>
      <p class="status" role="status">
        {status?.ok && t('settings.saved')}
      </p>
      {status && !status.ok && (
        <p class="error" role="alert">
          {status.error}
        </p>
      )}
      <HighlightSettings settings={settings} onChange={save} />
      <fieldset class="draw-mode">
        <legend>{t('settings.drawMode')}</legend>
        {(['inline', 'popup-only'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="draw-mode"
              checked={settings.drawMode === mode}
              onChange={() => save({ drawMode: mode })}
            />
            <span class="option-name">{t(`settings.drawMode.${mode}`)}</span>
            <span class="explain">{t(`settings.drawMode.${mode}.explain`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="documents">
        <legend>{t('settings.documents')}</legend>
        {REGISTRY.documents.map((d) => (
          <label key={d.id}>
            <input
              type="checkbox"
              checked={settings.enabledDocuments.includes(d.id)}
              onChange={(e) =>
                save({
                  enabledDocuments: e.currentTarget.checked
                    ? [...settings.enabledDocuments, d.id]
                    : settings.enabledDocuments.filter((x) => x !== d.id),
                })
              }
            />
            <span class="option-name">{d.title[lang]}</span>
            <span class="explain">
              {d.issuer[lang]}, {formatDate(d.date, lang)}
              {!d.defaultEnabled && ` · ${t('settings.offByDefault')}`}
            </span>
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="never-heading">
        <h3 id="never-heading">{t('settings.neverScan')}</h3>
        <ListEditor
          label={t('settings.neverScanLabel')}
          hint={t('settings.neverScanHint')}
          items={settings.neverScanSites}
          addLabel={t('settings.add')}
          removeLabel={(item) => t('settings.remove', { item })}
          normalize={(raw) => {
            const host = siteName(raw);
            return host ? { value: host } : { error: t('settings.badSite', { text: raw }) };
          }}
          onChange={(neverScanSites) => save({ neverScanSites })}
        />
      </section>
      <div class="field">
        <label for={langId}>{t('settings.language')}</label>
        <select
          id={langId}
          value={settings.uiLanguage}
          onChange={(e) => save({ uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })}
        >
          <option value="auto">{t('settings.language.auto')}</option>
          <option value="en" lang="en">
            English
          </option>
          <option value="zh" lang="zh-CN">
            简体中文
          </option>
        </select>
      </div>
    </div>
  );
}
