import type { ClauseMarkDB } from '../../utils/db/database';
import { parseInput } from '../../utils/db/errors';
import { matchingIds } from '../../utils/db/query';
import { LibraryFilter, LibrarySort } from '../../utils/db/query-schema';

/**
 * Every page a filter lets through, in list order: the storage layer's indexed filter (matchingIds) and the
 * sort field's index, as queryLibrary uses them, but kept whole so the list loads each further screen of
 * rows by key instead of running the query again for it.
 */
export async function orderedIds(
  db: ClauseMarkDB,
  rawFilter: LibraryFilter,
  rawSort: LibrarySort,
): Promise<string[]> {
  const filter = parseInput(LibraryFilter, rawFilter, 'filter');
  const sort = parseInput(LibrarySort, rawSort, 'sort');
  const [matching, keys] = await Promise.all([
    matchingIds(db, filter),
    db.pages.orderBy(sort.by).primaryKeys() as Promise<string[]>,
  ]);
  if (sort.dir === 'desc') keys.reverse();
  return matching ? keys.filter((k) => matching.has(k)) : keys;
}
