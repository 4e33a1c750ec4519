import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Facets } from './backend';
import { useLibrary } from './context';
import { ExportPanel } from './ExportPanel';
import { EMPTY_FILTER, isFiltered, toLibraryFilter, type FilterState } from './filter-query';
import { FilterBar } from './FilterBar';
import { ImportPanel } from './ImportPanel';
import { ListToolbar } from './ListToolbar';
import { PageDetail } from './PageDetail';
import { PageList } from './PageList';
import { UndoBar, type UndoState } from './UndoBar';
import { usePageRows } from './use-page-rows';

export interface LibraryViewProps {
  openId: string | null;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/** The flagged pages: filters, the virtual list, the open page's detail, deletion with undo, export and import. */
export function LibraryView({ openId, onOpen, onClose }: LibraryViewProps) {
  const { t, backend } = useLibrary();
  const [filter, setFilter] = useState<FilterState>(EMPTY_FILTER);
  const [version, setVersion] = useState(0);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<UndoState | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = usePageRows(backend, filter, version);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => backend.watch(bump), [backend, bump]);
  // the filter values read every page: asked for once the list has its first rows, so they never delay them
  const listed = rows.answered > 0;
  useEffect(() => {
    if (!listed) return;
    let live = true;
    backend.facets().then(
      (f) => live && setFacets(f),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [backend, version, listed]);

  const select = (ids: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  const remove = async (ids: string[]) => {
    if (ids.length === 0) return;
    setBusy(true);
    try {
      const result = await backend.deletePages(ids);
      setUndo({ kind: 'deleted', token: result.token, pages: result.pages, matches: result.matches });
      select(ids, false);
      if (openId && ids.includes(openId)) onClose();
      bump();
    } catch (err) {
      setUndo({ kind: 'failed', error: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (token: string) => {
    try {
      const result = await backend.undoDelete(token);
      setUndo({ kind: 'restored', pages: result.pages });
      bump();
    } catch (err) {
      setUndo({ kind: 'failed', error: err instanceof Error ? err.message : String(err) });
    }
  };

  const empty = rows.total === 0 && !rows.stale;
  return (
    <div class="library-view">
      <FilterBar filter={filter} facets={facets} onChange={setFilter} />
      <ListToolbar
        total={rows.total}
        library={facets?.pages ?? null}
        selected={selected.size}
        queryMs={rows.queryMs}
        busy={busy}
        onSelectAll={() => select([...rows.ids], true)}
        onClearSelection={() => setSelected(new Set())}
        onDeleteSelected={() => void remove([...selected])}
      />
      <UndoBar state={undo} onUndo={(token) => void restore(token)} onDismiss={() => setUndo(null)} />
      {rows.error && (
        <p class="error" role="alert">
          {rows.error}
        </p>
      )}
      <div class={`panes${openId ? ' with-detail' : ''}`}>
        <div class="list-pane">
          {empty && <p class="empty">{isFiltered(filter) ? t('list.noneMatch') : t('list.emptyLibrary')}</p>}
          <PageList
            rows={rows}
            selected={selected}
            onSelect={select}
            openId={openId}
            onOpen={onOpen}
            onDeleteSelected={() => void remove([...selected])}
            filterKey={JSON.stringify(filter)}
          />
        </div>
        {openId && (
          <PageDetail
            id={openId}
            version={version}
            onClose={onClose}
            onDelete={(ids) => void remove(ids)}
            onChanged={bump}
          />
        )}
      </div>
      <section class="transfer" aria-label={t('transfer.label')}>
        <ExportPanel filter={isFiltered(filter) ? toLibraryFilter(filter) : null} shown={rows.total} />
        <ImportPanel onImported={bump} />
      </section>
    </div>
  );
}
