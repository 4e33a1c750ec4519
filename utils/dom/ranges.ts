import { pointAt, type Segments } from './segments';

/**
 * Ranges over extracted text. StaticRange is preferred for highlights: it holds four fields and is not
 * updated on every DOM mutation, where a live Range is; it is rebuilt when its block is re-read instead.
 */
export function staticRangeOf(
  seg: Segments,
  start: number,
  end: number,
  win: Window = window,
): AbstractRange | null {
  const from = pointAt(seg, start, 'start');
  const to = pointAt(seg, end, 'end');
  if (!from || !to) return null;
  const Static = (win as Window & { StaticRange?: typeof StaticRange }).StaticRange;
  const init = {
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  };
  if (typeof Static === 'function') return new Static(init);
  return liveRangeOf(init, from.node.ownerDocument ?? win.document);
}

type RangeLike = Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

/** A live Range over the same positions: the one kind of range that can report where it is drawn. */
export function liveRangeOf(r: RangeLike, doc: Document = document): Range | null {
  try {
    const live = doc.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live;
  } catch {
    // The nodes changed since the range was built (offsets past their end): nothing to measure until re-read.
    return null;
  }
}

/** Whether a point lies in one of the rectangles (with a pixel of slack for sub-pixel text). */
export function pointInRects(rects: Iterable<DOMRect>, x: number, y: number, slack = 1): boolean {
  for (const r of rects)
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack)
      return true;
  return false;
}

/** The union of a range's boxes, or null when it is not drawn. */
export function boundsOf(r: AbstractRange, doc: Document = document): DOMRect | null {
  const live = liveRangeOf(r, doc);
  if (!live) return null;
  const rect = live.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}
