import type { ClauseMarkDB } from '../../utils/db/database';
import { SORT_FIELDS } from '../../utils/db/query-schema';

type SortField = (typeof SORT_FIELDS)[number];

const MAX_ENTRIES = 256;

/**
 * What list queries read again and again and what changes only when the library does: the pages' order
 * under each sort field, their search texts, and the pages each filter criterion lets through. Kept in
 * memory while the library page is open, so a change of filter reads only what it has not read before
 * (IndexedDB takes tens of milliseconds just to list 10,000 keys); forgotten on every write to the library,
 * whichever extension context made it.
 */
export class PageIndexCache {
  private readonly memo = new Map<string, Promise<unknown>>();
  private generation = 0;

  constructor(private readonly db: ClauseMarkDB) {}

  invalidate(): void {
    this.memo.clear();
    this.generation++;
  }

  /** the value under a key, loaded once per state of the library (a failed load is tried again next time) */
  remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined;
    if (!value) {
      // a long session of ever new filters should not keep every answer
      if (this.memo.size >= MAX_ENTRIES) this.memo.clear();
      const loading = load();
      value = loading;
      this.memo.set(key, loading);
      loading.catch(() => {
        if (this.memo.get(key) === loading) this.memo.delete(key);
      });
    }
    return value;
  }

  /** ids in ascending order of the field (ties by id, as the index orders them); do not modify */
  order(by: SortField): Promise<readonly string[]> {
    return this.remember(`order:${by}`, () => this.db.pages.orderBy(by).primaryKeys() as Promise<string[]>);
  }

  /** page id → the lower-cased text search looks in */
  searchTexts(): Promise<ReadonlyMap<string, string>> {
    return this.remember(
      'search',
      async () => new Map((await this.db.search.toArray()).map((r) => [r.pageId, r.text])),
    );
  }

  /**
   * Reads the search texts and the other sort orders ahead, one at a time between other work, so the first
   * text search or change of sort is as quick as the ones after it. Stops when the library changes meanwhile.
   */
  readAhead(): void {
    const started = this.generation;
    const steps: (() => Promise<unknown>)[] = [
      () => this.searchTexts(),
      ...SORT_FIELDS.map((f) => () => this.order(f)),
    ];
    const next = () => {
      const step = steps.shift();
      if (!step || this.generation !== started) return;
      step().then(
        () => setTimeout(next, 0),
        () => undefined,
      );
    };
    setTimeout(next, 0);
  }
}
