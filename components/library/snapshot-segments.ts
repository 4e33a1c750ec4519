/** A stretch of the snapshot with the same matches over all of it. */
export interface Segment {
  start: number;
  end: number;
  /** indexes (into the matches given) of the matches covering this stretch; empty for plain text */
  matches: number[];
}

/**
 * Cuts a snapshot into stretches at every match boundary, so marks can be drawn from offsets alone (the
 * snapshot stays text; nothing from the page is parsed). Overlapping matches give stretches covered by
 * several; offsets outside the text are clipped, and empty or reversed ranges are ignored.
 */
export function segmentSnapshot(
  length: number,
  matches: readonly { start: number; end: number }[],
): Segment[] {
  const cuts = new Set<number>([0, length]);
  const valid: number[] = [];
  const bounds: [number, number][] = [];
  matches.forEach((m, i) => {
    const start = clamp(m.start, length);
    const end = clamp(m.end, length);
    bounds[i] = [start, end];
    if (end <= start) return;
    valid.push(i);
    cuts.add(start);
    cuts.add(end);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const starts = [...valid].sort((a, b) => bounds[a]![0] - bounds[b]![0]);
  const active = new Set<number>();
  const out: Segment[] = [];
  let next = 0;
  // one sweep over the cut points: matches join the active set where they start and leave where they end
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] as number;
    const end = points[k + 1] as number;
    for (const i of active) if (bounds[i]![1] <= start) active.delete(i);
    while (next < starts.length && bounds[starts[next]!]![0] <= start) active.add(starts[next++]!);
    const covering = [...active].sort((a, b) => a - b);
    const last = out[out.length - 1];
    // neighbours with the same cover merge, so plain text between marks is one text node
    if (last && sameList(last.matches, covering)) last.end = end;
    else out.push({ start, end, matches: covering });
  }
  return out;
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(n)));
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
