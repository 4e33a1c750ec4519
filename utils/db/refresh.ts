import type { ClauseMarkDB } from './database';
import { summarizePage } from './summary';

/** Recomputes the derived fields of pages whose matches changed; call inside the transaction that changed them. */
export async function refreshPages(db: ClauseMarkDB, pageIds: Iterable<string>): Promise<void> {
  for (const id of new Set(pageIds)) {
    const page = await db.pages.get(id);
    if (!page) continue;
    const matches = await db.matches.where('pageId').equals(id).toArray();
    await db.pages.put({ ...page, ...summarizePage(page, matches) });
  }
}
