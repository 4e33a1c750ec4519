import { reanchor } from '../anchor';
import { quoteAt } from '../anchor/quote';
import { compareClauseIds } from '../clauses';
import { sha256Hex } from '../hash';
import type { ClauseMarkDB } from './database';
import { parseInput, StorageError, storageFailure } from './errors';
import { matchIdOf, pageIdOf, verdictKeyOf } from './ids';
import { FlagInput } from './inputs';
import type { MatchRow } from './rows';
import { storePage } from './summary';
import { domainOf, normalizeUrl } from './url';

export interface FlagResult {
  pageId: string;
  matchCount: number;
  /** matches that took a verdict remembered from an earlier capture of the URL */
  remembered: number;
}

/**
 * Stores a capture (page, its snapshot and matches) in one transaction; verdicts remembered for the URL are
 * applied to the new matches. Offsets that do not point at the quote in the snapshot are re-anchored; a
 * quote missing from the snapshot is refused, since the snapshot is the evidence.
 */
export async function flagPage(
  db: ClauseMarkDB,
  raw: FlagInput,
  flaggedAt = new Date().toISOString(),
): Promise<FlagResult> {
  const input = parseInput(FlagInput, raw);
  const normUrl = normalizeUrl(input.url);
  const snapshotSha256 = await sha256Hex(input.snapshot);
  const pageId = await pageIdOf(normUrl, flaggedAt, snapshotSha256);
  const rows = new Map<string, MatchRow>();
  for (const [i, m] of input.matches.entries()) {
    const [start, end] = locate(input.snapshot, m.text, m.start, m.end, i);
    const q = quoteAt(input.snapshot, start, end);
    const clauseIds = [...new Set(m.clauses)].sort(compareClauseIds);
    const id = await matchIdOf(normUrl, clauseIds, q.quote, pageId, start);
    if (rows.has(id)) continue; // the same passage reported twice (two lexicon entries): one row
    rows.set(id, {
      id,
      pageId,
      verdictKey: await verdictKeyOf(normUrl, clauseIds, q.quote),
      clauseIds,
      implied: [...new Set(m.implied)].sort(compareClauseIds),
      ...q,
      term: m.term,
      base: m.base,
      ...(m.variant === undefined ? {} : { variant: m.variant }),
      steps: m.steps,
      entry: m.entry,
      entryNote: m.note,
      verdict: 'unreviewed',
      note: '',
    });
  }
  const matches = [...rows.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const described = { url: input.url, title: input.title, note: input.note, tags: [...new Set(input.tags)] };
  const snapshot = { pageId, text: input.snapshot };
  try {
    const remembered = await db.transaction(
      'rw',
      [db.pages, db.snapshots, db.search, db.matches, db.verdicts],
      async () => {
        const known = await db.verdicts.bulkGet(matches.map((m) => m.verdictKey));
        let applied = 0;
        known.forEach((v, i) => {
          const m = matches[i];
          if (!v || !m || v.verdict === 'unreviewed') return;
          m.verdict = v.verdict;
          m.note = v.note;
          applied++;
        });
        const page = {
          id: pageId,
          ...described,
          normUrl,
          domain: domainOf(input.url),
          flaggedAt,
          lang: input.lang,
          snapshotSha256,
        };
        await storePage(db, page, matches, 'add');
        await db.snapshots.add(snapshot);
        await db.matches.bulkAdd(matches);
        return applied;
      },
    );
    return { pageId, matchCount: matches.length, remembered };
  } catch (e) {
    throw storageFailure(e, `the capture of ${input.url}`);
  }
}

/** Where the quote is in the snapshot: at the reported offsets, or re-anchored near them. */
function locate(snapshot: string, text: string, start: number, end: number, i: number): [number, number] {
  if (snapshot.slice(start, end) === text) return [start, end];
  const found = reanchor({ quote: text, prefix: '', suffix: '', start, end }, snapshot);
  if (found.found && found.start !== undefined && found.end !== undefined) return [found.start, found.end];
  throw new StorageError(
    `matches[${i}].text: ${JSON.stringify(text)} does not occur in the page snapshot`,
    'invalid',
  );
}
