import type { ClauseMarkDB } from '../../utils/db/database';
import type { SORT_FIELDS } from '../../utils/db/query-schema';

type SortField = (typeof SORT_FIELDS)[number];

/**
 * What every list query reads in full and what changes only when pages do: the pages' order under each sort
 * field and their search texts. Kept in memory while the library page is open, so a filter reads only what
 * it narrows by (IndexedDB takes tens of milliseconds just to list 10,000 keys). Forgotten on every write to
 * the library, whichever extension context made it.
 */
export class PageIndexCache {
  private readonly orders = new Map<SortField, Promise<string[]>>();
  private texts: Promise<Map<string, string>> | null = null;

  constructor(private readonly db: ClauseMarkDB) {}

  invalidate(): void {
    this.orders.clear();
    this.texts = null;
  }

  /** ids in ascending order of the field (ties by id, as the index orders them); do not modify */
  order(by: SortField): Promise<readonly string[]> {
    let keys = this.orders.get(by);
    if (!keys) {
      keys = this.db.pages.orderBy(by).primaryKeys() as Promise<string[]>;
      this.orders.set(by, keys);
      keys.catch(() => this.orders.delete(by));
    }
    return keys;
  }

  /** page id → the lower-cased text search looks in */
  searchTexts(): Promise<ReadonlyMap<string, string>> {
    if (!this.texts) {
      const texts = this.db.search.toArray().then((rows) => new Map(rows.map((r) => [r.pageId, r.text])));
      this.texts = texts;
      texts.catch(() => {
        if (this.texts === texts) this.texts = null;
      });
    }
    return this.texts;
  }
}
