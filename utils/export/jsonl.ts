import { domainOf } from '../db/url';
import { ChunkBuffer } from './chunks';
import type { ExportSource } from './source';

/**
 * One JSON object per match and line, page fields repeated on each, every key present on every line (null
 * where a match has no variant), so pandas `read_json(lines=True)` and R's jsonlite get a regular table.
 */
export async function* serializeJsonl(source: ExportSource): AsyncGenerator<string> {
  const buf = new ChunkBuffer();
  for await (const batch of source.captures({ snapshots: false }))
    for (const { page, matches } of batch)
      for (const m of matches) {
        const line = JSON.stringify({
          page_id: page.id,
          page_url: page.url,
          page_domain: domainOf(page.url),
          page_title: page.title,
          page_lang: page.lang,
          page_note: page.note,
          page_tags: page.tags,
          flagged_at: page.flaggedAt,
          match_id: m.id,
          clause_ids: m.clauseIds,
          implied_clauses: m.implied,
          quote: m.quote,
          prefix: m.prefix,
          suffix: m.suffix,
          start: m.start,
          end: m.end,
          term: m.term,
          base: m.base,
          variant: m.variant ?? null,
          steps: m.steps,
          entry: m.entry,
          verdict: m.verdict,
          note: m.note,
        });
        const full = buf.add(line + '\n');
        if (full) {
          yield full;
          await buf.breathe();
        }
      }
  const rest = buf.flush();
  if (rest) yield rest;
}
