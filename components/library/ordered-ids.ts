import type { ClauseMarkDB } from '../../utils/db/database';
import { parseInput } from '../../utils/db/errors';
import { matchingIds } from '../../utils/db/query';
import { LibraryFilter, LibrarySort } from '../../utils/db/query-schema';
import { PageIndexCache } from './page-index';

/**
 * Every page a filter lets through, in list order, kept whole so the list loads further rows by key instead
 * of running the query again for each screen. Each indexed criterion is answered by the storage layer
 * (matchingIds) and the answers intersected, as queryLibrary does in one call; text is a case-insensitive
 * substring of the page's search text; the order is the sort field's index order. With a cache, each
 * criterion, order and the search texts are read once while the library stays unchanged.
 */
export async function orderedIds(
  db: ClauseMarkDB,
  rawFilter: LibraryFilter,
  rawSort: LibrarySort,
  cache = new PageIndexCache(db),
): Promise<string[]> {
  const { text, from, to, ...lists } = parseInput(LibraryFilter, rawFilter, 'filter');
  const sort = parseInput(LibrarySort, rawSort, 'sort');
  const criteria: LibraryFilter[] = Object.entries(lists)
    .filter(([, values]) => values !== undefined)
    .map(([name, values]) => ({ [name]: values }));
  if (from !== undefined || to !== undefined) criteria.push({ from, to });
  const needle = text?.toLowerCase();
  const [sets, order, texts] = await Promise.all([
    Promise.all(criteria.map((c) => cache.remember(`ids:${JSON.stringify(c)}`, () => matchingIds(db, c)))),
    cache.order(sort.by),
    needle ? cache.searchTexts() : undefined,
  ]);
  const keep = (id: string) =>
    sets.every((s) => !s || s.has(id)) && (!needle || (texts?.get(id)?.includes(needle) ?? false));
  const ids = order.filter(keep);
  return sort.dir === 'desc' ? ids.reverse() : ids;
}
