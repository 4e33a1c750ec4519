import type { PageMatch } from '../../utils/dom/page-match';
import { boundsOf } from '../../utils/dom/ranges';

/**
 * The next match in document order from the focused one (wrapping around), skipping matches whose colour
 * family is hidden; the first (or last) when none is focused.
 */
export function stepFrom(
  matches: readonly PageMatch[],
  focused: PageMatch | null,
  direction: 1 | -1,
  hidden: ReadonlySet<string>,
): PageMatch | null {
  const n = matches.length;
  if (n === 0) return null;
  const at = focused ? matches.indexOf(focused) : -1;
  let i = at < 0 ? (direction === 1 ? -1 : n) : at;
  for (let k = 0; k < n; k++) {
    i = (i + direction + n) % n;
    const m = matches[i] as PageMatch;
    if (!hidden.has(m.family)) return m;
  }
  return null;
}

/**
 * Scrolls a match into the middle of the view: its element first (which also scrolls any scrolling box it is
 * in), then the window by the match's own position when the element is taller than the view.
 */
export function scrollToMatch(pm: PageMatch, win: Window = window): DOMRect | null {
  const doc = win.document;
  const el = pm.block.nodes[0]?.parentElement ?? pm.anchor;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const r = pm.range();
  let rect = r && boundsOf(r, doc);
  const vh = win.innerHeight;
  if (rect && (rect.top < 0 || rect.bottom > vh)) {
    win.scrollBy({ top: rect.top - vh / 2, behavior: 'instant' });
    rect = boundsOf(r as AbstractRange, doc);
  }
  return rect;
}
