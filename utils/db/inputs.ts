import { getClause } from '../clauses';
import { z } from '../zod';

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
