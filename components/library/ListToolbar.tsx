import { useLibrary } from './context';
import { formatCount } from './format';

export interface ListToolbarProps {
  total: number | null;
  library: number | null;
  selected: number;
  queryMs: number | null;
  onSelectAll: () => void;
  onClearSelection: () => void;
  onDeleteSelected: () => void;
  busy: boolean;
}

/** How many pages the list shows, and what can be done with the marked ones. */
export function ListToolbar(p: ListToolbarProps) {
  const { t, tn, lang } = useLibrary();
  const shown = p.total === null ? '…' : formatCount(p.total, lang);
  const all = p.library === null ? '…' : formatCount(p.library, lang);
  return (
    <div class="list-toolbar">
      <p class="count" role="status" aria-live="polite">
        {p.total !== null && p.library !== null && p.total === p.library
          ? tn('list.countAll', p.total)
          : t('list.count', { n: shown, all })}
        {p.queryMs !== null && (
          <span class="timing"> · {t('list.queryMs', { ms: p.queryMs.toFixed(0) })}</span>
        )}
      </p>
      <div class="selection" role="group" aria-label={t('list.selection')}>
        <button type="button" onClick={p.onSelectAll} disabled={!p.total || p.busy}>
          {t('list.selectAll', { n: shown })}
        </button>
        {p.selected > 0 && (
          <>
            <span>{t('list.selected', { n: formatCount(p.selected, lang) })}</span>
            <button type="button" onClick={p.onClearSelection}>
              {t('list.clearSelection')}
            </button>
            <button type="button" class="danger" onClick={p.onDeleteSelected} disabled={p.busy}>
              {t('list.deleteSelected', { n: formatCount(p.selected, lang) })}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
