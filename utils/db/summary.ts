import { compareClauseIds } from '../clauses';
import type { ClauseMarkDB } from './database';
import type { MatchRow, PageRow, Verdict } from './rows';

type Summary = Pick<PageRow, 'matchCount' | 'clauseIds' | 'verdicts'> & { search: string };
type Described = Pick<PageRow, 'title' | 'url' | 'note' | 'tags'>;
type Summarised = Pick<MatchRow, 'clauseIds' | 'implied' | 'verdict' | 'quote' | 'note'>;

const VERDICT_ORDER: Verdict[] = ['unreviewed', 'confirmed', 'dismissed'];

/**
 * The page fields derived from its matches, and its search text; recomputed whenever matches or the page's own
 * text change. (The search text is stored in its own table: see storePage.)
 */
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

/** Writes a page with its derived fields and search text; call inside a transaction over pages and search. */
export async function storePage(
  db: ClauseMarkDB,
  page: Omit<PageRow, keyof Summary> & Partial<PageRow>,
  matches: readonly Summarised[],
  mode: 'add' | 'put' = 'put',
): Promise<PageRow> {
  const { search, ...summary } = summarizePage(page, matches);
  // pages kept in the trash by schema v2–v4 still carry their search text: it belongs in the search table now
  const { search: _stale, ...fields } = page as typeof page & { search?: unknown };
  const row: PageRow = { ...fields, ...summary };
  await (mode === 'add' ? db.pages.add(row) : db.pages.put(row));
  await db.search.put({ pageId: row.id, text: search });
  return row;
}
