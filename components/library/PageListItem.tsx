import type { CSSProperties } from 'preact';
import type { PageListRow } from '../../utils/db/query';
import { useLibrary } from './context';
import { clauseColor, clauseLocator, formatInstant } from './format';

const CHIPS = 4;

export interface PageListItemProps {
  index: number;
  total: number;
  row: PageListRow | undefined;
  style: CSSProperties;
  id: string;
  selected: boolean;
  active: boolean;
  open: boolean;
  onClick: (e: MouseEvent) => void;
  onToggle: (e: MouseEvent) => void;
}

/** One captured page in the list: an option of the list box (selected = marked for deletion or export). */
export function PageListItem(p: PageListItemProps) {
  const { t, tn, lang } = useLibrary();
  const { row } = p;
  const classes = ['page-row', p.active && 'active', p.open && 'open', p.selected && 'selected']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={p.id}
      role="option"
      class={classes}
      style={p.style}
      aria-selected={p.selected}
      aria-posinset={p.index + 1}
      aria-setsize={p.total}
      aria-current={p.open ? 'page' : undefined}
      onClick={p.onClick}
      data-page-id={row?.id}
    >
      <span
        class="tick"
        aria-hidden="true"
        title={t('list.toggleSelect')}
        onClick={(e) => {
          e.stopPropagation();
          p.onToggle(e);
        }}
      >
        {p.selected ? '☑' : '☐'}
      </span>
      {row ? (
        <span class="page-row-body">
          <span class="page-title">{row.title || t('list.untitled')}</span>
          <span class="page-meta">
            <span class="domain">{row.domain || row.url}</span>
            <span class="when">{formatInstant(row.flaggedAt, lang)}</span>
            <span class="count">{tn('list.matches', row.matchCount)}</span>
            {row.verdicts.includes('confirmed') && (
              <span class="verdict-confirmed">{t('verdict.confirmed')}</span>
            )}
            {row.tags.length > 0 && <span class="tags">{row.tags.map((tag) => `#${tag}`).join(' ')}</span>}
          </span>
          <span class="chips">
            {row.clauseIds.slice(0, CHIPS).map((id) => (
              <span key={id} class="chip" style={{ borderColor: clauseColor(id) }}>
                {clauseLocator(id, lang)}
              </span>
            ))}
            {row.clauseIds.length > CHIPS && <span class="chip more">+{row.clauseIds.length - CHIPS}</span>}
          </span>
        </span>
      ) : (
        <span class="page-row-body loading">{t('list.loadingRow')}</span>
      )}
    </div>
  );
}
