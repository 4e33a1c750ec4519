/**
 * The map between offsets in extracted text and positions in the DOM: the Text nodes in order, with the
 * offset where each one's text starts and ends. Offsets between two nodes' spans (block separators) belong
 * to no node. Both directions are binary searches.
 */
export interface Segments {
  readonly nodes: readonly Text[];
  /** ascending; nodes[i]'s text is text.slice(starts[i], ends[i]) */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Index of the last segment starting at or before offset, or -1. */
export function segmentAt(seg: Segments, offset: number): number {
  let lo = 0;
  let hi = seg.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((seg.starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The DOM position of a text offset. At a node boundary, 'start' gives the beginning of the next node and
 * 'end' the end of the previous one, so a range built from (start, end) never spills into a neighbour.
 */
export function pointAt(seg: Segments, offset: number, affinity: 'start' | 'end'): DomPoint | null {
  let i = segmentAt(seg, offset);
  if (i < 0)
    return seg.nodes.length > 0 && affinity === 'start' ? { node: seg.nodes[0] as Text, offset: 0 } : null;
  if (affinity === 'end' && offset === seg.starts[i] && i > 0) i--;
  const start = seg.starts[i] as number;
  const end = seg.ends[i] as number;
  if (offset > end) {
    // In a separator after node i.
    if (affinity === 'end') return { node: seg.nodes[i] as Text, offset: end - start };
    const next = seg.nodes[i + 1];
    return next ? { node: next, offset: 0 } : { node: seg.nodes[i] as Text, offset: end - start };
  }
  return { node: seg.nodes[i] as Text, offset: offset - start };
}

/** The text offset of a DOM position inside one of the segments' nodes, or -1 when the node is not mapped. */
export function offsetOf(
  seg: Segments,
  node: Node,
  offset: number,
  index?: ReadonlyMap<Node, number>,
): number {
  const i = index ? (index.get(node) ?? -1) : seg.nodes.indexOf(node as Text);
  if (i < 0) return -1;
  const start = seg.starts[i] as number;
  return Math.min(start + Math.max(0, offset), seg.ends[i] as number);
}
