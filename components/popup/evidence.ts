import { clauseKey } from '../../utils/db/ids';
import type { PageFlags } from '../../utils/db/pages';
import type { Verdict } from '../../utils/db/rows';
import type { MatchSummary } from '../../utils/messages';

/** A verdict with the researcher's note on it. */
export interface Review {
  verdict: Verdict;
  note: string;
}

/** What a verdict is remembered under, as the background keys it: the page, the clauses and the quote. */
export function reviewKey(clauseIds: readonly string[], quote: string): string {
  return `${clauseKey(clauseIds)}\n${quote}`;
}

export const keyOfMatch = (m: MatchSummary) => reviewKey(m.clauses, m.text);

/** Verdicts remembered for the page's URL, by review key. */
export function rememberedReviews(flags: PageFlags | null): Map<string, Review> {
  const out = new Map<string, Review>();
  for (const v of flags?.verdicts ?? [])
    out.set(reviewKey(v.clauseIds, v.quote), { verdict: v.verdict, note: v.note });
  return out;
}

/**
 * A stored match for each review key (the latest capture's first): setting a verdict on it sets it on every
 * capture's match with that key, and is remembered for captures to come.
 */
export function storedMatchIds(flags: PageFlags | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const capture of [...(flags?.captures ?? [])].reverse())
    for (const m of capture.matches) {
      const key = reviewKey(m.clauseIds, m.quote);
      if (!out.has(key)) out.set(key, m.id);
    }
  return out;
}

/** The page's matches once per review key (a quote repeated under the same clauses is judged once). */
export function distinctMatches(
  matches: readonly MatchSummary[],
): { key: string; match: MatchSummary; count: number }[] {
  const byKey = new Map<string, { key: string; match: MatchSummary; count: number }>();
  for (const match of matches) {
    const key = keyOfMatch(match);
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { key, match, count: 1 });
  }
  return [...byKey.values()];
}
