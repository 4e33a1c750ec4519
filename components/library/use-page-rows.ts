import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageListRow } from '../../utils/db/query';
import type { LibraryBackend } from './backend';
import { toLibraryQuery, type FilterState } from './filter-query';
import type { RowWindow } from './virtual-window';

/** Rows fetched per query: a few screens, so scrolling asks the database every hundred rows, not every row. */
export const BLOCK = 100;

export interface PageRows {
  /** null until the first answer */
  total: number | null;
  rowAt(index: number): PageListRow | undefined;
  /** call with the rows on screen; loads the blocks they fall in */
  show(window: RowWindow): void;
  /** true while the rows shown are an earlier filter's, waiting for the current one's */
  stale: boolean;
  error: string | null;
  /** how long the storage layer took to answer the current filter's first query, in ms */
  queryMs: number | null;
  /** counts answered filters, so observers (tests, the benchmark) can tell a new answer from an old one */
  answered: number;
}

interface Loaded {
  gen: number;
  total: number | null;
  blocks: ReadonlyMap<number, PageListRow[]>;
  error: string | null;
  queryMs: number | null;
  answered: number;
}

/**
 * The list's rows for a filter, fetched block by block as they scroll into view. A new filter (or `version`,
 * bumped when the library changed) starts over, keeping the old rows on screen until the first answer so
 * the list does not flash empty; answers for a filter no longer current are dropped.
 */
export function usePageRows(backend: LibraryBackend, filter: FilterState, version: number): PageRows {
  const [state, setState] = useState<Loaded>({
    gen: 0,
    total: null,
    blocks: new Map(),
    error: null,
    queryMs: null,
    answered: 0,
  });
  const current = useRef(0);
  const pending = useRef(new Set<number>());
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const key = JSON.stringify(filter);

  const load = useCallback(
    (block: number, gen: number) => {
      if (pending.current.has(block)) return;
      pending.current.add(block);
      const started = performance.now();
      const done = (apply: (s: Loaded) => Loaded) => {
        if (gen !== current.current) return;
        pending.current.delete(block);
        setState(apply);
      };
      backend.query(toLibraryQuery(filterRef.current, block * BLOCK, BLOCK)).then(
        (result) =>
          done((s) => {
            const fresh = s.gen !== gen;
            const blocks = new Map(fresh ? [] : s.blocks);
            blocks.set(block, result.rows);
            return {
              gen,
              total: result.total,
              blocks,
              error: null,
              queryMs: fresh ? performance.now() - started : s.queryMs,
              answered: fresh ? s.answered + 1 : s.answered,
            };
          }),
        (err: unknown) => done((s) => ({ ...s, error: err instanceof Error ? err.message : String(err) })),
      );
    },
    [backend],
  );

  useEffect(() => {
    const gen = ++current.current;
    pending.current = new Set();
    load(0, gen);
  }, [key, version, load]);

  const stateRef = useRef(state);
  stateRef.current = state;
  const show = useCallback(
    (w: RowWindow) => {
      const s = stateRef.current;
      if (w.last <= w.first || s.gen !== current.current) return;
      for (let b = Math.floor(w.first / BLOCK); b <= Math.floor((w.last - 1) / BLOCK); b++)
        if (!s.blocks.has(b)) load(b, current.current);
    },
    [load],
  );

  return {
    total: state.total,
    rowAt: (i) => state.blocks.get(Math.floor(i / BLOCK))?.[i % BLOCK],
    show,
    stale: state.gen !== current.current,
    error: state.error,
    queryMs: state.queryMs,
    answered: state.answered,
  };
}
