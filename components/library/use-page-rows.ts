import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageListRow } from '../../utils/db/query';
import type { LibraryBackend } from './backend';
import { toLibraryFilter, type FilterState } from './filter-query';
import type { RowWindow } from './virtual-window';

/** Rows loaded at a time: a few screens, so scrolling reads the database every hundred rows, not every row. */
export const BLOCK = 100;

export interface PageRows {
  /** null until the first answer */
  total: number | null;
  /** every page the current filter shows, in list order ([] until the first answer) */
  ids: readonly string[];
  rowAt(index: number): PageListRow | undefined;
  /** call with the rows on screen; loads the blocks they fall in */
  show(window: RowWindow): void;
  /** true while the rows shown are an earlier filter's, waiting for the current one's */
  stale: boolean;
  error: string | null;
  /** how long the current filter took to answer with its first rows, in ms */
  queryMs: number | null;
  /** counts answered filters, so observers (tests, the benchmark) can tell a new answer from an old one */
  answered: number;
}

interface Loaded {
  gen: number;
  ids: readonly string[] | null;
  blocks: ReadonlyMap<number, readonly (PageListRow | undefined)[]>;
  error: string | null;
  queryMs: number | null;
  answered: number;
}

const blocksOf = (w: RowWindow, total: number): number[] => {
  const last = Math.min(w.last, total);
  if (last <= w.first) return total > 0 ? [0] : [];
  const out: number[] = [];
  for (let b = Math.floor(w.first / BLOCK); b <= Math.floor((last - 1) / BLOCK); b++) out.push(b);
  return out;
};

/**
 * The list's rows for a filter. A filter is answered with the ordered ids of all its pages plus the rows on
 * screen; further rows are read by key, one block at a time and only for the rows on screen when the block's
 * turn comes, so a fast scroll through 10,000 rows never queues up reads for rows already gone by. A new
 * filter (or `version`, bumped when the library changed) starts over, keeping the old rows on screen until
 * its answer; answers for a filter no longer current are dropped.
 */
export function usePageRows(backend: LibraryBackend, filter: FilterState, version: number): PageRows {
  const [state, setState] = useState<Loaded>({
    gen: 0,
    ids: null,
    blocks: new Map(),
    error: null,
    queryMs: null,
    answered: 0,
  });
  const current = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const wanted = useRef<RowWindow>({ first: 0, last: 0 });
  // what the block loader works from: the current filter's ids and the blocks already read or being read
  const loader = useRef<{ gen: number; ids: readonly string[]; fetched: Set<number> }>({
    gen: 0,
    ids: [],
    fetched: new Set(),
  });
  const busy = useRef(false);
  const key = JSON.stringify(filter);
  const fail = (gen: number, err: unknown) => {
    if (gen === current.current)
      setState((s) => ({ ...s, error: err instanceof Error ? err.message : String(err) }));
  };

  const pump = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      for (;;) {
        const { gen, ids, fetched } = loader.current;
        const block = blocksOf(wanted.current, ids.length).find((b) => !fetched.has(b));
        if (block === undefined || gen !== current.current) break;
        fetched.add(block);
        const rows = await backend.rowsOf(ids.slice(block * BLOCK, (block + 1) * BLOCK));
        if (gen !== current.current) continue;
        setState((s) => (s.gen === gen ? { ...s, blocks: new Map(s.blocks).set(block, rows) } : s));
      }
    } catch (err) {
      fail(loader.current.gen, err);
    } finally {
      busy.current = false;
    }
  }, [backend]);

  useEffect(() => {
    const gen = ++current.current;
    const started = performance.now();
    const { sortBy, sortDir } = filterRef.current;
    void (async () => {
      try {
        const ids = await backend.orderedIds(toLibraryFilter(filterRef.current), {
          by: sortBy,
          dir: sortDir,
        });
        if (gen !== current.current) return;
        const first = blocksOf(wanted.current, ids.length);
        const blocks = new Map<number, readonly (PageListRow | undefined)[]>();
        for (const b of first) blocks.set(b, await backend.rowsOf(ids.slice(b * BLOCK, (b + 1) * BLOCK)));
        if (gen !== current.current) return;
        loader.current = { gen, ids, fetched: new Set(first) };
        setState((s) => ({
          gen,
          ids,
          blocks,
          error: null,
          queryMs: performance.now() - started,
          answered: s.answered + 1,
        }));
        void pump();
        backend.readAhead?.();
      } catch (err) {
        fail(gen, err);
      }
    })();
  }, [key, version, backend, pump]);

  const show = useCallback(
    (w: RowWindow) => {
      wanted.current = w;
      void pump();
    },
    [pump],
  );

  return {
    total: state.ids?.length ?? null,
    ids: state.ids ?? [],
    rowAt: (i) => state.blocks.get(Math.floor(i / BLOCK))?.[i % BLOCK],
    show,
    stale: state.gen !== current.current,
    error: state.error,
    queryMs: state.queryMs,
    answered: state.answered,
  };
}
