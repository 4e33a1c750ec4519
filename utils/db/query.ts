import type { ClauseMarkDB } from './database';
import { parseInput } from './errors';
import { LibraryFilter, LibraryQuery } from './query-schema';
import type { PageRow } from './rows';

/** A page as the library list shows it. */
export type PageListRow = PageRow;

export interface QueryResult {
  total: number;
  rows: PageListRow[];
}

/**
 * One page of the library list. Indexed criteria (clause, domain, tag, verdict, date) are answered from
 * index keys alone and intersected; text search then reads only the candidate pages; the order comes from the
 * sort field's index, so only the rows shown are ever loaded whole.
 */
export async function queryLibrary(db: ClauseMarkDB, raw: LibraryQuery = {}): Promise<QueryResult> {
  const { filter, sort, offset, limit } = parseInput(LibraryQuery, raw);
  const matching = await matchingIds(db, filter);
  let ordered = db.pages.orderBy(sort.by);
  if (sort.dir === 'desc') ordered = ordered.reverse();
  const keys = await ordered.primaryKeys();
  const selected = matching ? keys.filter((k) => matching.has(k)) : keys;
  const shown = selected.slice(offset, offset + limit);
  const rows = await db.pages.bulkGet(shown);
  return {
    total: selected.length,
    rows: rows.filter((r) => r !== undefined),
  };
}

const BULK_GET_LIMIT = 500;

/** Ids of the pages a filter lets through, or undefined when it lets all through. */
export async function matchingIds(db: ClauseMarkDB, filter: LibraryFilter): Promise<Set<string> | undefined> {
  const sets: Promise<string[]>[] = [];
  // one equals() per value rather than anyOf(): Dexie answers anyOf by walking a cursor, a round trip per row
  const anyOf = (index: string, values?: string[]) => {
    if (values)
      sets.push(
        Promise.all(values.map((v) => db.pages.where(index).equals(v).primaryKeys())).then((lists) => [
          ...new Set(lists.flat()),
        ]),
      );
  };
  anyOf('clauseIds', filter.clauseIds);
  anyOf('domain', filter.domains);
  anyOf('tags', filter.tags);
  anyOf('verdicts', filter.verdicts);
  if (filter.from !== undefined || filter.to !== undefined)
    sets.push(
      db.pages
        .where('flaggedAt')
        .between(filter.from ?? '', `${filter.to ?? ''}\uffff`, true, true)
        .primaryKeys(),
    );
  let ids: Set<string> | undefined;
  for (const keys of await Promise.all(sets)) ids = intersect(ids, keys);
  const text = filter.text?.toLowerCase();
  if (!text) return ids;
  const found = new Set<string>();
  // a few candidates are read by key; past that one getAll is cheaper than a request per page
  const rows =
    ids && ids.size <= BULK_GET_LIMIT ? await db.search.bulkGet([...ids]) : await db.search.toArray();
  for (const s of rows) if (s && (!ids || ids.has(s.pageId)) && s.text.includes(text)) found.add(s.pageId);
  return found;
}

function intersect(current: Set<string> | undefined, keys: string[]): Set<string> {
  if (!current) return new Set(keys);
  return new Set(keys.filter((k) => current.has(k)));
}
