import type { DBCore, Middleware } from 'dexie';
import type { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClauseMarkDB } from '../../utils/db/database';
import { deletePages, undoDelete, UNDO_WINDOW_MS } from '../../utils/db/delete';
import { queryLibrary } from '../../utils/db/query';
import { setVerdict } from '../../utils/db/verdicts';
import { buildSampleLibrary, dumpTables, makeDb } from '../fixtures/db/library';

let db: ClauseMarkDB;
beforeEach(async () => {
  db = makeDb();
  await buildSampleLibrary(db);
});
afterEach(() => db.close());

const forumIds = async () =>
  (await queryLibrary(db, { filter: { domains: ['bbs.example.cn'] } })).rows.map((r) => r.id);

/** Everything but the trash: what the user sees. */
async function visible() {
  const { trash: _trash, ...rest } = await dumpTables(db);
  return rest;
}

describe('deletePages', () => {
  it('removes captures with their snapshots and matches, keeping remembered verdicts', async () => {
    const ids = await forumIds();
    const result = await deletePages(db, ids);
    expect(result).toMatchObject({ pages: 2, matches: 5 });
    expect((await queryLibrary(db)).total).toBe(2);
    expect(await db.snapshots.bulkGet(ids)).toEqual([undefined, undefined]);
    expect(await db.matches.where('pageId').anyOf(ids).count()).toBe(0);
    expect(await db.verdicts.where('normUrl').equals('https://bbs.example.cn/thread/42').count()).toBe(2);
  });

  it('is undone in one step, restoring the library exactly', async () => {
    const before = await visible();
    const { token } = await deletePages(db, await forumIds());
    expect(await undoDelete(db, token)).toEqual({ pages: 2, matches: 5 });
    expect(await visible()).toEqual(before);
    expect(await db.trash.count()).toBe(0);
    await expect(undoDelete(db, token)).rejects.toThrow(`token: nothing to undo for "${token}"`);
  });

  it('applies verdicts given to the URL while the captures were deleted', async () => {
    const [first] = await forumIds();
    const kept = (await queryLibrary(db, { filter: { domains: ['bbs.example.cn'] } })).rows[1]!;
    const { token } = await deletePages(db, [first!]);
    const survivor = (await db.matches
      .where('pageId')
      .equals(kept.id)
      .and((m) => m.quote === '游行示威')
      .first())!;
    await setVerdict(db, { matchId: survivor.id, verdict: 'confirmed', note: 'changed my mind' });
    await undoDelete(db, token);
    const restored = await db.matches.where('pageId').equals(first!).toArray();
    expect(restored.filter((m) => m.quote === survivor.quote).map((m) => m.verdict)).toEqual([
      'confirmed',
      'confirmed',
    ]);
    expect((await db.pages.get(first!))?.verdicts).toContain('confirmed');
  });

  it('forgets deletions older than the undo window', async () => {
    const [a, b] = await forumIds();
    const old = await deletePages(db, [a!], new Date('2026-01-01T00:00:00Z'));
    await deletePages(db, [b!], new Date(Date.parse('2026-01-01T00:00:00Z') + UNDO_WINDOW_MS + 1));
    await expect(undoDelete(db, old.token)).rejects.toThrow(/nothing to undo/);
  });

  it('refuses ids that match nothing, and leaves everything in place when interrupted', async () => {
    await expect(deletePages(db, ['nope'])).rejects.toThrow('ids: none of these pages exists');
    const before = await dumpTables(db);
    const failing: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'fail-page-delete',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'pages') return t;
          return {
            ...t,
            mutate: (req) => (req.type === 'delete' ? Promise.reject(new Error('crash')) : t.mutate(req)),
          };
        },
      }),
    };
    const ids = await forumIds();
    db.close();
    db = makeDb({}, db._options.indexedDB as IDBFactory, db.name);
    db.use(failing);
    await expect(deletePages(db, ids)).rejects.toThrow(/the deletion was not saved.*crash/);
    expect(await dumpTables(db)).toEqual(before);
  });
});
