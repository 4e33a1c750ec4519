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
  // distinct values, then one count each: listing every key of an index walks a cursor, a round trip per row
  const count = async (index: string) => {
    const values = (await db.pages.orderBy(index).uniqueKeys()).map(String);
    const counts = await Promise.all(values.map((v) => db.pages.where(index).equals(v).count()));
    return values.map((value, i) => ({ value, count: counts[i] ?? 0 }));
  };
  const [domains, tags, clauseIds, pages] = await Promise.all([
    count('domain'),
    count('tags'),
    count('clauseIds'),
    db.pages.count(),
  ]);
  return { domains, tags, clauseIds, pages };
}

export function bySnapshotOrder(a: MatchRow, b: MatchRow): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
