import type { Transaction } from 'dexie';
import type { MatchRow } from './rows';
import { summarizePage } from './summary';

// Upgrade steps read rows in the shape the previous version wrote them, so they type them locally rather than
// with the current row interfaces.

interface PageV1 {
  id: string;
  url: string;
  title: string;
  note: string;
  tags: string[];
  snapshot?: string;
}

const BATCH = 200;

/** v1 → v2: snapshot out of the page row into snapshots; matchCount/clauseIds/verdicts/search from matches. */
export async function summarizeV2(tx: Transaction): Promise<void> {
  const pages = tx.table<PageV1, string>('pages');
  const ids = await pages.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = (await pages.bulkGet(ids.slice(i, i + BATCH))).filter((p) => p !== undefined);
    const snapshots = [];
    const updated = [];
    for (const { snapshot, ...page } of batch) {
      const matches = await tx.table<MatchRow, string>('matches').where('pageId').equals(page.id).toArray();
      snapshots.push({ pageId: page.id, text: snapshot ?? '' });
      updated.push({ ...page, ...summarizePage(page, matches) });
    }
    await tx.table('snapshots').bulkAdd(snapshots);
    await pages.bulkPut(updated);
  }
}

interface PackV3 {
  mapping: Record<string, string | string[]>;
  source?: unknown;
}

/** v3 → v4: a pack's category maps to a list of clauses; packs made before keep no keyword list (null). */
export async function packsV4(tx: Transaction): Promise<void> {
  await tx
    .table<PackV3, string>('packs')
    .toCollection()
    .modify((p) => {
      p.mapping = Object.fromEntries(
        Object.entries(p.mapping).map(([category, c]) => [category, typeof c === 'string' ? [c] : c]),
      );
      p.source ??= null;
    });
}

/** v4 → v5: each page's search text moves to the search table. */
export async function searchV5(tx: Transaction): Promise<void> {
  const pages = tx.table<{ id: string; search?: string }, string>('pages');
  const rows: { pageId: string; text: string }[] = [];
  await pages.toCollection().modify((p) => {
    rows.push({ pageId: p.id, text: p.search ?? '' });
    delete p.search;
  });
  await tx.table('search').bulkAdd(rows);
}
