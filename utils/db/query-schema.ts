import { z } from '../zod';
import { Verdict } from './rows';

const DateBound = z.union([z.iso.date(), z.iso.datetime()], {
  error: 'expected a date (2026-03-01) or an ISO date-time (2026-03-01T08:00:00Z)',
});

/** What the library list shows: every given criterion must hold; a list criterion holds if any value does. */
export const LibraryFilter = z.object({
  /** case-insensitive substring of title, URL, note, tags, quotes or match notes */
  text: z.string().trim().optional(),
  /** clause ids (direct or implied) */
  clauseIds: z.array(z.string()).optional(),
  domains: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  /** pages with at least one match of one of these verdicts */
  verdicts: z.array(Verdict).optional(),
  /** flaggedAt bounds, inclusive; a date alone covers its whole (UTC) day */
  from: DateBound.optional(),
  to: DateBound.optional(),
});
export type LibraryFilter = z.infer<typeof LibraryFilter>;

export const SORT_FIELDS = ['flaggedAt', 'title', 'domain', 'matchCount'] as const;

export const LibrarySort = z.object({
  by: z.enum(SORT_FIELDS).default('flaggedAt'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export type LibrarySort = z.infer<typeof LibrarySort>;

export const LibraryQuery = z.object({
  filter: LibraryFilter.default({}),
  sort: LibrarySort.default({ by: 'flaggedAt', dir: 'desc' }),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(1000).default(50),
});
export type LibraryQuery = z.input<typeof LibraryQuery>;
