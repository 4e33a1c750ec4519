import type { ClauseMarkDB } from './database';
import { storePage } from './summary';

/**
 * Recomputes the derived fields of pages whose matches changed; call inside the transaction that changed them
 * (over pages, matches and search).
 */
export async function refreshPages(db: ClauseMarkDB, pageIds: Iterable<string>): Promise<void> {
  for (const id of new Set(pageIds)) {
    const page = await db.pages.get(id);
    if (!page) continue;
    await storePage(db, page, await db.matches.where('pageId').equals(id).toArray());
  }
}
