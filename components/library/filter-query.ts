import type { LibraryFilter, LibraryQuery } from '../../utils/db/query-schema';
import { SORT_FIELDS } from '../../utils/db/query-schema';
import type { Verdict } from '../../utils/db/rows';

export type SortField = (typeof SORT_FIELDS)[number];

/** What the filter controls hold: empty strings and empty lists mean "no criterion". */
export interface FilterState {
  text: string;
  clauseIds: string[];
  domains: string[];
  tags: string[];
  verdicts: Verdict[];
  /** yyyy-mm-dd from a date input, or '' */
  from: string;
  to: string;
  sortBy: SortField;
  sortDir: 'asc' | 'desc';
}

export const EMPTY_FILTER: FilterState = {
  text: '',
  clauseIds: [],
  domains: [],
  tags: [],
  verdicts: [],
  from: '',
  to: '',
  sortBy: 'flaggedAt',
  sortDir: 'desc',
};

/** The storage layer's filter for the controls' state; criteria left empty are left out, not sent empty. */
export function toLibraryFilter(state: FilterState): LibraryFilter {
  const filter: LibraryFilter = {};
  const text = state.text.trim();
  if (text) filter.text = text;
  if (state.clauseIds.length) filter.clauseIds = [...state.clauseIds];
  if (state.domains.length) filter.domains = [...state.domains];
  if (state.tags.length) filter.tags = [...state.tags];
  if (state.verdicts.length) filter.verdicts = [...state.verdicts];
  if (state.from) filter.from = state.from;
  if (state.to) filter.to = state.to;
  return filter;
}

/** One window of the list: the filter, the sort and which rows. */
export function toLibraryQuery(state: FilterState, offset: number, limit: number): LibraryQuery {
  return {
    filter: toLibraryFilter(state),
    sort: { by: state.sortBy, dir: state.sortDir },
    offset,
    limit,
  };
}

/** Whether any criterion narrows the list (the sort alone does not). */
export function isFiltered(state: FilterState): boolean {
  return Object.keys(toLibraryFilter(state)).length > 0;
}

/** A date range the storage layer would accept but that can hold nothing. */
export function dateRangeProblem(state: FilterState): 'reversed' | null {
  return state.from && state.to && state.from > state.to ? 'reversed' : null;
}
