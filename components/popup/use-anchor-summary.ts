import { useEffect, useState } from 'preact/hooks';
import type { SavedQuote } from '../../utils/anchor/reanchor';
import { summarizeAnchors, type AnchorSummary } from '../../utils/anchor/summary';

/** Saved quotes re-anchored per slice; between slices the popup gets the main thread back. */
const SLICE = 100;

const nextTask = (signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 0);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });

/**
 * A capture's saved quotes re-anchored against the page's current text, computed a slice at a time (a page
 * with thousands of repeated quotes takes most of a second) so the popup stays responsive; null until done.
 */
export function useAnchorSummary<T extends SavedQuote>(
  saved: readonly T[] | null,
  text: string | null,
): AnchorSummary<T> | null {
  const [summary, setSummary] = useState<AnchorSummary<T> | null>(null);
  useEffect(() => {
    setSummary(null);
    if (!saved || text === null) return;
    const abort = new AbortController();
    void (async () => {
      const parts: AnchorSummary<T>[] = [];
      for (let i = 0; i < saved.length; i += SLICE) {
        if (i > 0) await nextTask(abort.signal);
        if (abort.signal.aborted) return;
        parts.push(summarizeAnchors(saved.slice(i, i + SLICE), text));
      }
      setSummary(merge(parts));
    })();
    return () => abort.abort();
  }, [saved, text]);
  return summary;
}

function merge<T extends SavedQuote>(parts: readonly AnchorSummary<T>[]): AnchorSummary<T> {
  const out: AnchorSummary<T> = {
    items: [],
    counts: { unchanged: 0, moved: 0, 'context-changed': 0, edited: 0, missing: 0 },
    present: [],
    gone: [],
  };
  for (const p of parts) {
    out.items.push(...p.items);
    out.present.push(...p.present);
    out.gone.push(...p.gone);
    for (const [status, n] of Object.entries(p.counts) as [keyof typeof out.counts, number][])
      out.counts[status] += n;
  }
  return out;
}
