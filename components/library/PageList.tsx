import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useLibrary } from './context';
import { PageListItem } from './PageListItem';
import type { PageRows } from './use-page-rows';
import { VirtualList } from './VirtualList';
import type { RowWindow } from './virtual-window';

export interface PageListProps {
  rows: PageRows;
  selected: ReadonlySet<string>;
  /** ids to add to (true) or take from (false) the selection */
  onSelect: (ids: string[], on: boolean) => void;
  openId: string | null;
  onOpen: (id: string) => void;
  onDeleteSelected: () => void;
  /** changes with the filter: the list starts again from its top */
  filterKey: string;
}

const PAGE_STEP = 10;

/**
 * The captured pages as one list box: a single tab stop; arrows, Page Up/Down, Home and End move through
 * all rows (scrolling the virtual list), Enter opens a page, Space marks it, Shift+Space marks a range,
 * Delete deletes the marked pages. Mouse: click opens, the tick box or Ctrl+click marks, Shift+click
 * marks a range.
 */
export function PageList(props: PageListProps) {
  const { rows, selected, onSelect, openId, onOpen, onDeleteSelected, filterKey } = props;
  const { t } = useLibrary();
  const total = rows.total ?? 0;
  const [active, setActive] = useState(0);
  const anchor = useRef(0);
  const lastWindow = useRef<RowWindow>({ first: 0, last: 0 });
  const { show } = rows;

  const onWindow = useCallback(
    (w: RowWindow) => {
      lastWindow.current = w;
      show(w);
    },
    [show],
  );
  // a new answer (other filter, or the library changed) may leave the rows on screen unloaded
  useEffect(() => show(lastWindow.current), [rows.answered, show]);
  useEffect(() => {
    if (active >= total && total > 0) setActive(total - 1);
  }, [total]);
  useEffect(() => setActive(0), [filterKey]);

  const idAt = (i: number) => rows.rowAt(i)?.id;
  const range = (a: number, b: number) => {
    const ids: string[] = [];
    for (let i = Math.min(a, b); i <= Math.max(a, b); i++) {
      const id = idAt(i);
      if (id) ids.push(id);
    }
    return ids;
  };
  const toggle = (i: number) => {
    const id = idAt(i);
    if (id) onSelect([id], !selected.has(id));
    anchor.current = i;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (total === 0) return;
    const move: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + PAGE_STEP,
      PageUp: active - PAGE_STEP,
      Home: 0,
      End: total - 1,
    };
    if (e.key in move) {
      e.preventDefault();
      const next = Math.max(0, Math.min(total - 1, move[e.key] as number));
      if (e.shiftKey) onSelect(range(anchor.current, next), true);
      setActive(next);
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      const id = idAt(active);
      if (id) onOpen(id);
    } else if (e.key === ' ') {
      e.preventDefault();
      if (e.shiftKey) onSelect(range(anchor.current, active), true);
      else toggle(active);
    } else if (e.key === 'Delete' && selected.size > 0) {
      e.preventDefault();
      onDeleteSelected();
    }
  };

  const onRowClick = (i: number, e: MouseEvent) => {
    setActive(i);
    if (e.shiftKey) return onSelect(range(anchor.current, i), true);
    if (e.ctrlKey || e.metaKey) return toggle(i);
    anchor.current = i;
    const id = idAt(i);
    if (id) onOpen(id);
  };

  return (
    <VirtualList
      class="page-list"
      role="listbox"
      aria-label={t('list.label')}
      aria-multiselectable="true"
      aria-activedescendant={total > 0 ? `page-row-${active}` : undefined}
      aria-busy={rows.stale || rows.total === null}
      tabIndex={0}
      onKeyDown={onKeyDown}
      count={total}
      onWindow={onWindow}
      ensureVisible={active}
      scrollKey={filterKey}
      data-total={rows.total ?? ''}
      data-answered={rows.answered}
      data-query-ms={rows.queryMs ?? ''}
      renderRow={(i, style) => {
        const row = rows.rowAt(i);
        return (
          <PageListItem
            key={i}
            index={i}
            total={total}
            row={row}
            style={style}
            id={`page-row-${i}`}
            selected={row ? selected.has(row.id) : false}
            active={i === active}
            open={row !== undefined && row.id === openId}
            onClick={(e) => onRowClick(i, e)}
            onToggle={() => {
              setActive(i);
              toggle(i);
            }}
          />
        );
      }}
    />
  );
}
