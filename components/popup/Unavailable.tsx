import { usePopup } from './context';

export type UnavailableReason = 'no-tab' | 'no-content-script' | 'never-scan';

export interface UnavailableProps {
  reason: UnavailableReason;
  /** the site on the never-scan list */
  host?: string;
  onScanAgain?: () => void;
}

/** Why nothing runs on this page, said plainly; the clause lookup keeps working. */
export function Unavailable({ reason, host, onScanAgain }: UnavailableProps) {
  const { t } = usePopup();
  return (
    <div class="unavailable" role="status">
      {reason === 'no-tab' && <p>{t('noTab')}</p>}
      {reason === 'no-content-script' && (
        <>
          <p>{t('cannotRun')}</p>
          <p class="hint">{t('cannotRunHint')}</p>
        </>
      )}
      {reason === 'never-scan' && (
        <>
          <p>{t('neverScanned', { host: host ?? '' })}</p>
          {onScanAgain && (
            <button type="button" onClick={onScanAgain}>
              {t('scanAgain')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
