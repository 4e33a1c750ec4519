/** Which rows a scrolled list shows: the visible ones plus a few either side, so scrolling never shows gaps. */
export interface RowWindow {
  first: number;
  /** exclusive */
  last: number;
}

export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  return {
    first: Math.max(0, top - overscan),
    last: Math.min(count, top + shown + overscan),
  };
}

/** The scroll position that brings a row into view, or null if it is already fully visible. */
export function scrollToShow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return null;
}
