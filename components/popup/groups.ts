import { colorOf, compareClauseIds, familyOf, getClause, type Clause } from '../../utils/clauses';
import type { MatchSummary } from '../../utils/messages';

/** A match listed under a clause, and whether the clause is its own or implied through the crosswalk. */
export interface ListedMatch {
  match: MatchSummary;
  implied: boolean;
}

export interface ClauseGroup {
  clauseId: string;
  clause: Clause | undefined;
  color: string;
  /** in page order */
  matches: ListedMatch[];
  /** true when no match falls under the clause directly (an implied baseline) */
  impliedOnly: boolean;
}

/** The matches falling under one clause, directly or by implication, in page order. */
export function matchesUnder(clauseId: string, matches: readonly MatchSummary[]): ListedMatch[] {
  const out: ListedMatch[] = [];
  for (const match of matches) {
    if (match.clauses.includes(clauseId)) out.push({ match, implied: false });
    else if (match.implied.includes(clauseId)) out.push({ match, implied: true });
  }
  return out;
}

/**
 * The page's matches per clause: every clause they fall under directly or by implication, Article 10 items
 * first and then the baselines, in registry order.
 */
export function groupByClause(matches: readonly MatchSummary[]): ClauseGroup[] {
  const ids = new Set<string>();
  for (const m of matches) for (const id of [...m.clauses, ...m.implied]) ids.add(id);
  return [...ids].sort(compareClauseIds).map((clauseId) => {
    const listed = matchesUnder(clauseId, matches);
    return {
      clauseId,
      clause: getClause(clauseId),
      color: colorOf(familyOf(clauseId)),
      matches: listed,
      impliedOnly: listed.every((l) => l.implied),
    };
  });
}
