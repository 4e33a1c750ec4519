import type { ClauseMarkDB } from './database';
import { parseInput, StorageError, storageFailure } from './errors';
import { VerdictInput } from './inputs';
import { refreshPages } from './refresh';

/**
 * Records a verdict on a match and remembers it for the URL: every capture's match with the same quote under
 * the same clauses takes it, and so will future captures. Returns how many matches changed.
 */
export async function setVerdict(
  db: ClauseMarkDB,
  raw: VerdictInput,
  now = new Date().toISOString(),
): Promise<{ updated: number }> {
  const { matchId, verdict, note } = parseInput(VerdictInput, raw);
  try {
    return await db.transaction('rw', [db.pages, db.search, db.matches, db.verdicts], async () => {
      const match = await db.matches.get(matchId);
      if (!match) throw new StorageError(`matchId: no match with id ${JSON.stringify(matchId)}`, 'invalid');
      const page = await db.pages.get(match.pageId);
      if (!page) throw new StorageError(`match ${matchId} belongs to no page`, 'invalid');
      const same = db.matches.where('verdictKey').equals(match.verdictKey);
      const pageIds = new Set<string>();
      const updated = await same.modify((m) => {
        m.verdict = verdict;
        m.note = note;
        pageIds.add(m.pageId);
      });
      await refreshPages(db, pageIds);
      await db.verdicts.put({
        key: match.verdictKey,
        normUrl: page.normUrl,
        clauseIds: match.clauseIds,
        quote: match.quote,
        verdict,
        note,
        updatedAt: now,
      });
      return { updated };
    });
  } catch (e) {
    throw storageFailure(e, `the verdict on match ${matchId}`);
  }
}
