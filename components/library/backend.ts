import type { DeleteResult } from '../../utils/db/delete';
import type { PackInput } from '../../utils/db/packs';
import type { Facet, PageDetail } from '../../utils/db/pages';
import type { PageListRow, QueryResult } from '../../utils/db/query';
import type { LibraryFilter, LibraryQuery, LibrarySort } from '../../utils/db/query-schema';
import type { PackRow, Verdict } from '../../utils/db/rows';
import type { ImportResult } from '../../utils/export/import';
import type { Settings } from '../../utils/settings';
import type { ExportRequest } from './export-protocol';
import type { ExportProgress } from './worker-export';

export interface Facets {
  domains: Facet[];
  tags: Facet[];
  clauseIds: Facet[];
  pages: number;
}

/** A page's own description, as the researcher edits it. */
export interface PageDescription {
  note?: string;
  tags?: string[];
}

/**
 * Everything the library page asks of the storage layer. Failures reject with an Error whose message names
 * what was refused and why (the storage layer's wording), which the page shows as it is.
 */
export interface LibraryBackend {
  query(query: LibraryQuery): Promise<QueryResult>;
  /** every page the filter lets through, in list order (the list then loads rows a screen at a time) */
  orderedIds(filter: LibraryFilter, sort: LibrarySort): Promise<string[]>;
  /** reads ahead, in idle moments, what later filters will need (called whenever the list has new rows) */
  readAhead?(): void;
  /** the list rows of these pages, in the order given (undefined for a page deleted meanwhile) */
  rowsOf(ids: string[]): Promise<(PageListRow | undefined)[]>;
  facets(): Promise<Facets>;
  getPage(id: string): Promise<PageDetail | undefined>;
  describePage(id: string, change: PageDescription): Promise<void>;
  setVerdict(input: { matchId: string; verdict: Verdict; note: string }): Promise<{ updated: number }>;
  deletePages(ids: string[]): Promise<DeleteResult>;
  undoDelete(token: string): Promise<{ pages: number; matches: number }>;
  /** the export as a file's contents, streamed from the database without holding up the page */
  exportFile(request: ExportRequest, progress?: ExportProgress): Promise<Blob>;
  importLibrary(text: string): Promise<ImportResult>;
  listPacks(): Promise<PackRow[]>;
  addPack(input: PackInput): Promise<PackRow>;
  removePack(id: string): Promise<void>;
  setPackEnabled(id: string, enabled: boolean): Promise<void>;
  getSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** calls back when the stored library changed from elsewhere (a page flagged from the popup); returns the unsubscribe */
  watch(onChange: () => void): () => void;
}
