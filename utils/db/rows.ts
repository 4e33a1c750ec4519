import { z } from '../zod';

export const VERDICTS = ['unreviewed', 'confirmed', 'dismissed'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** One capture of a page: flagging the same URL again adds another, so changes over time stay visible. */
export interface PageRow {
  id: string;
  url: string;
  /** the URL captures of one page share: see normalizeUrl */
  normUrl: string;
  domain: string;
  title: string;
  /** ISO 8601, UTC */
  flaggedAt: string;
  note: string;
  tags: string[];
  /** the document's language as the page declared it ('' if it did not) */
  lang: string;
  /** SHA-256 of the snapshot (kept in the snapshots table so listing pages never loads page texts) */
  snapshotSha256: string;
  /** the rest is derived from the capture's matches by summarizePage, for the library's indexes */
  matchCount: number;
  /** direct and implied clauses of the page's matches */
  clauseIds: string[];
  /** the distinct verdicts of its matches */
  verdicts: Verdict[];
}

/** Lower-cased title, URL, note, tags, quotes and match notes of a page: what text search reads. */
export interface SearchRow {
  pageId: string;
  text: string;
}

/** The page's visible text at flag time: the evidence the matches' offsets refer to. */
export interface SnapshotRow {
  pageId: string;
  text: string;
}

export interface MatchRow {
  /** stable across machines: derived from the capture, clauses, quote and position (see ids.ts) */
  id: string;
  pageId: string;
  /** the key its verdict is remembered under: same URL, clauses and quote */
  verdictKey: string;
  clauseIds: string[];
  implied: string[];
  /** exact matched text, with W3C TextQuoteSelector-style context */
  quote: string;
  prefix: string;
  suffix: string;
  /** offsets in the page's snapshot, UTF-16 code units, end exclusive */
  start: number;
  end: number;
  term: string;
  base: string;
  variant?: string;
  steps: string[];
  entry: string;
  /** the lexicon's note on the entry */
  entryNote: string;
  verdict: Verdict;
  /** the researcher's note */
  note: string;
}

/** A remembered verdict: applies to the same quote under the same clauses on every capture of a URL. */
export interface VerdictRow {
  key: string;
  normUrl: string;
  clauseIds: string[];
  quote: string;
  verdict: Verdict;
  note: string;
  updatedAt: string;
}

export interface PackRow {
  /** the pack's lexicon id */
  id: string;
  name: string;
  /** what it was made from: 'csv', 'text' (keyword lists) or 'json' (a lexicon file) */
  sourceFormat: string;
  sourceFile: string;
  /** the source's categories mapped to clause ids ("*": every category not named) */
  mapping: Record<string, string[]>;
  /** the keyword list as read from its file (utils/packs KeywordList), kept so the pack can be re-mapped; null for lexicon files */
  source: unknown;
  /** the lexicon, in the clausemark-lexicon/1 format */
  lexicon: unknown;
  enabled: boolean;
  createdAt: string;
}

export interface SettingsRow {
  id: 'settings';
  value: unknown;
}

/** Captures deleted together, kept whole so one undo restores them in one transaction. */
export interface TrashRow {
  token: string;
  deletedAt: string;
  pages: PageRow[];
  snapshots: SnapshotRow[];
  matches: MatchRow[];
}
