import { getClause } from '../clauses';
import { ChunkBuffer } from './chunks';
import type { ExportSource } from './source';

export const CSV_COLUMNS = [
  'page_url',
  'page_title',
  'flagged_at',
  'clause_id',
  'locator',
  'label',
  'matched_text',
  'term',
  'context',
  'verdict',
  'note',
  'implied_clauses',
  'steps',
  'page_id',
  'match_id',
] as const;

/** Byte order mark: without it spreadsheet software reads UTF-8 Chinese as mojibake. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * One row per match and direct clause (a match under two clauses gives two rows, so a pivot by clause counts
 * it under each). RFC 4180 quoting, CRLF line ends, UTF-8 with BOM; cells a spreadsheet would take for a
 * formula get a leading apostrophe. Locator and label in the language asked for.
 */
export async function* serializeCsv(source: ExportSource, lang: 'en' | 'zh' = 'en'): AsyncGenerator<string> {
  const buf = new ChunkBuffer();
  buf.add(BOM + CSV_COLUMNS.join(',') + CRLF);
  for await (const batch of source.captures({ snapshots: false }))
    for (const { page, matches } of batch)
      for (const m of matches)
        for (const clauseId of m.clauseIds) {
          const clause = getClause(clauseId);
          const row = [
            page.url,
            page.title,
            page.flaggedAt,
            clauseId,
            clause?.locator[lang] ?? '',
            clause?.label[lang] ?? '',
            m.quote,
            m.term,
            `${m.prefix}[${m.quote}]${m.suffix}`,
            m.verdict,
            m.note,
            m.implied.join(' '),
            m.steps.join(' '),
            page.id,
            m.id,
          ];
          const full = buf.add(row.map(csvCell).join(',') + CRLF);
          if (full) {
            yield full;
            await buf.breathe();
          }
        }
  const rest = buf.flush();
  if (rest) yield rest;
}

/** A cell made safe: formula triggers neutralised (OWASP CSV injection), then quoted if it needs to be. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
