import type { PatternUse } from './compile';
import type { TextSegments } from './segments';

export interface Hit {
  pattern: number;
  start: number;
  end: number;
  nstart: number;
  nend: number;
}

export type PartHit = [Hit, PatternUse];

/** For each window (sentence or N characters, never across a line) holding every part, one hit per part. */
export function ruleWindows(
  segments: TextSegments,
  hits: PartHit[],
  partCount: number,
  window: 'sentence' | number,
): PartHit[][] {
  hits.sort((a, b) => a[0].start - b[0].start);
  const sentences = window === 'sentence';
  const groups = new Map<number, PartHit[]>();
  for (const h of hits) {
    const id = segments.id(h[0].start, sentences);
    const group = groups.get(id);
    if (group) group.push(h);
    else groups.set(id, [h]);
  }
  const out: PartHit[][] = [];
  for (const group of groups.values()) {
    if (sentences) {
      const chosen = pickParts(group, partCount);
      if (chosen) out.push(chosen);
      continue;
    }
    let from = 0;
    while (from < group.length) {
      const anchor = (group[from] as PartHit)[0];
      const chosen = pickParts(
        group.slice(from).filter(([h]) => h.end - anchor.start <= window),
        partCount,
      );
      if (chosen) {
        out.push(chosen);
        const end = Math.max(...chosen.map(([h]) => h.end));
        while (from < group.length && (group[from] as PartHit)[0].start < end) from++;
      } else from++;
    }
  }
  return out;
}

function pickParts(hits: PartHit[], partCount: number): PartHit[] | undefined {
  const chosen: PartHit[] = [];
  for (let p = 0; p < partCount; p++) {
    const h = hits.find(([, u]) => u.part === p);
    if (!h) return undefined;
    chosen.push(h);
  }
  return chosen;
}
