import { normalizeUrl } from '../db/url';
import { LexiconError, parseLexicon } from '../match/load-lexicon';
import { z } from '../zod';
import { LIBRARY_FORMAT, MatchExport, PackExport, PageExport, VerdictExport } from './records';

/**
 * A ClauseMark library file. Beyond each record's shape it checks what ties records together: unique ids,
 * each match's quote at its offsets in its page's snapshot, pack ids equal to their lexicon ids. (Matches of
 * pages not in the file, and snapshot hashes, are checked by the importer.)
 */
export const LibraryFile = z
  .object({
    format: z.literal(LIBRARY_FORMAT, { error: `expected "${LIBRARY_FORMAT}"` }),
    exportedAt: z.iso.datetime(),
    pages: z.array(PageExport),
    matches: z.array(MatchExport),
    verdicts: z.array(VerdictExport).default([]),
    packs: z.array(PackExport).default([]),
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const pages = new Map<string, PageExport>();
    file.pages.forEach((p, i) => {
      if (pages.has(p.id)) issue(['pages', i, 'id'], `duplicate page id ${JSON.stringify(p.id)}`);
      pages.set(p.id, p);
    });
    const matchIds = new Set<string>();
    file.matches.forEach((m, i) => {
      if (matchIds.has(m.id)) issue(['matches', i, 'id'], `duplicate match id ${JSON.stringify(m.id)}`);
      matchIds.add(m.id);
      if (m.end - m.start !== m.quote.length)
        issue(['matches', i, 'end'], `end - start must equal the quote's length (${m.quote.length})`);
      const page = pages.get(m.pageId);
      const misplaced = page && quoteProblem(page.snapshot, m);
      if (misplaced) issue(['matches', i, misplaced[0]], misplaced[1]);
    });
    const verdictKeys = new Set<string>();
    file.verdicts.forEach((v, i) => {
      const key = JSON.stringify([normalizeUrl(v.url), [...new Set(v.clauseIds)].sort(), v.quote]);
      if (verdictKeys.has(key))
        issue(['verdicts', i], 'duplicate verdict for the same URL, clauses and quote');
      verdictKeys.add(key);
    });
    const packIds = new Set<string>();
    file.packs.forEach((p, i) => {
      if (packIds.has(p.id)) issue(['packs', i, 'id'], `duplicate pack id ${JSON.stringify(p.id)}`);
      packIds.add(p.id);
      try {
        const { lexicon } = parseLexicon(p.lexicon, `packs[${i}].lexicon`);
        if (lexicon.id !== p.id)
          issue(['packs', i, 'id'], `must equal its lexicon's id ${JSON.stringify(lexicon.id)}`);
      } catch (e) {
        issue(['packs', i, 'lexicon'], e instanceof LexiconError ? `${e.entry}: ${e.reason}` : String(e));
      }
    });
  });
export type LibraryFile = z.infer<typeof LibraryFile>;

/** Whether a match's quote and context sit where it says in the snapshot: [field, problem] if not. */
export function quoteProblem(
  snapshot: string,
  m: Pick<MatchExport, 'quote' | 'prefix' | 'suffix' | 'start' | 'end' | 'pageId'>,
): [field: 'quote' | 'prefix' | 'suffix', problem: string] | undefined {
  if (snapshot.slice(m.start, m.end) !== m.quote)
    return ['quote', `not found at ${m.start}..${m.end} of page ${m.pageId}'s snapshot`];
  if (snapshot.slice(Math.max(0, m.start - m.prefix.length), m.start) !== m.prefix)
    return ['prefix', `is not the text before the quote in page ${m.pageId}'s snapshot`];
  if (snapshot.slice(m.end, m.end + m.suffix.length) !== m.suffix)
    return ['suffix', `is not the text after the quote in page ${m.pageId}'s snapshot`];
  return undefined;
}
