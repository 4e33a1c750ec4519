import type { ClauseMarkDB } from '../../utils/db/database';
import { parseInput } from '../../utils/db/errors';
import { matchingIds } from '../../utils/db/query';
import { LibraryFilter, LibrarySort } from '../../utils/db/query-schema';
import { PageIndexCache } from './page-index';

/**
 * Every page a filter lets through, in list order: the storage layer's indexed criteria (matchingIds), its
 * text criterion (a case-insensitive substring of the page's search text) and the sort field's index order,
 * as queryLibrary applies them, but kept whole so the list loads further rows by key instead of running the
 * query again for each screen. With a cache, the orders and search texts are read once while the page is open.
 */
export async function orderedIds(
  db: ClauseMarkDB,
  rawFilter: LibraryFilter,
  rawSort: LibrarySort,
  cache = new PageIndexCache(db),
): Promise<string[]> {
  const { text, ...indexed } = parseInput(LibraryFilter, rawFilter, 'filter');
  const sort = parseInput(LibrarySort, rawSort, 'sort');
  const needle = text?.toLowerCase();
  const [matching, order, texts] = await Promise.all([
    matchingIds(db, indexed),
    cache.order(sort.by),
    needle ? cache.searchTexts() : undefined,
  ]);
  const keep = (id: string) =>
    (!matching || matching.has(id)) && (!needle || (texts?.get(id)?.includes(needle) ?? false));
  const ids = order.filter(keep);
  return sort.dir === 'desc' ? ids.reverse() : ids;
}
