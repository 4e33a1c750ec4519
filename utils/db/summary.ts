import { compareClauseIds } from '../clauses';
import type { MatchRow, PageRow, Verdict } from './rows';

type Summary = Pick<PageRow, 'matchCount' | 'clauseIds' | 'verdicts' | 'search'>;
type Described = Pick<PageRow, 'title' | 'url' | 'note' | 'tags'>;
type Summarised = Pick<MatchRow, 'clauseIds' | 'implied' | 'verdict' | 'quote' | 'note'>;

const VERDICT_ORDER: Verdict[] = ['unreviewed', 'confirmed', 'dismissed'];

/** The page fields derived from its matches; recomputed whenever matches or the page's own text change. */
export function summarizePage(page: Described, matches: readonly Summarised[]): Summary {
  const clauses = new Set<string>();
  const verdicts = new Set<Verdict>();
  const words = new Set<string>();
  for (const m of matches) {
    for (const c of m.clauseIds) clauses.add(c);
    for (const c of m.implied) clauses.add(c);
    verdicts.add(m.verdict);
    words.add(m.quote);
    words.add(m.note);
  }
  // sorted so the summary does not depend on the order matches were read in
  const text = [page.title, page.url, page.note, ...page.tags, ...[...words].sort()].filter((w) => w !== '');
  return {
    matchCount: matches.length,
    clauseIds: [...clauses].sort(compareClauseIds),
    verdicts: VERDICT_ORDER.filter((v) => verdicts.has(v)),
    search: text.join('\n').toLowerCase(),
  };
}
