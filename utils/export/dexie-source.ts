import type { ClauseMarkDB } from '../db/database';
import { parseInput } from '../db/errors';
import { bySnapshotOrder, whereAnyOf } from '../db/pages';
import { matchingIds } from '../db/query';
import { LibraryFilter } from '../db/query-schema';
import type { MatchRow } from '../db/rows';
import { toMatchExport, toPackExport, toPageExport, toVerdictExport } from './records';
import { byVerdictOrder, compare, type Capture, type ExportSource } from './source';

/** Pages read per batch: small enough that one batch never holds up the page for long. */
const BATCH = 200;

/**
 * Reads the library (or the part a library filter selects) for export. Clause and verdict criteria also select
 * matches: exporting "confirmed under art10-5" gives only those matches of the pages that have them.
 * Verdicts are those remembered for the exported pages' URLs; packs are always all of them.
 */
export function dexieSource(db: ClauseMarkDB, rawFilter: LibraryFilter = {}): ExportSource {
  const filter = parseInput(LibraryFilter, rawFilter, 'filter');
  const keepMatch = (m: MatchRow) =>
    (!filter.verdicts || filter.verdicts.includes(m.verdict)) &&
    (!filter.clauseIds || filter.clauseIds.some((c) => m.clauseIds.includes(c) || m.implied.includes(c)));
  const exportedIds = async () => {
    const matching = await matchingIds(db, filter);
    const ordered = await db.pages.orderBy('flaggedAt').primaryKeys();
    return matching ? ordered.filter((id) => matching.has(id)) : ordered;
  };
  return {
    async *captures({ snapshots, matches: withMatches = true }) {
      const ids = await exportedIds();
      const read = (batch: string[]) =>
        db.transaction('r', db.pages, db.snapshots, db.matches, () =>
          Promise.all([
            db.pages.bulkGet(batch),
            snapshots ? db.snapshots.bulkGet(batch) : Promise.resolve([]),
            withMatches ? whereAnyOf(db.matches, 'pageId', batch) : Promise.resolve([]),
          ]),
        );
      // The next batch is read while this one is turned into records and serialised: the database works off the
      // main thread, so the two overlap.
      let next = ids.length > 0 ? read(ids.slice(0, BATCH)) : undefined;
      try {
        for (let i = 0; next; i += BATCH) {
          const [pages, texts, matches] = await next;
          next = i + BATCH < ids.length ? read(ids.slice(i + BATCH, i + 2 * BATCH)) : undefined;
          const byPage = new Map<string, MatchRow[]>();
          for (const m of matches) {
            if (!keepMatch(m)) continue;
            const list = byPage.get(m.pageId);
            if (list) list.push(m);
            else byPage.set(m.pageId, [m]);
          }
          const captures: Capture[] = [];
          pages.forEach((p, k) => {
            if (!p) return; // deleted while the export ran
            captures.push({
              page: toPageExport(p, texts[k]?.text ?? ''),
              matches: (byPage.get(p.id) ?? []).sort(bySnapshotOrder).map(toMatchExport),
            });
          });
          yield captures;
        }
      } finally {
        // An export abandoned early leaves one read in flight; its outcome no longer matters.
        next?.catch(() => undefined);
      }
    },
    async verdicts() {
      const everything = Object.keys(filter).every((k) => filter[k as keyof LibraryFilter] === undefined);
      const rows = everything
        ? await db.verdicts.toArray()
        : await whereAnyOf(db.verdicts, 'normUrl', [
            ...new Set((await db.pages.bulkGet(await exportedIds())).map((p) => p?.normUrl ?? '')),
          ]);
      return rows.map(toVerdictExport).sort(byVerdictOrder);
    },
    async packs() {
      return (await db.packs.toArray()).map(toPackExport).sort((a, b) => compare(a.id, b.id));
    },
  };
}
