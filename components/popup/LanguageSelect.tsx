import type { Settings } from '../../utils/settings';
import { usePopup } from './context';

type UiLanguage = Settings['uiLanguage'];

/** The UI language: the browser's, English or Simplified Chinese; the choice is saved in the settings. */
export function LanguageSelect({
  value,
  onChange,
}: {
  value: UiLanguage;
  onChange: (v: UiLanguage) => void;
}) {
  const { t } = usePopup();
  return (
    <label class="language">
      <span class="visually-hidden">{t('language')}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as UiLanguage)}>
        <option value="auto">{t('languageAuto')}</option>
        <option value="en" lang="en">
          English
        </option>
        <option value="zh" lang="zh-CN">
          中文（简体）
        </option>
      </select>
    </label>
  );
}
