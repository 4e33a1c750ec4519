import { getClause, REGISTRY } from '../../utils/clauses';
import type { Lang } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { useLibrary, type Translate } from './context';

export interface HighlightSettingsProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** An Article 10 family is named by its item; the others by what they collect. */
function familyName(family: string, lang: Lang, t: Translate): string {
  if (family === 'baseline') return t('settings.family.baseline');
  if (family === 'convention') return t('settings.family.convention');
  const c = getClause(`bj-microblog-2011/${family}`);
  return c ? `${c.locator[lang]} ${c.label[lang]}` : family;
}

/** Defaults for new tabs: highlights on or off, and colour families hidden (each tab can change them). */
export function HighlightSettings({ settings, onChange }: HighlightSettingsProps) {
  const { t, lang } = useLibrary();
  const hidden = new Set(settings.hiddenFamilies);
  return (
    <fieldset class="highlight-settings">
      <legend>{t('settings.highlights')}</legend>
      <label>
        <input
          type="checkbox"
          checked={settings.highlightsVisible}
          onChange={(e) => onChange({ highlightsVisible: e.currentTarget.checked })}
        />
        {t('settings.highlightsVisible')}
      </label>
      <fieldset class="families">
        <legend>{t('settings.families')}</legend>
        {REGISTRY.families.map((f) => (
          <label key={f.id}>
            <input
              type="checkbox"
              checked={!hidden.has(f.id)}
              onChange={(e) =>
                onChange({
                  hiddenFamilies: e.currentTarget.checked
                    ? settings.hiddenFamilies.filter((x) => x !== f.id)
                    : [...settings.hiddenFamilies, f.id],
                })
              }
            />
            <span class="swatch" style={{ background: f.color }} aria-hidden="true" />
            {familyName(f.id, lang, t)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
