import { usePopup } from './context';
import { Unavailable } from './Unavailable';
import type { PageStatus } from './use-page-state';

/**
 * What stands in for the page's sections while there is nothing to show: reading, no page, a page ClauseMark
 * cannot run in, an error, or a never-scan site. Null when the page can be shown.
 */
export function PageStatusMessage({
  status,
  host,
  onScanAgain,
}: {
  status: PageStatus;
  host: string | null;
  onScanAgain: () => void;
}) {
  const { t } = usePopup();
  switch (status.kind) {
    case 'loading':
      return (
        <p class="hint" role="status">
          {t('loading')}
        </p>
      );
    case 'no-tab':
      return <Unavailable reason="no-tab" />;
    case 'unavailable':
      return <Unavailable reason="no-content-script" />;
    case 'error':
      return <p role="alert">{t('pageError', { message: status.message })}</p>;
    case 'ready':
      return status.state.status === 'off' ? (
        <Unavailable reason="never-scan" host={host ?? ''} onScanAgain={onScanAgain} />
      ) : null;
  }
}
