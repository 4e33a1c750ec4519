import { getClause } from '../clauses';
import type { MatchRow, PackRow, PageRow, VerdictRow } from '../db/rows';
import { Verdict } from '../db/rows';
import { z } from '../zod';

export const LIBRARY_FORMAT = 'clausemark-library/1';

const KnownClause = z.string().refine((id) => getClause(id) !== undefined, {
  error: (issue) => `unknown clause id ${JSON.stringify(issue.input)}`,
});
const Id = z.string().min(1).max(200);
const Instant = z.iso.datetime();

/** A capture in an export: the page as it was flagged, with its snapshot. Derived fields are left out. */
export const PageExport = z.object({
  id: Id,
  url: z.string().min(1),
  title: z.string(),
  flaggedAt: Instant,
  lang: z.string(),
  note: z.string(),
  tags: z.array(z.string()),
  snapshot: z.string(),
  snapshotSha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
});
export type PageExport = z.infer<typeof PageExport>;

export const MatchExport = z.object({
  id: Id,
  pageId: Id,
  clauseIds: z.array(KnownClause).min(1),
  implied: z.array(KnownClause),
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  term: z.string(),
  base: z.string(),
  variant: z.string().optional(),
  steps: z.array(z.string()),
  entry: z.string(),
  entryNote: z.string(),
  verdict: Verdict,
  note: z.string(),
});
export type MatchExport = z.infer<typeof MatchExport>;

/** A remembered verdict; `url` is the normalised URL it applies to. */
export const VerdictExport = z.object({
  url: z.string().min(1),
  clauseIds: z.array(KnownClause).min(1),
  quote: z.string().min(1),
  verdict: Verdict,
  note: z.string(),
  updatedAt: Instant,
});
export type VerdictExport = z.infer<typeof VerdictExport>;

export const PackExport = z.object({
  id: Id,
  name: z.string().min(1),
  sourceFormat: z.string(),
  sourceFile: z.string(),
  mapping: z.record(z.string(), z.array(KnownClause).min(1)),
  enabled: z.boolean(),
  createdAt: Instant,
  /** the keyword list the pack was built from (utils/packs KeywordList), or null */
  source: z.unknown().default(null),
  lexicon: z.unknown(),
});
export type PackExport = z.infer<typeof PackExport>;

// The to* functions fix each record's key order, so an export's bytes depend only on the library's content.

export function toPageExport(p: PageRow, snapshot: string): PageExport {
  return {
    id: p.id,
    url: p.url,
    title: p.title,
    flaggedAt: p.flaggedAt,
    lang: p.lang,
    note: p.note,
    tags: p.tags,
    snapshot,
    snapshotSha256: p.snapshotSha256,
  };
}

export function toMatchExport(m: MatchRow | MatchExport): MatchExport {
  return {
    id: m.id,
    pageId: m.pageId,
    clauseIds: m.clauseIds,
    implied: m.implied,
    quote: m.quote,
    prefix: m.prefix,
    suffix: m.suffix,
    start: m.start,
    end: m.end,
    term: m.term,
    base: m.base,
    ...(m.variant === undefined ? {} : { variant: m.variant }),
    steps: m.steps,
    entry: m.entry,
    entryNote: m.entryNote,
    verdict: m.verdict,
    note: m.note,
  };
}

export function toVerdictExport(v: VerdictRow): VerdictExport {
  return {
    url: v.normUrl,
    clauseIds: v.clauseIds,
    quote: v.quote,
    verdict: v.verdict,
    note: v.note,
    updatedAt: v.updatedAt,
  };
}

export function toPackExport(p: PackRow): PackExport {
  return {
    id: p.id,
    name: p.name,
    sourceFormat: p.sourceFormat,
    sourceFile: p.sourceFile,
    mapping: p.mapping,
    enabled: p.enabled,
    createdAt: p.createdAt,
    source: p.source,
    lexicon: p.lexicon,
  };
}
