import { compareClauseIds } from '../clauses';
import { stableId } from '../hash';

/** Clause ids in registry order, joined: the same set always gives the same key. */
export function clauseKey(clauseIds: readonly string[]): string {
  return [...new Set(clauseIds)].sort(compareClauseIds).join(' ');
}

/** A capture: the same URL flagged at the same instant with the same text is the same capture anywhere. */
export function pageIdOf(normUrl: string, flaggedAt: string, snapshotSha256: string): Promise<string> {
  return stableId(['page', normUrl, flaggedAt, snapshotSha256]);
}

/**
 * A match: URL, clauses and quote, plus the capture and position so repeated quotes and re-flagged pages stay
 * distinct rows. Two researchers holding the same capture derive the same id, so merging does not duplicate.
 */
export function matchIdOf(
  normUrl: string,
  clauseIds: readonly string[],
  quote: string,
  pageId: string,
  start: number,
): Promise<string> {
  return stableId(['match', normUrl, clauseKey(clauseIds), quote, pageId, String(start)]);
}

/** What a verdict is remembered under: a dismissal of this quote under these clauses holds for the whole URL. */
export function verdictKeyOf(normUrl: string, clauseIds: readonly string[], quote: string): Promise<string> {
  return stableId(['verdict', normUrl, clauseKey(clauseIds), quote]);
}
