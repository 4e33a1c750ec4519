import { liveRangeOf, pointInRects } from './ranges';

/** What hit-testing needs from the page model and the painter. */
export interface HitTarget<T> {
  /** items whose text may be at this node and offset (node in the model's index) */
  candidates(node: Node, offset: number): readonly T[];
  rangeOf(item: T): AbstractRange | null;
  isDrawn(item: T): boolean;
  /** the drawn item a registered range belongs to */
  itemOf(range: AbstractRange): T | undefined;
  /** open shadow roots the caret lookup may look into */
  shadowRoots(): readonly ShadowRoot[];
}

interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type WithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number, o?: { shadowRoots?: ShadowRoot[] }) => HighlightHit[];
};
type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    o?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The drawn item under a viewport point. The Highlight API has no events, so: highlightsFromPoint where the
 * browser has it; else the caret position under the point, mapped through the model to candidate matches and
 * confirmed against their rendered boxes (the caret snaps to the nearest text even beside it).
 */
export function itemAtPoint<T>(
  x: number,
  y: number,
  target: HitTarget<T>,
  doc: Document = document,
): T | undefined {
  const registry = (doc.defaultView as (Window & { CSS: { highlights?: WithHitTest } }) | null)?.CSS
    ?.highlights;
  if (typeof registry?.highlightsFromPoint === 'function') {
    for (const hit of registry.highlightsFromPoint(x, y, { shadowRoots: [...target.shadowRoots()] }))
      for (const r of hit.ranges) {
        const item = target.itemOf(r);
        if (item !== undefined) return item;
      }
    // highlightsFromPoint misses some points inside a range (between a character and a symbol next to it):
    // the caret lookup below still finds those.
  }
  const caret = caretAt(doc as CaretDocument, x, y, target.shadowRoots());
  if (!caret || caret.node.nodeType !== 3) return undefined;
  for (const item of target.candidates(caret.node, caret.offset)) {
    if (!target.isDrawn(item)) continue;
    const r = target.rangeOf(item);
    const live = r && liveRangeOf(r, doc);
    if (live && pointInRects(live.getClientRects(), x, y)) return item;
  }
  return undefined;
}

function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: readonly ShadowRoot[]) {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
