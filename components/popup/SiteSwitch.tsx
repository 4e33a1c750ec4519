import { usePopup } from './context';

/** "Never scan this site": puts the page's site on the settings' never-scan list (or takes it off). */
export function SiteSwitch({
  host,
  listed,
  onChange,
}: {
  host: string;
  listed: boolean;
  onChange: (listed: boolean) => void;
}) {
  const { t } = usePopup();
  return (
    <label class="check site-switch">
      <input type="checkbox" checked={listed} onChange={(e) => onChange(e.currentTarget.checked)} />
      {t('neverScanSite', { host })}
    </label>
  );
}
