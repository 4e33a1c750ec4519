import { reanchor, type AnchorResult, type AnchorStatus, type SavedQuote } from './reanchor';

export interface AnchoredQuote<T extends SavedQuote> {
  saved: T;
  result: AnchorResult;
}

export interface AnchorSummary<T extends SavedQuote> {
  /** every saved quote with where it is now, in the order given */
  items: AnchoredQuote<T>[];
  counts: Record<AnchorStatus, number>;
  /** quotes still on the page (unchanged, moved or with changed context) */
  present: AnchoredQuote<T>[];
  /** quotes that disappeared since the snapshot: their wording was edited or the passage removed */
  gone: AnchoredQuote<T>[];
}

/** Re-anchors every saved quote of a capture against the page's current text and sorts out what disappeared. */
export function summarizeAnchors<T extends SavedQuote>(saved: readonly T[], text: string): AnchorSummary<T> {
  const counts: Record<AnchorStatus, number> = {
    unchanged: 0,
    moved: 0,
    'context-changed': 0,
    edited: 0,
    missing: 0,
  };
  const items = saved.map((s) => ({ saved: s, result: reanchor(s, text) }));
  for (const i of items) counts[i.result.status]++;
  return {
    items,
    counts,
    present: items.filter((i) => i.result.found),
    gone: items.filter((i) => !i.result.found),
  };
}
