import type { ClauseMarkDB } from '../../utils/db/database';
import { parseInput } from '../../utils/db/errors';
import { matchingIds } from '../../utils/db/query';
import { LibraryFilter, LibrarySort } from '../../utils/db/query-schema';
import { CRITERION_INDEX, PageIndexCache } from './page-index';

type ListCriterion = keyof typeof CRITERION_INDEX;

/**
 * Every page a filter lets through, in list order, kept whole so the list loads further rows by key instead
 * of running the query again for each screen. The semantics are queryLibrary's: every criterion must hold, a
 * list criterion holds if any of its values does (an index value of the page), text is a case-insensitive
 * substring of the page's search text, the order is the sort field's index order. A criterion is answered
 * from index values already read into the cache, else by the storage layer (matchingIds) and remembered.
 */
export async function orderedIds(
  db: ClauseMarkDB,
  rawFilter: LibraryFilter,
  rawSort: LibrarySort,
  cache = new PageIndexCache(db),
): Promise<string[]> {
  const { text, from, to, ...lists } = parseInput(LibraryFilter, rawFilter, 'filter');
  const sort = parseInput(LibrarySort, rawSort, 'sort');
  const criterion = (c: LibraryFilter) =>
    cache.remember(`ids:${JSON.stringify(c)}`, () => matchingIds(db, c));
  const pending: Promise<ReadonlySet<string> | undefined>[] = [];
  for (const [name, values] of Object.entries(lists) as [ListCriterion, string[] | undefined][]) {
    if (!values) continue;
    const read = cache.valuesIfRead(CRITERION_INDEX[name]);
    pending.push(
      read
        ? Promise.resolve(new Set(values.flatMap((v) => read.get(v) ?? [])))
        : criterion({ [name]: values }),
    );
  }
  if (from !== undefined || to !== undefined) pending.push(criterion({ from, to }));
  const needle = text?.toLowerCase();
  const [sets, order, texts] = await Promise.all([
    Promise.all(pending),
    cache.order(sort.by),
    needle ? cache.searchTexts() : undefined,
  ]);
  const keep = (id: string) =>
    sets.every((s) => !s || s.has(id)) && (!needle || (texts?.get(id)?.includes(needle) ?? false));
  const ids = order.filter(keep);
  return sort.dir === 'desc' ? ids.reverse() : ids;
}
