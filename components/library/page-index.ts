import type { ClauseMarkDB } from '../../utils/db/database';
import { SORT_FIELDS } from '../../utils/db/query-schema';

type SortField = (typeof SORT_FIELDS)[number];

/** The page indexes a list criterion of the library filter reads. */
export const CRITERION_INDEX = {
  clauseIds: 'clauseIds',
  domains: 'domain',
  tags: 'tags',
  verdicts: 'verdicts',
} as const;
type IndexName = (typeof CRITERION_INDEX)[keyof typeof CRITERION_INDEX];

const MAX_ENTRIES = 256;

/**
 * What list queries read again and again and what changes only when the library does: the pages' order
 * under each sort field, their search texts, the pages under each value of the filterable indexes, and the
 * pages each filter criterion let through. Kept in memory while the library page is open, so a change of
 * filter reads only what it has not read before (IndexedDB takes tens of milliseconds just to list 10,000
 * keys); forgotten on every write to the library, whichever extension context made it.
 */
export class PageIndexCache {
  private readonly memo = new Map<string, Promise<unknown>>();
  private readonly ready = new Map<string, unknown>();
  private generation = 0;

  constructor(private readonly db: ClauseMarkDB) {}

  invalidate(): void {
    this.memo.clear();
    this.ready.clear();
    this.generation++;
  }

  /** the value under a key, loaded once per state of the library (a failed load is tried again next time) */
  remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined;
    if (!value) {
      // a long session of ever new filters should not keep every answer
      if (this.memo.size >= MAX_ENTRIES) this.invalidate();
      const generation = this.generation;
      const loading = load();
      value = loading;
      this.memo.set(key, loading);
      loading.then(
        (v) => {
          if (this.generation === generation) this.ready.set(key, v);
        },
        () => {
          if (this.memo.get(key) === loading) this.memo.delete(key);
        },
      );
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

  /** each value of an index → the pages under it, read from the index's keys alone */
  values(index: IndexName): Promise<ReadonlyMap<string, readonly string[]>> {
    return this.remember(`values:${index}`, async () => {
      const [keys, ids] = await this.db.transaction('r', this.db.pages, () =>
        Promise.all([this.db.pages.orderBy(index).keys(), this.db.pages.orderBy(index).primaryKeys()]),
      );
      const out = new Map<string, string[]>();
      keys.forEach((k, i) => {
        const list = out.get(String(k));
        const id = ids[i] as string;
        if (list) list.push(id);
        else out.set(String(k), [id]);
      });
      return out;
    });
  }

  /** an index's values if already read (a criterion is then answered without IndexedDB), else undefined */
  valuesIfRead(index: IndexName): ReadonlyMap<string, readonly string[]> | undefined {
    return this.ready.get(`values:${index}`) as ReadonlyMap<string, readonly string[]> | undefined;
  }

  /** reads everything above now */
  async prepare(): Promise<void> {
    for (const step of this.steps()) await step();
  }

  /**
   * Reads everything above ahead, one part at a time between other work, so the first search, filter or
   * change of sort is as quick as the ones after it. Stops when the library changes meanwhile.
   */
  readAhead(): void {
    const started = this.generation;
    const steps = this.steps();
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

  private steps(): (() => Promise<unknown>)[] {
    // text search first (the usual first move), then the orders, then index values, the largest last
    return [
      () => this.searchTexts(),
      ...SORT_FIELDS.map((field) => () => this.order(field)),
      ...(['domain', 'verdicts', 'tags', 'clauseIds'] as const).map((index) => () => this.values(index)),
    ];
  }
}
