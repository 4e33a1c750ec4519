/**
 * The one message protocol between the extension's parts. Every message type is named for its direction
 * (content→background, popup→content, …) and every message is Zod-parsed where it is received; anything
 * that does not parse is dropped (and logged in development builds).
 *
 * Add a message by adding a schema to the union for its direction; keep payloads JSON-serialisable.
 */
import { FlagInput, PackInput, PageEdit, VerdictInput } from './db/inputs';
import { LibraryFilter, LibraryQuery } from './db/query-schema';
import { ExportFormat } from './export/format-id';
import { z } from './zod';

const Counts = z.record(z.string(), z.number().int().nonnegative());

/** A match as the content script reports it outside the page (no DOM references). */
export const MatchSummary = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  term: z.string(),
  base: z.string(),
  clauses: z.array(z.string()),
  implied: z.array(z.string()),
  steps: z.array(z.string()),
  variant: z.string().optional(),
  entry: z.string(),
  note: z.string(),
  /** text around the match, for the popup's list */
  prefix: z.string(),
  suffix: z.string(),
});
export type MatchSummary = z.infer<typeof MatchSummary>;

export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('content-to-background:scan-report'),
    url: z.string(),
    total: z.number().int().nonnegative(),
    counts: Counts,
  }),
  /** the hover card's "Full text" link: open the popup at a clause in a new tab */
  z.object({ type: z.literal('content-to-background:open-clause'), clauseId: z.string() }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** The content script's answer to popup-to-content:get-state: one frame's view of its page. */
export const ContentState = z.object({
  url: z.string(),
  total: z.number().int().nonnegative(),
  counts: Counts,
  /** this tab's highlight toggle (the settings default unless the popup changed it for the tab) */
  visible: z.boolean(),
  hiddenFamilies: z.array(z.string()),
  /** index in matches of the match revealed by next/previous, if any */
  focused: z.number().int().nonnegative().nullable(),
  card: z.object({
    shown: z.boolean(),
    matchIndex: z.number().int().nonnegative().nullable(),
    /** the card's rendered text */
    text: z.string(),
  }),
  matches: z.array(MatchSummary),
  /** 'scanning' until the first full pass is done; 'off' on a never-scan site (nothing is read there) */
  status: z.enum(['scanning', 'done', 'off']),
  drawMode: z.enum(['inline', 'popup-only']),
  /** performance.now() times in the page: first full pass start and end, matcher build */
  timing: z.object({
    firstPassStart: z.number().nullable(),
    firstPassEnd: z.number().nullable(),
    matcherMs: z.number().nullable(),
  }),
});
export type ContentState = z.infer<typeof ContentState>;

/** The page's visible text (blocks joined by "\n") with its matches, offsets into that text: what a capture stores. */
export const ContentSnapshot = z.object({
  url: z.string(),
  title: z.string(),
  text: z.string(),
  matches: z.array(MatchSummary),
});
export type ContentSnapshot = z.infer<typeof ContentSnapshot>;

export const PopupToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('popup-to-content:get-state') }),
  z.object({ type: z.literal('popup-to-content:get-snapshot') }),
  z.object({ type: z.literal('popup-to-content:reveal-match'), index: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('popup-to-content:step-match'),
    direction: z.union([z.literal(1), z.literal(-1)]),
  }),
  z.object({
    type: z.literal('popup-to-content:set-visibility'),
    visible: z.boolean().optional(),
    hiddenFamilies: z.array(z.string()).optional(),
  }),
]);
export type PopupToContent = z.infer<typeof PopupToContent>;

export const BackgroundToContent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('background-to-content:step-match'),
    direction: z.union([z.literal(1), z.literal(-1)]),
  }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;

// Storage: the background owns the database. Every storage message is answered with
// { ok: true, value, warning? } or { ok: false, error } (see utils/background/storage.ts for each value's type).

const SettingsPatch = z.object({ patch: z.record(z.string(), z.unknown()) });

export const PopupToBackground = z.discriminatedUnion('type', [
  /** store a capture of the page; matches may be the content script's MatchSummary objects */
  FlagInput.extend({ type: z.literal('popup-to-background:flag-page') }),
  /** earlier captures of a URL with their matches, and the verdicts remembered for it */
  z.object({ type: z.literal('popup-to-background:get-page-flags'), url: z.string() }),
  VerdictInput.extend({ type: z.literal('popup-to-background:set-verdict') }),
  z.object({ type: z.literal('popup-to-background:get-settings') }),
  SettingsPatch.extend({ type: z.literal('popup-to-background:set-settings') }),
]);
export type PopupToBackground = z.input<typeof PopupToBackground>;

export const LibraryToBackground = z.discriminatedUnion('type', [
  LibraryQuery.extend({ type: z.literal('library-to-background:query') }),
  z.object({ type: z.literal('library-to-background:facets') }),
  z.object({ type: z.literal('library-to-background:get-page'), id: z.string() }),
  PageEdit.extend({ type: z.literal('library-to-background:update-page') }),
  VerdictInput.extend({ type: z.literal('library-to-background:set-verdict') }),
  z.object({ type: z.literal('library-to-background:delete-pages'), ids: z.array(z.string()).min(1) }),
  z.object({ type: z.literal('library-to-background:undo-delete'), token: z.string() }),
  z.object({
    type: z.literal('library-to-background:export'),
    format: ExportFormat,
    filter: LibraryFilter.default({}),
    lang: z.enum(['en', 'zh']).default('en'),
  }),
  z.object({ type: z.literal('library-to-background:import'), json: z.string() }),
  z.object({ type: z.literal('library-to-background:list-packs') }),
  z.object({ type: z.literal('library-to-background:add-pack'), pack: PackInput }),
  z.object({ type: z.literal('library-to-background:remove-pack'), id: z.string() }),
  z.object({
    type: z.literal('library-to-background:set-pack-enabled'),
    id: z.string(),
    enabled: z.boolean(),
  }),
  z.object({ type: z.literal('library-to-background:get-settings') }),
  SettingsPatch.extend({ type: z.literal('library-to-background:set-settings') }),
]);
export type LibraryToBackground = z.input<typeof LibraryToBackground>;

/**
 * Not storage: the badge keeps every frame's scan report, so it can tell the popup (which lists the top
 * frame's matches) how many more the tab's embedded frames hold. Answered with { ok: true, value: FrameTotals }.
 */
export const PopupToBadge = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('popup-to-background:get-frame-totals'),
    tabId: z.number().int().nonnegative(),
  }),
]);
export type PopupToBadge = z.infer<typeof PopupToBadge>;

/** Matches per frame of a tab, frames without matches left out. */
export const FrameTotals = z.array(z.object({ frameId: z.number().int(), total: z.number().int() }));
export type FrameTotals = z.infer<typeof FrameTotals>;

/** Parses a received message against a direction's schema; returns undefined (and logs in dev) if it does not fit. */
export function receive<T>(schema: z.ZodType<T>, raw: unknown, where: string): T | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (import.meta.env?.DEV)
    console.warn(`[clausemark] ${where}: dropped malformed message`, parsed.error.issues[0]);
  return undefined;
}
