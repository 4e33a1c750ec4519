import type { Table } from 'dexie';
import type { ClauseMarkDB } from './database';
import { parseInput, StorageError, storageFailure } from './errors';
import { PageEdit } from './inputs';
import type { PageListRow } from './query';
import type { MatchRow, VerdictRow } from './rows';
import { storePage } from './summary';
import { normalizeUrl } from './url';

export interface PageDetail {
  page: PageListRow;
  snapshot: string;
  /** in snapshot order */
  matches: MatchRow[];
}

/** A capture with its snapshot and matches, or undefined if there is none with that id. */
export async function getPage(db: ClauseMarkDB, id: string): Promise<PageDetail | undefined> {
  return db.transaction('r', db.pages, db.snapshots, db.matches, async () => {
    const page = await db.pages.get(id);
    if (!page) return undefined;
    const snapshot = (await db.snapshots.get(id))?.text ?? '';
    const matches = await db.matches.where('pageId').equals(id).toArray();
    return { page, snapshot, matches: matches.sort(bySnapshotOrder) };
  });
}

export interface PageFlags {
  normUrl: string;
  /** earlier captures of the URL, oldest first, without their snapshots */
  captures: { page: PageListRow; matches: MatchRow[] }[];
  /** verdicts remembered for the URL */
  verdicts: VerdictRow[];
}

/** Everything stored about a URL: what the popup re-anchors against the page as it is now. */
export async function getPageFlags(db: ClauseMarkDB, url: string): Promise<PageFlags> {
  const normUrl = normalizeUrl(url);
  return db.transaction('r', db.pages, db.matches, db.verdicts, async () => {
    const pages = await db.pages.where('normUrl').equals(normUrl).sortBy('flaggedAt');
    const captures = [];
    for (const page of pages) {
      const matches = await db.matches.where('pageId').equals(page.id).toArray();
      captures.push({ page, matches: matches.sort(bySnapshotOrder) });
    }
    const verdicts = await db.verdicts.where('normUrl').equals(normUrl).toArray();
    return { normUrl, captures, verdicts };
  });
}

/** Changes a capture's note or tags (its evidence, the snapshot and matches, never changes). */
export async function updatePage(db: ClauseMarkDB, raw: PageEdit): Promise<PageListRow> {
  const edit = parseInput(PageEdit, raw);
  try {
    return await db.transaction('rw', [db.pages, db.search, db.matches], async () => {
      const page = await db.pages.get(edit.id);
      if (!page) throw new StorageError(`id: no page with id ${JSON.stringify(edit.id)}`, 'invalid');
      const described = {
        ...page,
        ...(edit.note === undefined ? {} : { note: edit.note }),
        ...(edit.tags === undefined ? {} : { tags: [...new Set(edit.tags)] }),
      };
      const matches = await db.matches.where('pageId').equals(edit.id).toArray();
      return storePage(db, described, matches);
    });
  } catch (e) {
    throw storageFailure(e, `the changes to page ${edit.id}`);
  }
}

export interface Facet {
  value: string;
  count: number;
}

/** Values the library can be filtered by, with how many pages have each: for the filter controls. */
export async function libraryFacets(
  db: ClauseMarkDB,
): Promise<{ domains: Facet[]; tags: Facet[]; clauseIds: Facet[]; pages: number }> {
  // One read of the (small) page rows, counted in memory: IndexedDB has no call that lists an index's keys,
  // and walking index cursors or counting value by value costs a round trip each.
  const domains = new Map<string, number>();
  const tags = new Map<string, number>();
  const clauseIds = new Map<string, number>();
  const add = (counts: Map<string, number>, value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);
  const rows = await db.pages.toArray();
  for (const p of rows) {
    add(domains, p.domain);
    for (const t of p.tags) add(tags, t);
    for (const c of p.clauseIds) add(clauseIds, c);
  }
  const list = (counts: Map<string, number>) =>
    [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([value, count]) => ({ value, count }));
  return { domains: list(domains), tags: list(tags), clauseIds: list(clauseIds), pages: rows.length };
}

/**
 * Rows of a table whose index equals any of the values, one keyed read per value. Dexie answers anyOf() by
 * walking a cursor, a round trip per row; reads by key are a round trip per value, all in flight at once.
 */
export async function whereAnyOf<T>(
  table: Table<T, string>,
  index: string,
  values: readonly string[],
): Promise<T[]> {
  const lists = await Promise.all(values.map((v) => table.where(index).equals(v).toArray()));
  return lists.flat();
}

export function bySnapshotOrder(a: MatchRow, b: MatchRow): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
