import { getClause } from '../clauses';
import { KeywordList } from '../packs/pack';
import { z } from '../zod';
import { Verdict } from './rows';

const KnownClause = z.string().refine((id) => getClause(id) !== undefined, {
  error: (issue) => `unknown clause id ${JSON.stringify(issue.input)}`,
});

/** A match as the popup hands it over for storage: the content script's MatchSummary fits. */
export const FlagMatch = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  term: z.string(),
  base: z.string(),
  clauses: z.array(KnownClause).min(1),
  implied: z.array(KnownClause).default([]),
  steps: z.array(z.string()).default([]),
  variant: z.string().optional(),
  entry: z.string(),
  note: z.string().default(''),
});
export type FlagMatch = z.input<typeof FlagMatch>;

export const FlagInput = z.object({
  url: z.string().min(1),
  title: z.string(),
  /** the page's visible text at flag time; match offsets refer to it */
  snapshot: z.string(),
  lang: z.string().default(''),
  note: z.string().default(''),
  tags: z.array(z.string().trim().min(1)).default([]),
  matches: z.array(FlagMatch),
});
export type FlagInput = z.input<typeof FlagInput>;

/**
 * A pack to store: a utils/packs Pack (keyword list, mapping, lexicon) fits as it is; a plain lexicon file
 * needs only a name and the lexicon. The stored id is the lexicon's id.
 */
export const PackInput = z.object({
  name: z.string().trim().min(1),
  source: KeywordList.nullable().default(null),
  /** defaults to the keyword list's format, or 'json' for a lexicon file */
  sourceFormat: z.string().optional(),
  /** defaults to the keyword list's file name */
  sourceFile: z.string().optional(),
  mapping: z.record(z.string(), z.array(KnownClause).min(1)).default({}),
  lexicon: z.unknown(),
  enabled: z.boolean().default(true),
  /** overwrite a pack with the same lexicon id instead of refusing */
  replace: z.boolean().default(false),
});
export type PackInput = z.input<typeof PackInput>;

export const VerdictInput = z.object({
  matchId: z.string().min(1),
  verdict: Verdict,
  note: z.string().default(''),
});
export type VerdictInput = z.input<typeof VerdictInput>;

/** A researcher's edit of a capture's own description; fields not given are kept. */
export const PageEdit = z.object({
  id: z.string().min(1),
  note: z.string().optional(),
  tags: z.array(z.string().trim().min(1)).optional(),
});
export type PageEdit = z.input<typeof PageEdit>;
