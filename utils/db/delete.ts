import type { ClauseMarkDB } from './database';
import { StorageError, storageFailure } from './errors';
import { whereAnyOf } from './pages';
import type { TrashRow } from './rows';
import { storePage } from './summary';

/** How long deleted captures can be brought back. */
export const UNDO_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface DeleteResult {
  /** pass to undoDelete to bring the pages back */
  token: string;
  pages: number;
  matches: number;
}

/**
 * Deletes captures with their snapshots and matches in one transaction, keeping them in the trash so the
 * deletion can be undone. Remembered verdicts stay: they belong to the URL, not to a capture.
 */
export async function deletePages(
  db: ClauseMarkDB,
  ids: readonly string[],
  now = new Date(),
): Promise<DeleteResult> {
  const token = globalThis.crypto.randomUUID();
  try {
    return await db.transaction('rw', [db.pages, db.snapshots, db.search, db.matches, db.trash], async () => {
      const pages = (await db.pages.bulkGet([...ids])).filter((p) => p !== undefined);
      if (pages.length === 0) throw new StorageError('ids: none of these pages exists', 'invalid');
      const pageIds = pages.map((p) => p.id);
      const snapshots = (await db.snapshots.bulkGet(pageIds)).filter((s) => s !== undefined);
      const matches = await whereAnyOf(db.matches, 'pageId', pageIds);
      const expired = new Date(now.getTime() - UNDO_WINDOW_MS).toISOString();
      await db.trash.where('deletedAt').below(expired).delete();
      await db.trash.add({ token, deletedAt: now.toISOString(), pages, snapshots, matches });
      await db.matches.bulkDelete(matches.map((m) => m.id));
      await db.snapshots.bulkDelete(pageIds);
      await db.search.bulkDelete(pageIds);
      await db.pages.bulkDelete(pageIds);
      return { token, pages: pages.length, matches: matches.length };
    });
  } catch (e) {
    throw storageFailure(e, 'the deletion');
  }
}

/**
 * Restores what a deletion removed, in one transaction. Verdicts given to the URL since then apply to the
 * restored matches, as they would to a new capture.
 */
export async function undoDelete(
  db: ClauseMarkDB,
  token: string,
): Promise<{ pages: number; matches: number }> {
  try {
    return await db.transaction(
      'rw',
      [db.pages, db.snapshots, db.search, db.matches, db.verdicts, db.trash],
      async () => {
        const row: TrashRow | undefined = await db.trash.get(token);
        if (!row)
          throw new StorageError(`token: nothing to undo for ${JSON.stringify(token)} (expired?)`, 'invalid');
        const remembered = await db.verdicts.bulkGet(row.matches.map((m) => m.verdictKey));
        const matches = row.matches.map((m, i) => {
          const v = remembered[i];
          return v && v.verdict !== 'unreviewed' ? { ...m, verdict: v.verdict, note: v.note } : m;
        });
        for (const p of row.pages)
          await storePage(
            db,
            p,
            matches.filter((m) => m.pageId === p.id),
          );
        await db.snapshots.bulkPut(row.snapshots);
        await db.matches.bulkPut(matches);
        await db.trash.delete(token);
        return { pages: row.pages.length, matches: matches.length };
      },
    );
  } catch (e) {
    throw storageFailure(e, 'the undo');
  }
}
